package dev.spar.teams;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How one criterion was scored, and why.
 *
 * @param criterion the criterion
 * @param mark its mark; not applicable (with source {@link Source#UNMARKED}) while a hand criterion is unmarked
 * @param points the share of the criterion's weight earned, 0 to 1 (see {@link Mark#share()})
 * @param source where the mark came from
 * @param quotes the evidence that decided it, problems first; empty for a hand criterion
 * @param explanation one sentence a learner reads, quoting their words where there are any
 * @param override the override that set the mark, if any
 */
public record CriterionResult(
        Criterion criterion,
        Mark mark,
        double points,
        Source source,
        List<Evidence> quotes,
        String explanation,
        Optional<Override> override) {

    /** Where a mark came from. */
    public enum Source {
        /** Spar's check, from the findings. */
        AUTOMATIC,
        /** A coach marked a hand criterion. */
        HAND,
        /** A coach overrode the mark, with a reason. */
        OVERRIDE,
        /** A hand criterion nobody has marked yet; it is left out of the total. */
        UNMARKED
    }

    public CriterionResult {
        Objects.requireNonNull(criterion, "criterion");
        Objects.requireNonNull(mark, "mark");
        if (points < 0 || points > 1) {
            throw new IllegalArgumentException("points are 0 to 1, was " + points);
        }
        Objects.requireNonNull(source, "source");
        quotes = List.copyOf(quotes);
        Objects.requireNonNull(explanation, "explanation");
        Objects.requireNonNull(override, "override");
        if (override.isPresent() != (source == Source.OVERRIDE)) {
            throw new IllegalArgumentException("an override is present exactly when the source is OVERRIDE");
        }
    }

    /** Returns whether it counts towards the total: marked, and not "not applicable". */
    public boolean counted() {
        return source != Source.UNMARKED && mark.applicable();
    }

    /** Returns whether it fails the whole card: a critical criterion marked no, or 1 or 2 of 5. */
    public boolean failsCard() {
        return criterion.critical() && source != Source.UNMARKED && mark.failsCritical();
    }
}
