package dev.spar.simulation;

import dev.spar.scenario.Intent;
import dev.spar.scenario.PersonaVersion;
import dev.spar.scenario.Scenario;
import dev.spar.understanding.Content;
import java.util.List;
import java.util.Optional;

/**
 * Everything a voice needs to say the counterpart's next line in character.
 *
 * @param scenario the persona, the situation and the facts
 * @param version the version of the person this run plays, if any
 * @param settings the run's seed and difficulty
 * @param history every turn before this line, oldest first
 * @param intent what the simulation chose the line to do
 * @param state how the counterpart feels after the learner's last line, with what moved them
 * @param line the simulator's own line for this turn, slots filled
 * @param outcome how this line leaves the conversation: still going, or how it ends
 * @param heard what the learner's line this reply answers says (what it asks, about which topic, what it
 *     offers), or empty for an opening
 */
public record VoiceRequest(
        Scenario scenario,
        Optional<PersonaVersion> version,
        PracticeSettings settings,
        List<Turn> history,
        Intent intent,
        CounterpartState state,
        String line,
        Outcome outcome,
        Optional<Content> heard) {
    public VoiceRequest {
        history = List.copyOf(history);
    }

    /** Creates a request with no reading of the learner's line. */
    public VoiceRequest(
            Scenario scenario,
            Optional<PersonaVersion> version,
            PracticeSettings settings,
            List<Turn> history,
            Intent intent,
            CounterpartState state,
            String line,
            Outcome outcome) {
        this(scenario, version, settings, history, intent, state, line, outcome, Optional.empty());
    }

    /** Returns the learner's line this reply answers, or empty for an opening. */
    public Optional<Turn> answering() {
        return history.isEmpty() || history.getLast().speaker() != Speaker.LEARNER
                ? Optional.empty()
                : Optional.of(history.getLast());
    }
}
