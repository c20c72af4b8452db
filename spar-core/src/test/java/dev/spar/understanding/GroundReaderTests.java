package dev.spar.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GroundReaderTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            could we maybe do 80 then? sorry                   | do 80
            ok fine, forget the deadline                       | ok fine, forget the deadline
            Whatever you think is fair, I trust you.           | Whatever you think is fair, I trust you
            I guess it doesn't matter that much.               | I guess it doesn't matter that much
            never mind, it's fine                              | never mind
            It's totally up to you, honestly.                  | It's totally up to you
            ok nevermind then                                  | nevermind
            Maybe I was asking too much.                       | Maybe I was asking too much
            I'll just take whatever you can give me.           | I'll just take whatever
            let's just drop it                                 | let's just drop it
            ok fine, I'll waive it                             | ok fine, I'll
            Fine, whatever.                                    | Fine, whatever
            i guess i could wait another week                  | i guess i could wait
            I'll make an exception just this once.             | just this once
            Fine, you win.                                     | Fine, you win
            ok, if you say so                                  | if you say so
            Sorry, that was too much to ask.                   | too much to ask
            I guess I'll just wait then.                       | I guess I'll just wait
            could you settle the invoice? no rush though, whenever suits | no rush though, whenever
            Can you pay the deposit this week? No pressure tho. | No pressure tho
            """)
    void quotesTheRetreat(String line, String quote) {
        assertThat(Readings.learner(line).first(ActKind.GIVE_GROUND))
                .hasValueSatisfying(act -> assertThat(act.quote()).isEqualTo(quote));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "I can move on the date if we keep the price.",
                "I'd take 80 if you add a signing bonus.",
                "Could we do 95k?",
                "The order was 80 dollars.",
                "Never mind that, what about the refund?",
                "I trust you'll sort this out today.",
                "it doesn't matter who's at fault, let's fix it",
                "You're right, that's fair.",
                "I need this fixed by Friday, and I mean it.",
                "What matters to me is the refund.",
                "I'd take 80 now and the rest in March, in writing.",
                "Anyway, never mind, how was the rest of your trip?",
                "You win some, you lose some, but this one matters.",
                "I suppose the real question is the date.",
                "Take your time finding the order number, no rush."
            })
    void aTradeOrAFirmAskIsNotGivingGround(String line) {
        assertThat(Readings.learner(line).has(ActKind.GIVE_GROUND)).isFalse();
    }

    @Test
    void aLowerFigureThanTheSpeakerNamedBeforeIsGround() {
        Readings.Conversation talk = new Readings.Conversation();
        talk.learner("Based on the market I'd like 95k.");
        talk.counterpart("That's well above the band for this role.");

        Content lower = talk.learner("Right. Could we do 80k?");

        assertThat(lower.first(ActKind.GIVE_GROUND))
                .hasValueSatisfying(act -> assertThat(act.detail()).isEqualTo("from 95k to 80k"));
    }

    @Test
    void aFigureTheOtherSideNamedIsNotTheSpeakersGround() {
        Readings.Conversation talk = new Readings.Conversation();
        talk.counterpart("I'm asking for 95k.");

        Content counter = talk.learner("Could we do 80k?");

        assertThat(counter.has(ActKind.GIVE_GROUND)).isFalse();
    }
}
