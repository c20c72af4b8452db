package dev.spar.analysis;

/**
 * A stretch of an utterance, by character offsets.
 *
 * @param start first character, inclusive
 * @param end last character, exclusive
 */
public record Span(int start, int end) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    /** Returns whether the two spans share at least one character. */
    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    /** Returns the text this span covers in an utterance. */
    public String of(String utterance) {
        return utterance.substring(start, end);
    }
}
