package dev.spar.teams;

import java.util.Objects;

/**
 * A coach's correction of one criterion's mark, with the reason a learner will read.
 *
 * <p>Its name shadows {@code java.lang.Override} in this package and wherever it is imported by name: write
 * {@code @java.lang.Override} there, or refer to this type as {@code dev.spar.teams.Override}.
 *
 * @param criterionId the id of the criterion it corrects
 * @param mark the mark it sets, which wins over the automatic or hand mark
 * @param reason why, 1 to 500 characters
 * @param by who made it
 */
public record Override(String criterionId, Mark mark, String reason, String by) {
    public Override {
        Objects.requireNonNull(criterionId, "criterionId");
        Objects.requireNonNull(mark, "mark");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(by, "by");
        if (reason.isBlank()) {
            throw new IllegalArgumentException(
                    "An override of '" + criterionId + "' needs a reason, for the learner to read.");
        }
        if (reason.length() > 500) {
            throw new IllegalArgumentException("The reason for overriding '" + criterionId + "' has " + reason.length()
                    + " characters; the most is 500.");
        }
        if (by.isBlank()) {
            throw new IllegalArgumentException("An override of '" + criterionId + "' needs who made it.");
        }
    }
}
