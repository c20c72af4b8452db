package dev.spar.simulation;

import dev.spar.analysis.UtteranceAnalysis;
import dev.spar.scenario.Intent;
import java.util.Optional;

/**
 * One turn of a practice conversation.
 *
 * @param number position in the conversation, from 1
 * @param speaker who said it
 * @param text what was said
 * @param analysis for learner turns, the moves and habits found
 * @param intent for counterpart turns, what the line was meant to do
 * @param state for counterpart turns, their state after saying it
 */
public record Turn(
        int number,
        Speaker speaker,
        String text,
        Optional<UtteranceAnalysis> analysis,
        Optional<Intent> intent,
        Optional<CounterpartState> state) {

    /** Creates a learner turn. */
    public static Turn learner(int number, UtteranceAnalysis analysis) {
        return new Turn(
                number, Speaker.LEARNER, analysis.text(), Optional.of(analysis), Optional.empty(), Optional.empty());
    }

    /** Creates a counterpart turn. */
    public static Turn counterpart(int number, String text, Intent intent, CounterpartState state) {
        return new Turn(number, Speaker.COUNTERPART, text, Optional.empty(), Optional.of(intent), Optional.of(state));
    }

    /** Returns the counterpart's anger or distress after this turn, for counterpart turns. */
    public Optional<Integer> emotion() {
        return state.map(CounterpartState::anger);
    }
}
