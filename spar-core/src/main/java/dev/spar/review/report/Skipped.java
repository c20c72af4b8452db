package dev.spar.review.report;

import java.util.Comparator;
import java.util.Objects;

/**
 * A file the batch could not review, and why; the batch goes on without it.
 *
 * @param source the file
 * @param message what was wrong with it, for the person who made it
 */
public record Skipped(String source, String message) {
    static final Comparator<Skipped> ORDER =
            Comparator.comparing(Skipped::source).thenComparing(Skipped::message);

    public Skipped {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(message, "message");
    }
}
