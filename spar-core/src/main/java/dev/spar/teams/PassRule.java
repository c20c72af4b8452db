package dev.spar.teams;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * What passing an assignment takes.
 *
 * @param minScore the score an attempt needs to pass, 0 to 100; empty when any finished attempt does
 * @param attemptsAllowed how many attempts count, 1 to 50; empty when there is no limit
 */
public record PassRule(OptionalInt minScore, OptionalInt attemptsAllowed) {
    public PassRule {
        Objects.requireNonNull(minScore, "minScore");
        Objects.requireNonNull(attemptsAllowed, "attemptsAllowed");
        if (minScore.isPresent() && (minScore.getAsInt() < 0 || minScore.getAsInt() > 100)) {
            throw new IllegalArgumentException(
                    "The score to pass is 0 to 100, it was set to " + minScore.getAsInt() + ".");
        }
        if (attemptsAllowed.isPresent() && (attemptsAllowed.getAsInt() < 1 || attemptsAllowed.getAsInt() > 50)) {
            throw new IllegalArgumentException(
                    "The attempts allowed are 1 to 50, it was set to " + attemptsAllowed.getAsInt() + ".");
        }
    }

    /** Returns no rule: any finished attempt completes it, as many attempts as the learner likes. */
    public static PassRule none() {
        return new PassRule(OptionalInt.empty(), OptionalInt.empty());
    }

    /** Returns a rule needing this score, with this many attempts. */
    public static PassRule of(int minScore, int attemptsAllowed) {
        return new PassRule(OptionalInt.of(minScore), OptionalInt.of(attemptsAllowed));
    }

    /** Returns a rule needing this score, with no limit on attempts. */
    public static PassRule minScore(int minScore) {
        return new PassRule(OptionalInt.of(minScore), OptionalInt.empty());
    }
}
