package dev.spar.teams;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * Where a learner stands on an assignment.
 *
 * @param status the status a coach filters on
 * @param attemptsUsed the ended attempts that count (at most the attempts allowed); runs still going are not
 *     counted
 * @param bestScore the best score of the attempts that count
 * @param attemptsLeft attempts still allowed; empty when there is no limit
 * @param failed whether it is over without a pass: the attempts ran out, or the due date passed with no pass
 * @param summary one line, such as "Passed with 82 on attempt 2 of 3"
 */
public record Standing(
        AssignmentStatus status,
        int attemptsUsed,
        OptionalInt bestScore,
        OptionalInt attemptsLeft,
        boolean failed,
        String summary) {
    public Standing {
        Objects.requireNonNull(status, "status");
        if (attemptsUsed < 0) {
            throw new IllegalArgumentException("attempts used cannot be negative, was " + attemptsUsed);
        }
        Objects.requireNonNull(bestScore, "bestScore");
        Objects.requireNonNull(attemptsLeft, "attemptsLeft");
        Objects.requireNonNull(summary, "summary");
    }
}
