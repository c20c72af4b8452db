package dev.spar.scenario;

import java.util.List;
import java.util.Map;

/**
 * A version of the same person: moodier, warier, busier, sarcastic. A seed chooses one.
 *
 * <p>A version is another person, not only another set of numbers: it may carry its own lines for some
 * intents (said before the scenario's lines for that intent, so the sarcastic one sounds sarcastic) and its
 * own reactions where it differs from the persona.
 *
 * @param name short name shown to the learner ("Curt and busy")
 * @param description how this version differs
 * @param moodShift change to the persona's starting mood
 * @param extraTriggers reactions that set this version off on top of the persona's triggers
 * @param extraSoothers reactions that calm this version on top of the persona's soothers
 * @param lines this version's own lines by intent, used before the scenario's lines; may have none
 */
public record PersonaVersion(
        String name,
        String description,
        Mood moodShift,
        List<Reaction> extraTriggers,
        List<Reaction> extraSoothers,
        Lines lines) {
    public PersonaVersion {
        extraTriggers = List.copyOf(extraTriggers);
        extraSoothers = List.copyOf(extraSoothers);
    }

    /** Creates a version that differs only in mood and what sets it off. */
    public PersonaVersion(String name, String description, Mood moodShift, List<Reaction> extraTriggers) {
        this(name, description, moodShift, extraTriggers, List.of(), Lines.of(Map.of()));
    }
}
