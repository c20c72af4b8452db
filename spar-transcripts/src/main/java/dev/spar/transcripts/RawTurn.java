package dev.spar.transcripts;

import dev.spar.review.Role;
import java.util.Objects;
import java.util.Optional;

/**
 * A turn as a format reader found it, before roles are settled.
 *
 * @param speaker who said it, as the file names them
 * @param text what they said, trimmed
 * @param time when, as the file gives it
 * @param role the side the file itself gives (Connect's participant, a help desk's agent flag), if any
 * @param where where in the file it is, for messages: "line 12", "field comments[3].body"
 */
record RawTurn(String speaker, String text, Optional<String> time, Optional<Role> role, String where) {
    RawTurn {
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(where, "where");
    }

    RawTurn withText(String newText) {
        return new RawTurn(speaker, newText, time, role, where);
    }

    /** Returns the message for a problem at this turn, prefixed with where it is. */
    TranscriptException problem(String message) {
        return new TranscriptException(where + ": " + message);
    }
}
