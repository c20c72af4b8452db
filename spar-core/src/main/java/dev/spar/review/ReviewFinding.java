package dev.spar.review;

import dev.spar.analysis.FindingCategory;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One point of a review, anchored to the agent's own words.
 *
 * @param turn the turn the quote is from, counting from 1 in the transcript's order
 * @param category what it is about; its kind tells a problem from a strength
 * @param quote the agent's exact words
 * @param why why it matters at this moment of this conversation
 * @param rewrite for a problem, a stronger version of the agent's turn
 */
public record ReviewFinding(int turn, FindingCategory category, String quote, String why, Optional<String> rewrite) {
    public ReviewFinding {
        if (turn < 1) {
            throw new IllegalArgumentException("turns count from 1, was " + turn);
        }
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(why, "why");
        Objects.requireNonNull(rewrite, "rewrite");
    }

    /**
     * Returns whether this finding says what the one shown just before it says, so that only its quote is news:
     * "Calm down" and "no need to get worked up" in one turn are one dismissal with one rewrite, not the same advice
     * twice.
     *
     * @param before the finding shown just before this one, or null for the first
     */
    public boolean repeats(ReviewFinding before) {
        return before != null
                && before.turn == turn
                && before.category == category
                && before.why.equals(why)
                && before.rewrite.equals(rewrite);
    }

    /**
     * Returns whether this finding's rewrite is shown with it. A turn with several problems gets one rewrite that
     * fixes them all: it is shown once, after the last finding it answers, not repeated under each.
     *
     * @param shown the findings of this turn in the order shown
     * @param at this finding's place among them
     */
    public boolean showsRewrite(List<ReviewFinding> shown, int at) {
        return rewrite.isPresent()
                && shown.subList(at + 1, shown.size()).stream().noneMatch(f -> f.rewrite.equals(rewrite));
    }

    /**
     * Returns how many kinds of problem of the turn, up to this finding, the rewrite shown here answers: more than
     * one when a rewrite fixes several problems at once.
     *
     * @param shown the findings of this turn in the order shown
     * @param at this finding's place among them
     */
    public int rewriteAnswers(List<ReviewFinding> shown, int at) {
        return (int) shown.subList(0, at + 1).stream()
                .filter(f -> f.rewrite.isPresent() && f.rewrite.equals(rewrite))
                .map(ReviewFinding::category)
                .distinct()
                .count();
    }

    /** Returns whether this is a problem to fix (else a strength to reuse). */
    public boolean isProblem() {
        return category.isProblem();
    }
}
