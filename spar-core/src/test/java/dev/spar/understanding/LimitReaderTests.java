package dev.spar.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LimitReaderTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', emptyValue = "", textBlock = """
            I can't guarantee Saturday.                              | Saturday
            i cant promise you it gets there before the wedding      | it gets there before the wedding
            That's not something I can promise.                      | ''
            I don't know yet.                                        | ''
            honestly not sure yet                                    | ''
            im not able to refund it past 30 days                    | refund it past 30 days
            We don't know yet when the depot will release it.        | the depot will release it
            I'm not sure whether finance will sign it off            | finance will sign it off
            I can't tell you exactly when, sorry.                    | ''
            I won't be able to waive the fee.                        | waive the fee
            I honestly can't promise that.                           | ''
            I'm not going to pretend it'll be quick.                 | it'll be quick
            """)
    void namesWhatIsLimited(String line, String what) {
        assertThat(Readings.learner(line).first(ActKind.HONEST_LIMIT))
                .hasValueSatisfying(limit -> assertThat(limit.detail()).isEqualTo(what));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "I can't believe this happened to you.",
                "I can't wait to get this sorted for you.",
                "I don't know what else to tell you.",
                "I can guarantee it'll be there Saturday.",
                "I know exactly when it's due.",
                "I'm not sure if you remember me, we spoke Tuesday.",
                "I can't stress enough how sorry I am.",
                "i dont know why you're shouting at me",
                "I can refund the fee today."
            })
    void anExclamationOrAnAssuranceIsNoLimit(String line) {
        assertThat(Readings.learner(line).has(ActKind.HONEST_LIMIT)).isFalse();
    }

    @Test
    void aLimitOnAnotherThingDoesNotWalkBackAPromise() {
        Readings.Conversation talk = new Readings.Conversation();
        talk.learner("I'll refund the $18 express fee today.");

        Content limit = talk.learner("I can't guarantee Saturday though.");

        assertThat(talk.memory().walkedBackBy(limit.first(ActKind.HONEST_LIMIT).orElseThrow()))
                .isEmpty();
    }

    @Test
    void aLimitOnWhatWasPromisedWalksItBack() {
        Readings.Conversation talk = new Readings.Conversation();
        talk.learner("I'll refund the $18 express fee today.");

        Content limit = talk.learner("Actually I can't refund it today, it needs a review.");

        assertThat(talk.memory().walkedBackBy(limit.first(ActKind.HONEST_LIMIT).orElseThrow()))
                .hasValueSatisfying(
                        promise -> assertThat(promise.what()).isEqualTo("refund the $18 express fee today"));
    }
}
