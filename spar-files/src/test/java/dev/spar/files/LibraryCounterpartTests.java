package dev.spar.files;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spar.scenario.Intent;
import dev.spar.scenario.PersonaVersion;
import dev.spar.scenario.Scenario;
import dev.spar.simulation.Outcome;
import dev.spar.simulation.Practice;
import dev.spar.simulation.PracticeSettings;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Scripted learners played over the whole library, as a user would notice the counterpart behave. */
class LibraryCounterpartTests {
    private static final List<Scenario> LIBRARY = ScenarioLibrary.bundled().all();

    @Nested
    class Difficulty {
        @ParameterizedTest
        @ValueSource(ints = {1, 2, 3, 4, 5})
        void aSkilledLearnerReachesTheOfferAndTheCloseAtEveryLevel(int difficulty) {
            int runs = 0;
            int resolved = 0;
            List<String> neverResolved = new ArrayList<>();
            for (Scenario s : LIBRARY) {
                int resolvedHere = 0;
                // One seed per version, so every version of every person is met.
                for (long seed = 0; seed < s.versions().size(); seed++) {
                    Practice run = Learners.skilled(s, PracticeSettings.of(seed, difficulty));
                    runs++;
                    if (run.outcome() == Outcome.RESOLVED && Learners.accepted(run)) {
                        resolved++;
                        resolvedHere++;
                    }
                }
                if (resolvedHere == 0) {
                    neverResolved.add(s.id());
                }
            }

            assertThat((double) resolved / runs)
                    .as("resolved share at %d", difficulty)
                    .isGreaterThanOrEqualTo(0.9);
            assertThat(neverResolved).isEmpty();
        }

        /** Ending the run right after they said yes is a resolved conversation, not one ended before it settled. */
        @Test
        void endingRightAfterTheyAgreedIsResolved() {
            int checked = 0;
            for (Scenario s : LIBRARY) {
                Practice run = Learners.skilled(s, PracticeSettings.of(0, 3));
                List<dev.spar.simulation.Turn> turns = run.turns();
                for (int i = 0; i < turns.size(); i++) {
                    if (turns.get(i)
                            .intent()
                            .filter(intent -> intent == Intent.ACCEPT)
                            .isEmpty()) {
                        continue;
                    }
                    int saidBefore = (int) turns.subList(0, i).stream()
                            .filter(t -> t.speaker() == dev.spar.simulation.Speaker.LEARNER)
                            .count();
                    Practice upToYes = Practice.replay(
                            s,
                            PracticeSettings.of(0, 3),
                            Learners.ANALYZER,
                            run.learnerLines().subList(0, saidBefore));
                    upToYes.end();

                    assertThat(upToYes.outcome()).as(s.id()).isEqualTo(Outcome.RESOLVED);
                    checked++;
                    break;
                }
            }
            assertThat(checked).isGreaterThanOrEqualTo(5);
        }

        @Test
        void harderPeoplePushBackLongerBeforeTheyAgree() {
            assertThat(meanTurnsToAccept(5)).isGreaterThan(meanTurnsToAccept(1) + 0.5);
        }

        @Test
        void anUnskilledLearnerAtTheTopLevelLosesThemButOnlyAfterSeveralFailures() {
            for (Scenario s : LIBRARY) {
                for (long seed = 0; seed < 6; seed++) {
                    Practice run = Learners.unskilled(s, PracticeSettings.of(seed, 5));

                    assertThat(run.outcome()).as(s.id()).isIn(Outcome.ESCALATED, Outcome.WALKED_AWAY);
                    assertThat(run.learnerLines()).as(s.id()).hasSizeGreaterThanOrEqualTo(3);
                }
            }
        }

        @Test
        void surpriseMeStaysVisiblyDifferentOnSkilledRuns() {
            int plain = 0;
            int surprise = 0;
            for (Scenario s : LIBRARY) {
                for (long seed = 0; seed < 3; seed++) {
                    plain += curveballs(Learners.skilled(s, new PracticeSettings(seed, 3, false)));
                    surprise += curveballs(Learners.skilled(s, new PracticeSettings(seed, 3, true)));
                }
            }

            assertThat(surprise).isGreaterThan(2 * plain);
        }

        private double meanTurnsToAccept(int difficulty) {
            double sum = 0;
            int n = 0;
            for (Scenario s : LIBRARY) {
                for (long seed = 0; seed < 3; seed++) {
                    Practice run = Learners.skilled(s, PracticeSettings.of(seed, difficulty));
                    int turn = 0;
                    for (var t : run.turns()) {
                        if (t.intent().filter(i -> i == Intent.ACCEPT).isPresent()) {
                            sum += turn;
                            n++;
                            break;
                        }
                        turn++;
                    }
                }
            }
            return sum / n;
        }

        private int curveballs(Practice run) {
            return (int) run.turns().stream()
                    .filter(t -> t.intent().filter(i -> i == Intent.CURVEBALL).isPresent())
                    .count();
        }
    }

    @Nested
    class Versions {
        @Test
        void anotherVersionIsNoticeablyAnotherPerson() {
            double sum = 0;
            for (Scenario s : LIBRARY) {
                double differ = CounterpartFigures.versionDifference(s, Learners::skilled);

                assertThat(differ).as(s.id()).isGreaterThanOrEqualTo(0.25);
                sum += differ;
            }
            assertThat(sum / LIBRARY.size()).isGreaterThanOrEqualTo(0.4);
        }

        @Test
        void theSarcasticOneIsSarcastic() {
            Scenario delay = LIBRARY.stream()
                    .filter(s -> s.id().equals("angry-delay"))
                    .findFirst()
                    .orElseThrow();
            PersonaVersion sarcastic = delay.versions().stream()
                    .filter(v -> v.name().equals("Sarcastic"))
                    .findFirst()
                    .orElseThrow();
            Practice run =
                    Learners.skilled(CounterpartFigures.onlyVersion(delay, sarcastic), PracticeSettings.of(1, 3));

            assertThat(Learners.counterpartLines(run).getFirst()).contains("Love that for me");
            List<String> own = new ArrayList<>();
            for (Intent intent : Intent.values()) {
                sarcastic.lines().forIntent(intent).forEach(l -> own.add(l.text()));
            }
            assertThat(Learners.counterpartLines(run).stream().filter(own::contains))
                    .hasSizeGreaterThanOrEqualTo(2);
        }
    }
}
