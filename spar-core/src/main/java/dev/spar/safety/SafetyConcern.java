package dev.spar.safety;

/**
 * Why the role-play stopped.
 *
 * @param kind what the words involve
 * @param quote the words that raised it
 * @param message what to tell the person, plainly, with where to find human help
 */
public record SafetyConcern(Kind kind, String quote, String message) {

    /** What a concern is about. */
    public enum Kind {
        SELF_HARM,
        VIOLENCE,
        ABUSE,
        SAFETY
    }
}
