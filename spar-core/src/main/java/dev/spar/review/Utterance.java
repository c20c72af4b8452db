package dev.spar.review;

import java.util.Objects;
import java.util.Optional;

/**
 * One turn of a real conversation, as imported.
 *
 * @param speaker who said it, as the file names them (after redaction, a placeholder such as {@code [NAME-1]})
 * @param role which side they are on
 * @param text what they said
 * @param time when, as the file gives it (a clock time, an offset into a call, a timestamp); empty if the file
 *     has none
 */
public record Utterance(String speaker, Role role, String text, Optional<String> time) {
    public Utterance {
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(time, "time");
    }

    /** Returns a turn without a time. */
    public static Utterance of(String speaker, Role role, String text) {
        return new Utterance(speaker, role, text, Optional.empty());
    }

    /** Returns whether the agent said it. */
    public boolean byAgent() {
        return role == Role.AGENT;
    }
}
