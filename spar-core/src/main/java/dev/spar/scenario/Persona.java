package dev.spar.scenario;

import java.util.List;

/**
 * The person the counterpart plays.
 *
 * @param name what the learner calls them
 * @param relationship how they relate to the learner
 * @param style how they talk
 * @param history what has happened between them so far
 * @param mood how they feel when the conversation starts
 * @param triggers what the learner can do that sets them off
 * @param soothers what calms them
 * @param needs what they need from the conversation
 */
public record Persona(
        String name,
        String relationship,
        String style,
        String history,
        Mood mood,
        List<Reaction> triggers,
        List<Reaction> soothers,
        List<Need> needs) {
    public Persona {
        triggers = List.copyOf(triggers);
        soothers = List.copyOf(soothers);
        needs = List.copyOf(needs);
    }

    /**
     * Returns the name as said inside a sentence: "How the customer feels" for a persona named "The customer" (a real
     * conversation's customer, unnamed); a person's name as it is.
     */
    public String nameInASentence() {
        return name.startsWith("The ") ? "the " + name.substring(4) : name;
    }
}
