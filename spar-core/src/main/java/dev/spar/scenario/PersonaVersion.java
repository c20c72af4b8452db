package dev.spar.scenario;

import java.util.List;

/**
 * A version of the same person: moodier, warier, busier. A seed chooses one.
 *
 * @param name short name shown to the learner ("Curt and busy")
 * @param description how this version differs
 * @param moodShift change to the persona's starting mood
 * @param extraTriggers reactions this version adds
 */
public record PersonaVersion(String name, String description, Mood moodShift, List<Reaction> extraTriggers) {
    public PersonaVersion {
        extraTriggers = List.copyOf(extraTriggers);
    }
}
