package dev.spar.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spar.eval.LabelMapping.DatasetRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class IntervalsTests {

    private static final DatasetRules ESCONV = LabelMapping.standard().rules(DatasetName.ESCONV);
    private static final DatasetRules ANNOMI = LabelMapping.standard().rules(DatasetName.ANNOMI);

    /** Conversations of four questions each, of which Spar finds three and takes one statement for a question. */
    private static List<Scoring.Outcome> conversations(int count) {
        List<Scoring.Outcome> outcomes = new ArrayList<>();
        for (int c = 0; c < count; c++) {
            for (int u = 0; u < 5; u++) {
                boolean asks = u < 4;
                boolean found = u < 3 || (u == 4 && c % 2 == 0);
                outcomes.add(new Scoring.Outcome(
                        Example.of(c + "/" + u, "c" + c, "s", "u", "", asks ? Set.of("question") : Set.of()),
                        List.of(),
                        found ? Set.of("question") : Set.of()));
            }
        }
        return outcomes;
    }

    private static Intervals.Interval question(Intervals intervals) {
        return intervals.labels().get(ESCONV.labels().indexOf("question"));
    }

    @Test
    void theIntervalHoldsTheFigureMeasuredOnTheWholeSample() {
        List<Scoring.Outcome> outcomes = conversations(40);
        double f1 = Scoring.score(
                        ESCONV,
                        "question",
                        outcomes.stream().map(o -> o.example().gold()).toList(),
                        outcomes.stream().map(Scoring.Outcome::predicted).toList())
                .f1();

        Intervals.Interval interval = question(Intervals.of(ESCONV, outcomes, 500));

        assertThat(interval.low()).isLessThan(f1);
        assertThat(interval.high()).isGreaterThan(f1);
    }

    @Test
    void moreConversationsGiveANarrowerInterval() {
        Intervals.Interval few = question(Intervals.of(ESCONV, conversations(10), 500));
        Intervals.Interval many = question(Intervals.of(ESCONV, conversations(400), 500));

        assertThat(many.high() - many.low()).isLessThan((few.high() - few.low()) / 2);
    }

    @Test
    void aFlawlessReadingHasNoRoomToMove() {
        List<Scoring.Outcome> outcomes = IntStream.range(0, 30)
                .mapToObj(i -> new Scoring.Outcome(
                        Example.of("u" + i, "c" + i, "s", "u", "", Set.of("question")), List.of(), Set.of("question")))
                .toList();

        assertThat(question(Intervals.of(ESCONV, outcomes, 200))).isEqualTo(new Intervals.Interval(1, 1));
    }

    @Test
    void theSameRunGivesTheSameIntervals() {
        assertThat(Intervals.of(ANNOMI, conversations(25), 300))
                .isEqualTo(Intervals.of(ANNOMI, conversations(25), 300));
    }

    @Test
    void anEmptyRunHasPointIntervals() {
        Intervals intervals = Intervals.of(ANNOMI, List.of(), 100);

        assertThat(intervals.macroF1()).isEqualTo(new Intervals.Interval(0, 0));
        assertThat(intervals.accuracy()).isPresent();
    }
}
