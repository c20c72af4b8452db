package dev.spar.files;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spar.analysis.KeywordAnalyzer;
import dev.spar.scenario.Scenario;
import dev.spar.simulation.Practice;
import dev.spar.simulation.PracticeSettings;
import dev.spar.simulation.Speaker;
import dev.spar.simulation.Turn;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The library's people answer what they are asked, through a real run: analysis, reading and memory. */
class LibraryAnswersTests {
    private static final ScenarioLibrary LIBRARY = ScenarioLibrary.bundled();

    private static String replyTo(String scenario, long seed, String... lines) {
        Scenario s = LIBRARY.find(scenario).orElseThrow();
        Practice run = Practice.start(s, PracticeSettings.of(seed, 3), new KeywordAnalyzer());
        for (String line : lines) {
            if (run.outcome().isFinal()) {
                break;
            }
            run.say(line);
        }
        List<Turn> turns = run.turns();
        Turn last = turns.getLast();
        return last.speaker() == Speaker.COUNTERPART ? last.text() : "";
    }

    @Test
    void theOrderNumberIsAnsweredWithTheOrderNumberNeverWithIDontKnow() {
        for (long seed = 0; seed < 10; seed++) {
            String refund = replyTo(
                    "refund-outside-window",
                    seed,
                    "I'm sorry the laptop has let you down.",
                    "What's the order number?");
            String delay = replyTo(
                    "angry-delay",
                    seed,
                    "I'm so sorry, that's awful timing with the wedding.",
                    "What's the order number?");

            assertThat(refund).as("seed %d", seed).contains("BL-48213").doesNotContain("I don't know");
            assertThat(delay).as("seed %d", seed).contains("TT-90417").doesNotContain("I don't know");
        }
    }

    @Test
    void whenTheTrackingChangedIsNotAnsweredWithTheWeddingTime() {
        for (long seed = 0; seed < 10; seed++) {
            String reply = replyTo(
                    "angry-delay",
                    seed,
                    "I'm so sorry, that's awful timing with the wedding.",
                    "When did you first notice the tracking had changed?");

            assertThat(reply).as("seed %d", seed).doesNotContain("at two").containsIgnoringCase("morning");
        }
    }

    @Test
    void theRaiseManagerNeverAsksForTheNumberOnceItIsNamed() {
        for (long seed = 0; seed < 12; seed++) {
            String reply =
                    replyTo("raise-request", seed, "Thanks for making time. I'd like to ask for a raise to $84,000.");

            assertThat(reply)
                    .as("seed %d", seed)
                    .doesNotContain("What number do you have in mind")
                    .doesNotContain("What are you asking for");
        }
    }
}
