package dev.spar.files;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spar.scenario.Scenario;
import dev.spar.simulation.Practice;
import dev.spar.simulation.PracticeSettings;
import dev.spar.simulation.Speaker;
import dev.spar.simulation.Turn;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** "Sorry, what?" asks to hear their last line again: they say it again rather than answer a question nobody asked. */
class LibraryRepeatTests {
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "raise-request|Sorry, what?",
                "raise-request|what did you just say?",
                "family-boundary|Come again?",
                "friend-hard-truth|huh?",
                "angry-delay|Sorry, I didn't catch that."
            })
    void theySayTheirLastLineAgain(String id, String line) {
        Scenario scenario = ScenarioLibrary.bundled().find(id).orElseThrow();
        for (long seed = 0; seed < 3; seed++) {
            List<String> theirs = theirLines(scenario, seed, line);

            assertThat(theirs.getLast()).as("%s seed %d", id, seed).contains(theirs.get(theirs.size() - 2));
        }
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"raise-request|Sorry.", "raise-request|What budget is there for raises this year?"})
    void anApologyOrARealQuestionIsNotAskingToHearItAgain(String id, String line) {
        List<String> theirs = theirLines(ScenarioLibrary.bundled().find(id).orElseThrow(), 1, line);

        assertThat(theirs.getLast()).doesNotContain(theirs.get(theirs.size() - 2));
    }

    /** What they said in a run where the learner greets them and then says this line. */
    private static List<String> theirLines(Scenario scenario, long seed, String line) {
        Practice run = Practice.replay(
                scenario,
                PracticeSettings.of(seed, 3),
                Learners.ANALYZER,
                List.of("Hi, thanks for making the time to talk.", line));
        return run.turns().stream()
                .filter(t -> t.speaker() == Speaker.COUNTERPART)
                .map(Turn::text)
                .toList();
    }
}
