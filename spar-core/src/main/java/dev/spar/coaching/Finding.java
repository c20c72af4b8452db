package dev.spar.coaching;

import dev.spar.analysis.FindingCategory;
import java.util.Optional;

/**
 * One point of the critique, anchored to the learner's own words.
 *
 * @param turn the turn number the quote is from
 * @param quote the learner's exact words
 * @param category what the finding is about
 * @param why why it matters here
 * @param rewrite for problems, a stronger version of the line
 */
public record Finding(int turn, String quote, FindingCategory category, String why, Optional<String> rewrite) {

    /** Returns whether this is a problem to fix. */
    public boolean isProblem() {
        return category.isProblem();
    }
}
