package dev.spar.coaching;

import dev.spar.simulation.CounterpartState;
import dev.spar.simulation.Speaker;
import dev.spar.simulation.Turn;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Finds the counterpart turns where anger moved the most, with the learner's line before each. */
final class TurningPoints {
    private static final int TURNING_POINT_MIN = 8;
    private static final int MAX_TURNING_POINTS = 3;

    private TurningPoints() {}

    /** Returns the three turns where anger moved most (by 8 or more), in the order they came. */
    static List<TurningPoint> of(List<Turn> turns, CounterpartState start) {
        List<TurningPoint> points = new ArrayList<>();
        int before = start.anger();
        Turn lastLearner = null;
        for (Turn turn : turns) {
            if (turn.speaker() == Speaker.LEARNER) {
                lastLearner = turn;
                continue;
            }
            CounterpartState state = turn.state().orElseThrow();
            if (lastLearner != null && Math.abs(state.anger() - before) >= TURNING_POINT_MIN) {
                points.add(new TurningPoint(
                        turn.number(),
                        lastLearner.number(),
                        lastLearner.text(),
                        before,
                        state.anger(),
                        state.movedBy()));
            }
            before = state.anger();
        }
        return points.stream()
                .sorted(Comparator.comparingInt((TurningPoint p) -> -Math.abs(p.after() - p.before())))
                .limit(MAX_TURNING_POINTS)
                .sorted(Comparator.comparingInt(TurningPoint::turn))
                .toList();
    }
}
