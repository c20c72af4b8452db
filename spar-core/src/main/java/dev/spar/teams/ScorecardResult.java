package dev.spar.teams;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A conversation scored on a scorecard.
 *
 * @param card the scorecard
 * @param results one per criterion, in the card's order
 * @param percent 0 to 100, weighted over the criteria that apply and are marked; 0 when a critical criterion
 *     failed; empty when none applies
 * @param failedCritical whether a critical criterion failed, which fails the card
 * @param unmarked the ids of hand criteria nobody has marked yet, left out of the total
 */
public record ScorecardResult(
        Scorecard card,
        List<CriterionResult> results,
        OptionalInt percent,
        boolean failedCritical,
        List<String> unmarked) {
    public ScorecardResult {
        Objects.requireNonNull(card, "card");
        results = List.copyOf(results);
        Objects.requireNonNull(percent, "percent");
        if (percent.isPresent() && (percent.getAsInt() < 0 || percent.getAsInt() > 100)) {
            throw new IllegalArgumentException("percent is 0 to 100, was " + percent.getAsInt());
        }
        unmarked = List.copyOf(unmarked);
    }

    /** Returns whether the card passed: no critical failure, and a percent of at least {@code minPercent}. */
    public boolean passed(int minPercent) {
        return !failedCritical && percent.isPresent() && percent.getAsInt() >= minPercent;
    }

    /** Returns whether every hand criterion has been marked. */
    public boolean complete() {
        return unmarked.isEmpty();
    }

    /** Returns the result of the criterion with this id. */
    public Optional<CriterionResult> result(String criterionId) {
        return results.stream()
                .filter(r -> r.criterion().id().equals(criterionId))
                .findFirst();
    }

    /** Returns the critical criteria that failed the card. */
    public List<CriterionResult> criticalFailures() {
        return results.stream().filter(CriterionResult::failsCard).toList();
    }
}
