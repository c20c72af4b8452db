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

/**
 * An acknowledgement that could be said to anyone ("I hear you.") calms the other person little; one that names
 * their facts or their feelings calms them more.
 */
class LibraryAcknowledgementTests {
    private static final List<String> GENERIC =
            List.of("I hear you.", "I understand.", "That makes sense.", "Okay, I get it.");

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "angry-delay|Your brother's wedding is on Saturday and the suit is stuck at the depot. That's awful.",
                "family-boundary|You've helped us so much since Leo was born, and I know this feels like being pushed out.",
                "friend-hard-truth|I know how much the business means to you, and how scary it is to watch the money go.",
                "billing-dispute-renewal|Being charged $588 for a renewal you didn't expect is a real shock for a small business."
            })
    void aGenericAcknowledgementCalmsLittleAndOneThatNamesTheirSituationCalmsMore(String id, String naming) {
        Scenario scenario = ScenarioLibrary.bundled().find(id).orElseThrow();
        for (long seed = 0; seed < 4; seed++) {
            int named = angerDrop(scenario, seed, naming);
            for (String generic : GENERIC) {
                int plain = angerDrop(scenario, seed, generic);

                assertThat(plain).as("%s seed %d: %s", id, seed, generic).isLessThanOrEqualTo(3);
                assertThat(named)
                        .as("%s seed %d: %s against %s", id, seed, naming, generic)
                        .isGreaterThanOrEqualTo(plain + 3);
            }
        }
    }

    /** How far their anger falls on this line, said second, after the same opening. */
    private static int angerDrop(Scenario scenario, long seed, String line) {
        Practice run = Practice.replay(
                scenario,
                PracticeSettings.of(seed, 3),
                Learners.ANALYZER,
                List.of("Hi, thanks for talking to me.", line));
        List<Integer> anger = run.turns().stream()
                .filter(t -> t.speaker() == Speaker.COUNTERPART)
                .map(Turn::state)
                .flatMap(java.util.Optional::stream)
                .map(s -> s.anger())
                .toList();
        return anger.get(anger.size() - 2) - anger.getLast();
    }
}
