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
 * @param simulatorLine for counterpart turns, the line the simulator chose; a voice may have said it in other
 *     words
 */
public record Turn(
        int number,
        Speaker speaker,
        String text,
        Optional<UtteranceAnalysis> analysis,
        Optional<Intent> intent,
        Optional<CounterpartState> state,
        Optional<String> simulatorLine) {

    /** Creates a learner turn. */
    public static Turn learner(int number, UtteranceAnalysis analysis) {
        return new Turn(
                number,
                Speaker.LEARNER,
                analysis.text(),
                Optional.of(analysis),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
    }

    /** Creates a counterpart turn that says the simulator's line as written. */
    public static Turn counterpart(int number, String text, Intent intent, CounterpartState state) {
        return voiced(number, text, text, intent, state);
    }

    /** Creates a counterpart turn whose line a voice said in its own words. */
    public static Turn voiced(int number, String text, String simulatorLine, Intent intent, CounterpartState state) {
        return new Turn(
                number,
                Speaker.COUNTERPART,
                text,
                Optional.empty(),
                Optional.of(intent),
                Optional.of(state),
                Optional.of(simulatorLine));
    }

    /** Returns whether a voice said this counterpart turn in other words than the simulator's line. */
    public boolean reworded() {
        return simulatorLine.isPresent() && !simulatorLine.get().equals(text);
    }

    /** Returns the counterpart's anger or distress after this turn, for counterpart turns. */
    public Optional<Integer> emotion() {
        return state.map(CounterpartState::anger);
    }
}
