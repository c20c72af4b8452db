package dev.spar.teams;

import dev.spar.analysis.FindingCategory;
import dev.spar.coaching.Critique;
import dev.spar.review.ConversationReview;
import java.util.List;
import java.util.Objects;

/**
 * One finding reduced to what a scorecard reads: where it was, what it is about, and the learner's words.
 *
 * @param turn the turn the quote is from, counting from 1
 * @param category what it is about; its kind tells a problem from a strength
 * @param quote the learner's (or agent's) exact words
 */
public record Evidence(int turn, FindingCategory category, String quote) {
    public Evidence {
        if (turn < 1) {
            throw new IllegalArgumentException("turns count from 1, was " + turn);
        }
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(quote, "quote");
    }

    /** Returns the evidence of a practice run's critique, problems and strengths, in transcript order. */
    public static List<Evidence> of(Critique critique) {
        return critique.findings().stream()
                .map(f -> new Evidence(f.turn(), f.category(), f.quote()))
                .toList();
    }

    /** Returns the evidence of a real conversation's review, problems and strengths, in turn order. */
    public static List<Evidence> of(ConversationReview review) {
        return review.findings().stream()
                .map(f -> new Evidence(f.turn(), f.category(), f.quote()))
                .toList();
    }

    /** Returns whether this is a problem (else a strength). */
    public boolean isProblem() {
        return category.isProblem();
    }
}
