package dev.spar.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spar.analysis.Meaning;
import dev.spar.scenario.Intent;
import dev.spar.scenario.ScenarioFixtures;
import dev.spar.understanding.Content;
import dev.spar.understanding.ConversationMemory;
import dev.spar.understanding.Side;
import dev.spar.understanding.Understanding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A reply picks up, in the counterpart's own words, what the learner refers back to of theirs. */
class PickingUpTests {
    private static final Understanding UNDERSTANDING =
            Understanding.of(ScenarioFixtures.refundCustomer(), Meaning.NONE);
    private static final String THEIRS = "I've refreshed that tracking page about forty times today.";
    private static final String REPLY = "It's not a parcel, it's my brother's wedding.";

    /** The counterpart said {@code theirs}, then the learner {@code line}: the reply to it, at this temper. */
    private static String reply(String theirs, String line, Temper temper, String reply) {
        ConversationMemory memory = new ConversationMemory();
        memory.remember(1, UNDERSTANDING.read(Side.COUNTERPART, theirs, memory));
        Content said = UNDERSTANDING.read(Side.LEARNER, line, memory);
        memory.remember(2, said);
        return PickingUp.naming(reply, said, memory, temper, Intent.SOFTEN);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            You said you've been refreshing the tracking all day, so let me tell you what it doesn't show. | I've refreshed that tracking page
            So you've refreshed the tracking forty times, that's awful.                                    | I've refreshed that tracking page
            Going back to the tracking page, it only updates twice a day.                                  | That tracking page
            """)
    void namesWhatOfTheirsTheLineTakesUp(String line, String named) {
        assertThat(reply(THEIRS, line, Temper.PLAIN, REPLY)).isEqualTo(named + ", yes. " + REPLY);
    }

    @Test
    void anAngryPersonSaysItShort() {
        assertThat(reply(THEIRS, "You said you've been refreshing the tracking all day.", Temper.CURT, REPLY))
                .isEqualTo("I've refreshed that tracking page. Yes. " + REPLY);
    }

    @Test
    void aReplyThatAlreadySaysYesOrNamesItIsLeftAlone() {
        assertThat(reply(
                        THEIRS, "You said you've been refreshing the tracking all day.", Temper.PLAIN, "Yes. Exactly."))
                .isEqualTo("I've refreshed that tracking page. Yes. Exactly.");
        assertThat(reply(
                        THEIRS,
                        "You said you've been refreshing the tracking all day.",
                        Temper.PLAIN,
                        "The tracking is useless."))
                .isEqualTo("The tracking is useless.");
    }

    @Test
    void pickingUpTheirFactsWithoutSayingSoTakesTwoOfTheirWords() {
        String theirs = "That's Tom's. He set it all up. He left in March and I've never logged into that.";

        assertThat(reply(theirs, "So the notice went to Tom's inbox, and Tom left in March.", Temper.PLAIN, REPLY))
                .isEqualTo("He left in March, yes. " + REPLY);
        assertThat(reply(theirs, "So the notice went to Tom's inbox.", Temper.PLAIN, REPLY))
                .isEqualTo(REPLY);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "What's the tracking number on the page?",
                "I can refund the express fee and check the tracking page today.",
                "Refreshing the tracking page forty times, lol, you must be bored.",
                "Like I said, the depot updates the tracking page twice a day.",
                "I understand, that sounds stressful."
            })
    void aQuestionAnOfferAJabOrTheirOwnWordsArePickedUpForWhatTheyAre(String line) {
        assertThat(reply(THEIRS, line, Temper.PLAIN, REPLY)).as(line).isEqualTo(REPLY);
    }

    @Test
    void theEndsOfWordsDoNotKeepThemApart() {
        assertThat(PickingUp.stem("refreshed")).isEqualTo(PickingUp.stem("refreshing"));
        assertThat(PickingUp.stem("slipped")).isEqualTo(PickingUp.stem("slips"));
        assertThat(PickingUp.stem("Tom's.")).isEqualTo("tom");
    }
}
