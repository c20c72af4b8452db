package dev.spar.llm;

import java.time.Duration;
import java.util.Optional;

/**
 * Why a model gave no usable answer, translated from whatever the provider or the network said.
 *
 * @param kind what went wrong, and whether trying again can help
 * @param detail a short, key-free detail from the server or the network, possibly empty
 * @param retryAfter how long the server asked us to wait, if it said
 */
public record ModelFault(Kind kind, String detail, Optional<Duration> retryAfter) {
    /** What went wrong. */
    public enum Kind {
        /** The server took too long to answer or stopped sending in the middle. */
        TIMEOUT(true, "the model took too long to answer"),
        /** The server asked us to slow down (HTTP 429). */
        RATE_LIMITED(true, "the model server is rate-limiting us"),
        /** The server failed (HTTP 5xx). */
        SERVER_ERROR(true, "the model server failed"),
        /** The connection dropped before the reply was finished. */
        CUT_OFF(true, "the reply was cut off in the middle"),
        /** The server could not be reached at all. */
        UNREACHABLE(true, "the model server cannot be reached"),
        /** The answer could not be used (not what was asked for, or out of character). */
        MALFORMED(true, "the model's answer could not be used"),
        /** The key was refused (HTTP 401 or 403). */
        REFUSED(false, "the model server refused the API key"),
        /** The server does not know the model or the address (HTTP 404). */
        NOT_FOUND(false, "the model server does not know this model or address"),
        /** The server rejected the request (another 4xx). */
        BAD_REQUEST(false, "the model server rejected the request");

        private final boolean retriable;
        private final String description;

        Kind(boolean retriable, String description) {
            this.retriable = retriable;
            this.description = description;
        }

        /** Returns whether trying again may succeed. */
        public boolean retriable() {
            return retriable;
        }

        /** Returns what went wrong, in plain words. */
        public String description() {
            return description;
        }
    }

    public ModelFault {
        detail = detail == null ? "" : detail;
    }

    static ModelFault of(Kind kind, String detail) {
        return new ModelFault(kind, detail, Optional.empty());
    }

    /** Returns the fault in words a learner can act on. */
    public String message() {
        String wait = retryAfter
                .map(d -> " (it asked us to wait " + Math.max(1, d.toSeconds()) + " s)")
                .orElse("");
        return kind.description() + wait + (detail.isBlank() ? "" : ": " + detail);
    }
}
