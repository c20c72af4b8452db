package dev.spar.transcripts.redaction;

import java.util.Objects;

/**
 * A piece of personal data found in a text.
 *
 * @param start where it starts (inclusive)
 * @param end where it ends (exclusive)
 * @param type what it is
 * @param key the same for the same item written differently (digits of a number, an address in lower case), so it
 *     gets the same placeholder
 */
public record Span(int start, int end, PiiType type, String key) {
    public Span {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(key, "key");
    }

    int length() {
        return end - start;
    }

    boolean overlaps(Span o) {
        return start < o.end && o.start < end;
    }
}
