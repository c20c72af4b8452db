package dev.spar.files;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spar.scenario.Intent;
import dev.spar.simulation.CounterpartState;
import dev.spar.simulation.Practice;
import dev.spar.simulation.PracticeSettings;
import dev.spar.simulation.Turn;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The library's people react to what the learner's line does, through a real run (rule analysis, reading, memory): a
 * jab shaped as a concession is a jab, a concession of what they asked for is taken, mocking their feelings stings, a
 * request is said back from their side, and a summary is confirmed only for what it named. The lines here are not
 * those of the talk13 probes.
 */
class LibraryReactsToWhatWasSaidTests {
    private static final Set<Intent> PUSHED_BACK =
            Set.of(Intent.CHALLENGE, Intent.ESCALATE, Intent.END_ESCALATED, Intent.END_WALKED_AWAY);
    private static final Set<Intent> THREATENED =
            Set.of(Intent.ESCALATE, Intent.END_ESCALATED, Intent.END_WALKED_AWAY, Intent.REJECT_OPTION);

    private static Practice run(String scenario, long seed, int difficulty, String... lines) {
        Practice run = Learners.saying(scenario, PracticeSettings.of(seed, difficulty), lines);
        assertThat(run.learnerLines())
                .as("seed %d: the run went on to the last line", seed)
                .hasSize(lines.length);
        return run;
    }

    private static Turn lastReply(Practice run) {
        return Learners.lastReply(run);
    }

    /** The counterpart's state before the learner's last line. */
    private static CounterpartState stateBefore(Practice run) {
        List<Turn> turns = run.turns();
        for (int i = turns.size() - 3; i >= 0; i--) {
            if (turns.get(i).state().isPresent()) {
                return turns.get(i).state().get();
            }
        }
        throw new AssertionError("no state before the last line");
    }

    @Test
    void aJabShapedAsAConcessionCostsPatienceAndIsNeverTakenAsAgreement() {
        for (long seed = 0; seed < 12; seed++) {
            Practice freelance = run(
                    "end-freelance-contract",
                    seed,
                    3,
                    "Hi Marcus, thanks for making time today.",
                    "I'm ending our contract. My last day is Friday the 28th.",
                    "Sure, I'd stay on, if you had ever paid an invoice on time.");
            Practice family = run(
                    "family-boundary",
                    seed,
                    3,
                    "Margaret, have you got a minute? I wanted to talk about the visits.",
                    "Fine, keep popping round. Maybe if you actually knocked for once I wouldn't mind.");

            for (Practice p : List.of(freelance, family)) {
                Turn reply = lastReply(p);
                assertThat(reply.text().toLowerCase(Locale.ROOT))
                        .as("seed %d", seed)
                        .doesNotContain("so you'll stay")
                        .doesNotContain("great, so");
                assertThat(reply.intent().orElseThrow())
                        .as("seed %d: %s", seed, reply.text())
                        .isIn(PUSHED_BACK);
                assertThat(reply.state().orElseThrow().patience())
                        .as("seed %d", seed)
                        .isLessThan(stateBefore(p).patience());
            }
        }
    }

    @Test
    void aConcessionOfWhatTheyAskedForIsTakenNotTurnedDownOrThreatened() {
        for (int difficulty = 1; difficulty <= 5; difficulty += 2) {
            for (long seed = 0; seed < 8; seed++) {
                for (String concession : List.of(
                        "Alright, I'll stay on through the launch then.",
                        "Okay, I can stay until the launch if that helps.")) {
                    Practice p = run(
                            "end-freelance-contract",
                            seed,
                            difficulty,
                            "Hi Marcus. I'm ending our contract, my last day is Friday the 28th.",
                            concession);
                    Turn reply = lastReply(p);

                    assertThat(reply.intent().orElseThrow())
                            .as("difficulty %d seed %d: %s", difficulty, seed, reply.text())
                            .isNotIn(THREATENED);
                    // Taken, not weighed as if it were an option of the learner's ("Stay through the launch? ...").
                    assertThat(reply.text().toLowerCase(Locale.ROOT))
                            .as("difficulty %d seed %d", difficulty, seed)
                            .doesNotContain("lawyer")
                            .doesNotContain("not what i asked")
                            .doesNotContainPattern("stay[^.!?]*\\?");
                    assertThat(reply.state().orElseThrow().anger())
                            .as("difficulty %d seed %d", difficulty, seed)
                            .isLessThanOrEqualTo(stateBefore(p).anger());
                }
            }
        }
    }

    @Test
    void mockingTheirFeelingsStings() {
        for (long seed = 0; seed < 10; seed++) {
            Practice family = run(
                    "family-boundary",
                    seed,
                    3,
                    "Margaret, I'd like to talk about the comments in front of the kids.",
                    "Oh here we go, the crocodile tears.");
            Practice friend = run(
                    "friend-hard-truth",
                    seed,
                    3,
                    "Hey Sam. I've read the deck, all of it.",
                    "ugh enough with the drama sam");

            for (Practice p : List.of(family, friend)) {
                Turn reply = lastReply(p);
                assertThat(reply.intent().orElseThrow())
                        .as("seed %d: %s", seed, reply.text())
                        .isIn(PUSHED_BACK);
                assertThat(reply.state().orElseThrow().anger())
                        .as("seed %d", seed)
                        .isGreaterThan(stateBefore(p).anger());
            }
        }
    }

    @Test
    void aRequestSaidBackIsSaidFromTheirSideOrNotAtAll() {
        for (long seed = 0; seed < 20; seed++) {
            String plain = lastReply(run(
                            "family-boundary",
                            seed,
                            3,
                            "Margaret, have you got a minute? I wanted to talk about the visits.",
                            "Would you mind ringing before you pop round?"))
                    .text()
                    .toLowerCase(Locale.ROOT);
            String textSpeak = lastReply(run(
                            "family-boundary",
                            seed,
                            3,
                            "Margaret, have you got a minute? I wanted to talk about the visits.",
                            "cn u ring b4 u pop round?"))
                    .text()
                    .toLowerCase(Locale.ROOT);

            assertThat(plain).as("seed %d", seed).doesNotContain("me pop").doesNotContain("before you pop");
            assertThat(textSpeak).as("seed %d", seed).doesNotContain("b4").doesNotContain("me pop");
        }
    }

    @Test
    void aSummaryIsConfirmedOnlyForWhatItNamed() {
        // Every version is played (the seed chooses it); none confirms a fear the summary did not name.
        for (long seed = 0; seed < 16; seed++) {
            for (String summary : List.of(
                    "So you'd want Dan to tell you himself.", "So you drop in because it's on your way home.")) {
                String reply = lastReply(run(
                                "family-boundary", seed, 3, "Margaret, I'd like to talk about the visits.", summary))
                        .text()
                        .toLowerCase(Locale.ROOT);

                assertThat(reply).as("seed %d: %s", seed, summary).doesNotContain("surplus");
            }
        }
    }
}
