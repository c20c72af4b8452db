package dev.spar.coaching;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spar.analysis.FindingCategory;
import dev.spar.analysis.KeywordAnalyzer;
import dev.spar.scenario.ScenarioFixtures;
import dev.spar.simulation.Outcome;
import dev.spar.simulation.Practice;
import dev.spar.simulation.PracticeSettings;
import dev.spar.simulation.Turn;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CoachTests {
    private static final List<String> POOR = List.of(
            "Our policy is 30 days, there's nothing else.",
            "Calm down, it's not a big deal.",
            "I guarantee the refund will come through today.",
            "Well it's your fault for waiting so long.",
            "Calm down, there's nothing I can do.",
            "Our policy is clear and it's your fault for not reading it.");
    private static final List<String> SKILLED = List.of(
            "I can hear this has cost you a whole week of work.",
            "So the main issue is the crashes since the update. Walk me through when they started?",
            "A refund past 30 days needs a review, and we can repair it under warranty right away.",
            "I will email you by 3pm today with the repair pickup time. Does that work for you?");
    private final Coach coach = new Coach();

    private static Practice run(List<String> lines) {
        Practice practice = Practice.replay(
                ScenarioFixtures.refundCustomer(), PracticeSettings.of(3, 1), new KeywordAnalyzer(), lines);
        practice.end();
        return practice;
    }

    @Nested
    class PoorRun {
        private final Practice practice = run(POOR);
        private final Critique critique = coach.critique(practice);

        @Test
        void quotesTheLearnersOwnWordsForEveryFinding() {
            for (Finding f : critique.findings()) {
                Turn turn = practice.turns().get(f.turn() - 1);
                assertThat(turn.text()).as(f.category().id()).contains(f.quote());
            }
        }

        @Test
        void namesTheHabitsThatHurt() {
            assertThat(critique.problems())
                    .extracting(Finding::category)
                    .contains(
                            FindingCategory.POLICY_FIRST,
                            FindingCategory.DISMISSAL,
                            FindingCategory.OVER_PROMISE,
                            FindingCategory.BLAME,
                            FindingCategory.MISSING_ACKNOWLEDGEMENT,
                            FindingCategory.UNSAID_KEY_POINT);
        }

        @Test
        void namesEveryStepTheRunSkipped() {
            assertThat(critique.problems())
                    .extracting(Finding::category)
                    .contains(
                            FindingCategory.MISSING_PARAPHRASE,
                            FindingCategory.MISSING_QUESTION,
                            FindingCategory.MISSING_NEXT_STEP);
        }

        @Test
        void asksForNoClosingCheckAfterTheyAskedForTheManagerAndEndedIt() {
            assertThat(practice.outcome()).isEqualTo(Outcome.ESCALATED);
            assertThat(critique.problems())
                    .extracting(Finding::category)
                    .doesNotContain(FindingCategory.MISSING_CLOSING_CHECK);
        }

        @Test
        void offersAStrongerRewriteForEveryProblem() {
            assertThat(critique.problems())
                    .allSatisfy(f -> assertThat(f.rewrite()).isPresent());
            Finding dismissal = critique.problems().stream()
                    .filter(f -> f.category() == FindingCategory.DISMISSAL)
                    .findFirst()
                    .orElseThrow();
            assertThat(dismissal.rewrite().orElseThrow()).doesNotContainIgnoringCase("calm down");
        }

        @Test
        void answersWhetherTheLearnerGotReactiveByQuotingThem() {
            Answer reactive = critique.answers().stream()
                    .filter(a -> a.question().equals("Did I get reactive?"))
                    .findFirst()
                    .orElseThrow();
            assertThat(reactive.answer()).contains("Calm down").contains("your fault");
        }
    }

    @Nested
    class SkilledRun {
        private final Critique critique = coach.critique(run(SKILLED));

        @Test
        void scoresClearlyHigherThanAPoorRun() {
            Critique poor = coach.critique(run(POOR));

            assertThat(critique.score()).isGreaterThan(poor.score() + 25);
            assertThat(critique.skills().get(Skill.COMPOSURE))
                    .isGreaterThan(poor.skills().get(Skill.COMPOSURE));
            assertThat(critique.skills().get(Skill.EMPATHY))
                    .isGreaterThan(poor.skills().get(Skill.EMPATHY));
        }

        @Test
        void praisesWhatWorkedWithQuotes() {
            assertThat(critique.strengths())
                    .extracting(Finding::category)
                    .contains(
                            FindingCategory.ACKNOWLEDGEMENT,
                            FindingCategory.PARAPHRASE,
                            FindingCategory.NEXT_STEP,
                            FindingCategory.KEY_POINT_MADE);
            assertThat(critique.strengths())
                    .allSatisfy(f -> assertThat(f.quote()).isNotBlank());
        }

        @Test
        void findsNoMissingStepsItTook() {
            assertThat(critique.problems())
                    .extracting(Finding::category)
                    .doesNotContain(
                            FindingCategory.MISSING_ACKNOWLEDGEMENT,
                            FindingCategory.MISSING_PARAPHRASE,
                            FindingCategory.MISSING_QUESTION,
                            FindingCategory.MISSING_NEXT_STEP,
                            FindingCategory.UNSAID_KEY_POINT);
        }
    }

    @Test
    void aRewriteIsTheWordsToSayWithTheTipMovedIntoTheWhy() {
        Rewrites.Advice advice =
                Rewrites.Advice.of("Say it plainly: \"I think we should ship Friday.\" or \"We ship Friday.\"");

        assertThat(advice.tip()).isEqualTo("Say it plainly.");
        assertThat(advice.replacement()).isEqualTo("I think we should ship Friday.");
        assertThat(Rewrites.Advice.of("Let me check that for you.").tip()).isEmpty();
    }

    @Test
    void turningPointsNameTheLineBeforeTheChange() {
        Practice practice = run(POOR);
        Critique critique = coach.critique(practice);

        assertThat(critique.turningPoints()).isNotEmpty();
        for (TurningPoint p : critique.turningPoints()) {
            Turn before = practice.turns().get(p.learnerTurn() - 1);
            assertThat(before.text()).isEqualTo(p.learnerQuote());
            assertThat(Math.abs(p.after() - p.before())).isGreaterThanOrEqualTo(8);
        }
    }

    @Test
    void givesThreeThingsToFocusOnNextRun() {
        assertThat(coach.critique(run(POOR)).focus()).hasSize(3);
        assertThat(coach.critique(run(SKILLED)).focus()).isNotEmpty();
    }

    @Test
    void answersWhereTheLearnerSoundedApologeticAndGaveGround() {
        Critique critique = coach.critique(run(List.of(
                "I'm so sorry, so sorry about all this.",
                "I guess maybe we could look at something.",
                "Fine, forget it, I'll just refund you.")));

        assertThat(critique.answers().getFirst().answer()).contains("so sorry");
        assertThat(critique.answers().get(1).answer()).contains("I guess maybe").contains("Fine, forget it");
    }

    @Test
    void anEmptyRunSaysTheKeyPointsWereNeverSaid() {
        Practice practice = run(List.of());

        Critique critique = coach.critique(practice);

        assertThat(critique.outcome()).isEqualTo(Outcome.ENDED_BY_LEARNER);
        assertThat(critique.problems()).extracting(Finding::category).containsOnly(FindingCategory.UNSAID_KEY_POINT);
        assertThat(critique.score()).isLessThanOrEqualTo(20);
    }

    @Test
    void hintsAcknowledgementFirstWhenTheyAreUpset() {
        Practice practice =
                Practice.start(ScenarioFixtures.refundCustomer(), PracticeSettings.of(3, 3), new KeywordAnalyzer());

        assertThat(coach.hint(practice)).startsWith("Acknowledge the impact");
    }

    @Nested
    class RunStoppedForSafety {
        private final Practice practice = run(List.of(
                "Calm down, it's not a big deal.",
                "I want to kill myself",
                "Our policy is 30 days, there's nothing else."));
        private final Critique critique = coach.critique(practice);

        @Test
        void isNotReviewed() {
            assertThat(practice.outcome()).isEqualTo(Outcome.STOPPED_FOR_SAFETY);
            assertThat(critique.isReviewed()).isFalse();
        }

        @Test
        void quotesNothingBackAndScoresNothing() {
            assertThat(critique.findings()).isEmpty();
            assertThat(critique.skills()).isEmpty();
            assertThat(critique.focus()).isEmpty();
            assertThat(critique.turningPoints()).isEmpty();
            assertThat(critique.answers()).isEmpty();
        }

        @Test
        void anOrdinaryRunIsStillReviewed() {
            Critique poor = coach.critique(run(POOR));

            assertThat(poor.isReviewed()).isTrue();
            assertThat(poor.problems()).isNotEmpty();
        }
    }
}
