package dev.spar.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HopeReaderTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            it usually gets approved                                 | it usually gets approved
            I'm sure it'll be fine.                                  | I'm sure it'll be fine
            It should arrive in time.                                | It should arrive in time
            don't worry, it'll turn up                               | don't worry, it'll turn up
            normally these come through                              | normally these come through
            im sure theyll sort it                                   | im sure theyll sort it
            Nine times out of ten it's fine.                         | Nine times out of ten
            Everything will work out, you'll see.                    | Everything will work out
            these things always work out                             | these things always work out
            I'm sure the bank will sort it out.                      | I'm sure the bank will sort it out
            It'll be totally fine.                                   | It'll be totally fine
            They'll have it fixed in no time.                        | have it fixed in no time
            I'm pretty sure it's nothing.                            | I'm pretty sure it's nothing
            i reckon it'll turn up tomorrow                          | i reckon it'll turn up
            There's nothing to worry about.                          | There's nothing to worry about
            These always get approved.                               | These always get approved
            """)
    void quotesTheForecast(String line, String quote) {
        assertThat(Readings.learner(line).first(ActKind.FALSE_HOPE))
                .hasValueSatisfying(act -> assertThat(act.quote()).isEqualTo(quote));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "I can't guarantee it'll arrive in time.",
                "I'm sure you're frustrated.",
                "I'm sure that's annoying.",
                "I know exactly when it'll arrive.",
                "I'll make sure it arrives by Friday.",
                "We usually ship within two days of payment.",
                "I hope it'll be fine, but I can't promise.",
                "It should be there by Friday, I checked the tracking.",
                "I'm not sure it'll be approved.",
                "I'm sure you'll understand we need the receipt.",
                "They always do that, it drives me mad.",
                "I think it'll be tight, honestly.",
                "Is there anything to worry about?"
            })
    void anOwnedOrHonestForecastIsNoFalseHope(String line) {
        assertThat(Readings.learner(line).has(ActKind.FALSE_HOPE)).isFalse();
    }
}
