package dev.spar.files;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spar.scenario.Intent;
import dev.spar.simulation.Practice;
import dev.spar.simulation.PracticeSettings;
import dev.spar.simulation.Turn;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The library's people take up what the learner put to them, through a real run (rule analysis, reading, memory):
 * the question after help offered, the offer named, the ask said as a statement, a plain limit, sarcasm.
 */
class LibraryTakesUpWhatWasSaidTests {

    private static Practice run(String scenario, long seed, String... lines) {
        return Learners.saying(scenario, PracticeSettings.of(seed, 3), lines);
    }

    private static Turn lastReply(Practice run) {
        return Learners.lastReply(run);
    }

    private static String replyTo(String scenario, long seed, String... lines) {
        return lastReply(run(scenario, seed, lines)).text().toLowerCase(Locale.ROOT);
    }

    @Test
    void helpOfferedBeforeAQuestionIsNotTurnedDownAsAnOffer() {
        for (long seed = 0; seed < 12; seed++) {
            String family = replyTo(
                    "family-boundary",
                    seed,
                    "Margaret, have you got a minute? I wanted to talk about the visits.",
                    "I'm happy to help make this work for both of us. First though, what day suits you best to come round?");
            String feedback = replyTo(
                    "hard-feedback-report",
                    seed,
                    "Hi Alex, thanks for coming in. I want to talk about the review comments on Mei's pull request.",
                    "I can help with that. Before I do, can I ask what was going on for you that week?");

            for (String reply : List.of(family, feedback)) {
                assertThat(reply)
                        .as("seed %d", seed)
                        .doesNotContain("not what i asked")
                        .doesNotContain("help make this work")
                        .doesNotContain("help with that?");
            }
        }
    }

    @Test
    void anOfferIsNotAnsweredWithAnotherOptionThatSharesAWordWithIt() {
        for (long seed = 0; seed < 20; seed++) {
            String reply = replyTo(
                    "hard-feedback-report",
                    seed,
                    "Alex, the comments on Mei's first pull request were dismissive, and you've missed three sprint"
                            + " commitments without flagging them.",
                    "I'll give you a day a week with no tickets, just for reviews and the refactor.");

            assertThat(reply)
                    .as("seed %d", seed)
                    .doesNotContain("review my reviews")
                    .doesNotContain("pair with")
                    .doesNotContain("daily check-ins")
                    .doesNotContain("communication course");
        }
    }

    @Test
    void theAskSaidAsAStatementIsTakenUpByName() {
        for (long seed = 0; seed < 10; seed++) {
            String raise = replyTo(
                    "raise-request",
                    seed,
                    "Hi Dana, thanks for making time today. I'd like to talk about my salary.",
                    "I'm asking for 82k.");
            String family = replyTo(
                    "family-boundary",
                    seed,
                    "Margaret, I'd like to talk about the visits.",
                    "What I need is for you" + " to call before you come over.");

            assertThat(raise).as("seed %d", seed).contains("82").doesNotContain("what number");
            assertThat(family).as("seed %d", seed).containsAnyOf("call", "ring", "phone");
        }
    }

    @Test
    void aPlainNoWithAnApologyIsNotAskedToBeSaidStraight() {
        for (long seed = 0; seed < 20; seed++) {
            String reply = replyTo(
                    "friend-hard-truth",
                    seed,
                    "Hey Sam. I've read the deck, all of it.",
                    "I can't put more money in. I'm sorry.");

            assertThat(reply)
                    .as("seed %d", seed)
                    .doesNotContain("just say no")
                    .doesNotContain("polite thing")
                    .doesNotContain("that sorry")
                    .doesNotContain("that's a maybe");
        }
    }

    @Test
    void sarcasmAtHomeStingsAndTheReplyShowsIt() {
        for (long seed = 0; seed < 8; seed++) {
            Practice run = run(
                    "family-boundary",
                    seed,
                    "Margaret, I'd like to talk about the visits.",
                    "Oh you poor thing, having to see your grandchildren.");
            Turn reply = lastReply(run);

            assertThat(reply.intent()).as("seed %d: %s", seed, reply.text()).hasValueSatisfying(intent -> assertThat(
                            intent)
                    .isIn(Intent.CHALLENGE, Intent.ESCALATE, Intent.END_ESCALATED, Intent.END_WALKED_AWAY));
        }
    }
}
