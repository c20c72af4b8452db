package dev.spar.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.spar.teams.CriterionResult.Source;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ScorecardScorerTests {
    private static final Criterion NO_BLAME =
            Criterion.automatic("no-blame", "No blame", 20, Scale.YES_NO, Check.NO_BLAME, true);
    private static final Criterion CALM =
            Criterion.automatic("stays-calm", "Stays calm", 20, Scale.ONE_TO_FIVE, Check.STAYS_CALM, false);
    private static final Criterion RIGHT_ANSWER =
            Criterion.byHand("right-answer", "Gave the right answer", 20, Scale.YES_NO, false);
    private static final Criterion TONE = Criterion.byHand("tone", "Tone", 20, Scale.ONE_TO_FIVE, false);

    private static ScorecardResult score(List<Criterion> criteria, List<Evidence> evidence) {
        return ScorecardScorer.score(new Scorecard("Team card", criteria), evidence, Map.of(), List.of());
    }

    @Nested
    class Automatically {
        @Test
        void aBlamingLineFailsTheCriticalCriterionAndTheWholeCard() {
            ScorecardResult r = score(List.of(NO_BLAME, CALM), List.of(Said.blame()));

            assertThat(r.failedCritical()).isTrue();
            assertThat(r.percent()).hasValue(0);
            assertThat(r.passed(0)).isFalse();
            assertThat(r.criticalFailures()).extracting(c -> c.criterion().id()).containsExactly("no-blame");
            assertThat(r.result("stays-calm").orElseThrow().mark()).isEqualTo(Mark.points(5));
        }

        @Test
        void explainsTheMarkInTheLearnersOwnWords() {
            CriterionResult blame =
                    score(List.of(NO_BLAME), List.of(Said.blame())).results().getFirst();

            assertThat(blame.source()).isEqualTo(Source.AUTOMATIC);
            assertThat(blame.explanation()).contains("'you should have read the email'");
            assertThat(blame.quotes()).containsExactly(Said.blame());
        }

        @Test
        void weighsEachCriterionByItsWeight() {
            Criterion heavyCalm =
                    Criterion.automatic("stays-calm", "Stays calm", 60, Scale.ONE_TO_FIVE, Check.STAYS_CALM, false);
            Criterion lightAck =
                    Criterion.automatic("acknowledges", "Acknowledges", 20, Scale.YES_NO, Check.ACKNOWLEDGES, false);

            // calm: 3 of 5 is half its weight (30 of 60); acknowledges: yes (20 of 20)
            ScorecardResult r = score(List.of(heavyCalm, lightAck), List.of(Said.reactive(2), Said.reactive(3)));

            assertThat(r.percent()).hasValue(63);
            assertThat(r.passed(60)).isTrue();
            assertThat(r.passed(70)).isFalse();
        }

        @Test
        void isNotApplicableWhenNothingWasSaidSoThereIsNoPercent() {
            ScorecardResult r = score(List.of(NO_BLAME, CALM), List.of());

            assertThat(r.results()).extracting(CriterionResult::mark).containsOnly(Mark.notApplicable());
            assertThat(r.percent()).isEmpty();
            assertThat(r.failedCritical()).isFalse();
            assertThat(r.passed(0)).isFalse();
        }
    }

    @Nested
    class NotApplicable {
        @Test
        void reBasesTheTotalOnTheCriteriaThatApply() {
            Map<String, Mark> marks = Map.of("right-answer", Mark.notApplicable(), "tone", Mark.points(4));

            ScorecardResult r = ScorecardScorer.score(
                    new Scorecard("Team card", List.of(RIGHT_ANSWER, TONE)), List.of(), marks, List.of());

            assertThat(r.percent()).hasValue(75);
        }
    }

    @Nested
    class ByHand {
        @Test
        void listsUnmarkedCriteriaAndLeavesThemOutOfTheTotal() {
            ScorecardResult r = score(List.of(RIGHT_ANSWER, CALM, TONE), List.of(Said.reactive(2)));

            assertThat(r.unmarked()).containsExactly("right-answer", "tone");
            assertThat(r.complete()).isFalse();
            assertThat(r.percent()).hasValue(75);
            assertThat(r.result("tone").orElseThrow().source()).isEqualTo(Source.UNMARKED);
        }

        @Test
        void countsTheCoachsMarks() {
            ScorecardResult r = ScorecardScorer.score(
                    new Scorecard("Team card", List.of(RIGHT_ANSWER, TONE)),
                    List.of(),
                    Map.of("right-answer", Mark.no(), "tone", Mark.points(5)),
                    List.of());

            assertThat(r.percent()).hasValue(50);
            assertThat(r.complete()).isTrue();
            assertThat(r.result("right-answer").orElseThrow().source()).isEqualTo(Source.HAND);
        }

        @Test
        void refusesPointsOnAYesNoCriterionAndIgnoresUnknownIds() {
            Scorecard card = new Scorecard("Team card", List.of(RIGHT_ANSWER));

            assertThatThrownBy(() ->
                            ScorecardScorer.score(card, List.of(), Map.of("right-answer", Mark.points(3)), List.of()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("'Gave the right answer' is marked yes, no or not applicable; '3 of 5' does not fit"
                            + " it.");
            assertThat(ScorecardScorer.score(card, List.of(), Map.of("gone", Mark.points(3)), List.of())
                            .unmarked())
                    .containsExactly("right-answer");
        }

        @Test
        void doesNotLetAHandMarkChangeAnAutomaticCriterion() {
            ScorecardResult r = ScorecardScorer.score(
                    new Scorecard("Team card", List.of(NO_BLAME)),
                    List.of(Said.blame()),
                    Map.of("no-blame", Mark.yes()),
                    List.of());

            assertThat(r.failedCritical()).isTrue();
        }
    }

    @Nested
    class Overrides {
        private final Override cleared =
                new Override("no-blame", Mark.yes(), "She was quoting the customer's own words back.", "Kim");

        @Test
        void changeTheScoreAndKeepTheReason() {
            ScorecardResult r = ScorecardScorer.score(
                    new Scorecard("Team card", List.of(NO_BLAME, CALM)),
                    List.of(Said.blame(), Said.reactive(3)),
                    Map.of(),
                    List.of(cleared));

            assertThat(r.failedCritical()).isFalse();
            assertThat(r.percent()).hasValue(88);
            CriterionResult overridden = r.result("no-blame").orElseThrow();
            assertThat(overridden.source()).isEqualTo(Source.OVERRIDE);
            assertThat(overridden.override()).contains(cleared);
            assertThat(overridden.quotes()).containsExactly(Said.blame());
            assertThat(overridden.explanation())
                    .isEqualTo("Set to yes by Kim (Spar's check gave no): She was quoting the customer's own words"
                            + " back.");
        }

        @Test
        void winOverHandMarksTooAndTheLastOneCounts() {
            Override first = new Override("tone", Mark.points(2), "Too curt.", "Kim");
            Override second = new Override("tone", Mark.points(4), "Curt, but fine for this customer.", "Lee");

            ScorecardResult r = ScorecardScorer.score(
                    new Scorecard("Team card", List.of(TONE)),
                    List.of(),
                    Map.of("tone", Mark.points(1)),
                    List.of(first, second, new Override("gone", Mark.no(), "Old criterion.", "Kim")));

            assertThat(r.percent()).hasValue(75);
            assertThat(r.result("tone").orElseThrow().override()).contains(second);
        }

        @Test
        void canMarkACriterionNotApplicable() {
            ScorecardResult r = ScorecardScorer.score(
                    new Scorecard("Team card", List.of(NO_BLAME, CALM)),
                    List.of(Said.blame()),
                    Map.of(),
                    List.of(new Override("no-blame", Mark.notApplicable(), "Role-play of a complaint.", "Kim")));

            assertThat(r.failedCritical()).isFalse();
            assertThat(r.percent()).hasValue(100);
        }
    }
}
