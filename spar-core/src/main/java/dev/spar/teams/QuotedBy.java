package dev.spar.teams;

import java.util.Objects;

/**
 * A learner's words, with who said them.
 *
 * @param person who said it
 * @param quote their exact words
 */
public record QuotedBy(String person, String quote) {
    public QuotedBy {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(quote, "quote");
    }
}
