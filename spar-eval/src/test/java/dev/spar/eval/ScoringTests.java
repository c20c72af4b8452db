package dev.spar.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.spar.eval.LabelMapping.DatasetRules;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScoringTests {

    private static final DatasetRules ANNOMI = LabelMapping.standard().rules(DatasetName.ANNOMI);
    private static final DatasetRules ESCONV = LabelMapping.standard().rules(DatasetName.ESCONV);

    private static Scoring.Outcome outcome(String id, Set<String> gold, List<String> moves, Set<String> predicted) {
        return new Scoring.Outcome(Example.of(id, "c", "s", "utterance " + id, "", gold), moves, predicted);
    }

    @Test
    void precisionRecallAndF1FollowFromTheCounts() {
        LabelScore s = new LabelScore("question", 8, 2, 4);

        assertThat(s.support()).isEqualTo(12);
        assertThat(s.precision()).isCloseTo(0.8, within(1e-9));
        assertThat(s.recall()).isCloseTo(8.0 / 12, within(1e-9));
        assertThat(s.f1()).isCloseTo(16.0 / 22, within(1e-9));
    }

    @Test
    void emptyCountsScoreZeroRatherThanNaN() {
        LabelScore none = new LabelScore("options", 0, 0, 0);
        LabelScore onlyMisses = new LabelScore("options", 0, 0, 3);

        assertThat(none.precision()).isZero();
        assertThat(none.recall()).isZero();
        assertThat(none.f1()).isZero();
        assertThat(onlyMisses.f1()).isZero();
        assertThat(onlyMisses.support()).isEqualTo(3);
    }

    @Test
    void countsTruePositivesFalsePositivesAndMisses() {
        List<Set<String>> gold = List.of(Set.of("question"), Set.of("question"), Set.of(), Set.of("others"));
        List<Set<String>> predicted = List.of(Set.of("question"), Set.of(), Set.of("question"), Set.of("question"));

        LabelScore s = Scoring.score(ESCONV, "question", gold, predicted);

        assertThat(s).isEqualTo(new LabelScore("question", 1, 2, 1));
    }

    @Test
    void subtypesAreScoredOnlyAmongGoldSubtypes() {
        List<Set<String>> gold = List.of(
                Set.of("question", "open-question"),
                Set.of("question", "closed-question"),
                Set.of("reflection"),
                Set.of("question", "open-question"));
        List<Set<String>> predicted = List.of(
                Set.of("question", "open-question"),
                Set.of("question", "open-question"),
                Set.of("question", "open-question"),
                Set.of("question", "closed-question"));

        assertThat(Scoring.score(ANNOMI, "open-question", gold, predicted))
                .isEqualTo(new LabelScore("open-question", 1, 1, 1));
        assertThat(Scoring.score(ANNOMI, "closed-question", gold, predicted))
                .isEqualTo(new LabelScore("closed-question", 0, 1, 1));
        assertThat(Scoring.score(ANNOMI, "question", gold, predicted)).isEqualTo(new LabelScore("question", 3, 1, 0));
        assertThat(Scoring.accuracy(ANNOMI, gold, predicted)).contains(new SubtypeAccuracy("open-vs-closed", 1, 3));
        assertThat(Scoring.accuracy(ESCONV, gold, predicted)).isEmpty();
    }

    @Test
    void subtypeAccuracyNeedsExactlyTheGoldSubtype() {
        List<Set<String>> gold = List.of(Set.of("open-question"), Set.of("closed-question"));
        List<Set<String>> predicted = List.of(Set.of("open-question", "closed-question"), Set.of());

        assertThat(Scoring.accuracy(ANNOMI, gold, predicted)).hasValueSatisfying(a -> {
            assertThat(a.correct()).isZero();
            assertThat(a.accuracy()).isZero();
        });
    }

    @Test
    void confusionNamesTheMostCommonMoveOnMissesAndGoldLabelOnFalseAlarms() {
        List<Scoring.Outcome> outcomes = List.of(
                outcome("1", Set.of("question"), List.of("explain"), Set.of()),
                outcome("2", Set.of("question"), List.of("explain", "hedge"), Set.of()),
                outcome("3", Set.of("question"), List.of(), Set.of()),
                outcome("4", Set.of("suggestion"), List.of("closed-question"), Set.of("question")),
                outcome("5", Set.of(), List.of("closed-question"), Set.of("question")),
                outcome("6", Set.of("question"), List.of("open-question"), Set.of("question")));

        Confusion question = Scoring.confusions(ESCONV, outcomes).getFirst();

        assertThat(question).isEqualTo(new Confusion("question", "explain", 2, "no label", 1));
        assertThat(Scoring.confusions(ESCONV, outcomes).get(1)).isEqualTo(new Confusion("paraphrase", "", 0, "", 0));
    }

    @Test
    void keepsAFewMissesAndFalseAlarmsPerLabelSpreadOverTheRun() {
        List<Scoring.Outcome> outcomes = List.of(
                outcome("1", Set.of("question"), List.of(), Set.of()),
                outcome("2", Set.of("question"), List.of(), Set.of()),
                outcome("3", Set.of("question"), List.of(), Set.of()),
                outcome("4", Set.of("question"), List.of(), Set.of()),
                outcome("5", Set.of("others"), List.of("verify"), Set.of("question")));

        List<Misclassified> found = Scoring.misclassified(ESCONV, outcomes, 2);

        assertThat(found).extracting(Misclassified::id).containsExactly("1", "3", "5");
        assertThat(found.get(2).missed()).isFalse();
        assertThat(found.get(2).gold()).containsExactly("others");
        assertThat(found.get(2).moves()).containsExactly("verify");
    }

    @Test
    void truncatesLongTextAndFlattensWhitespace() {
        assertThat(Scoring.truncate("  short\n text ", 20)).isEqualTo("short text");
        assertThat(Scoring.truncate("abcdefghij", 5)).isEqualTo("abcd…");
    }

    @Test
    void majorityLeavingOneAnnotatorOutNeedsMoreThanHalfOfTheRest() {
        List<Set<String>> annotations = List.of(Set.of("question"), Set.of(), Set.of(), Set.of("question"));

        assertThat(Scoring.majorityWithout(annotations, 2)).containsExactly("question");
        assertThat(Scoring.majorityWithout(annotations, 0)).isEmpty();
    }

    @Test
    void humanAgreementScoresEachAnnotatorAndSparAgainstTheOthersMajority() {
        Set<String> q = Set.of("question");
        Set<String> none = Set.of();
        List<Scoring.Outcome> outcomes = List.of(
                multi("1", List.of(q, q, q), q),
                multi("2", List.of(q, q, none), q),
                multi("3", List.of(none, none, q), none),
                outcome("4", q, List.of(), none));

        HumanAgreement h = Scoring.agreement(ANNOMI, outcomes).orElseThrow();

        // Leaving out annotator 0 or 1 the reference is [q, -, -]; leaving out 2 it is [q, q, -].
        // Annotators score 2/3, 2/3 and 1/2; Spar, predicting [q, q, -], scores 2/3, 2/3 and 1.
        assertThat(h.utterances()).isEqualTo(3);
        assertThat(h.annotators()).isEqualTo(3);
        HumanAgreement.Row question = h.rows().getFirst();
        assertThat(question.label()).isEqualTo("question");
        assertThat(question.annotatorF1()).isCloseTo((2.0 / 3 + 2.0 / 3 + 0.5) / 3, within(1e-9));
        assertThat(question.sparF1()).isCloseTo((2.0 / 3 + 2.0 / 3 + 1) / 3, within(1e-9));
        assertThat(question.support()).isCloseTo(4.0 / 3, within(1e-9));
        assertThat(Scoring.agreement(ANNOMI, List.of(outcomes.get(3)))).isEmpty();
    }

    private static Scoring.Outcome multi(String id, List<Set<String>> annotations, Set<String> predicted) {
        Example e = new Example(
                id, "c", "therapist", "utterance " + id, "", AnnomiReader.majority(annotations), annotations);
        return new Scoring.Outcome(e, List.of(), predicted);
    }
}
