package dev.spar.teams;

import dev.spar.teams.CriterionResult.Source;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/** Scores a conversation on a scorecard. */
public final class ScorecardScorer {
    private ScorecardScorer() {}

    /**
     * Scores a conversation's evidence on a card, with a coach's hand marks and overrides.
     *
     * <p>Automatic criteria are marked by their check; hand marks apply to hand criteria only (an automatic
     * criterion is corrected with an override, which keeps a reason). An override wins over both; of two
     * overrides of one criterion the later in the list wins. Marks and overrides for ids the card does not have
     * are ignored. A hand criterion nobody marked is listed in {@link ScorecardResult#unmarked()} and left out of
     * the total, as are criteria marked not applicable: the total is re-based over the rest.
     *
     * @throws IllegalArgumentException when a mark does not fit its criterion's scale (points on a yes/no
     *     criterion, or yes/no on a 1 to 5 one)
     */
    public static ScorecardResult score(
            Scorecard card, List<Evidence> evidence, Map<String, Mark> handMarks, List<Override> overrides) {
        Map<String, Override> lastOverride = new HashMap<>();
        for (Override o : overrides) {
            lastOverride.put(o.criterionId(), o);
        }
        List<CriterionResult> results = new ArrayList<>();
        List<String> unmarked = new ArrayList<>();
        for (Criterion criterion : card.criteria()) {
            CriterionResult result = scoreOne(
                    criterion,
                    evidence,
                    Optional.ofNullable(handMarks.get(criterion.id())),
                    Optional.ofNullable(lastOverride.get(criterion.id())));
            if (result.source() == Source.UNMARKED) {
                unmarked.add(criterion.id());
            }
            results.add(result);
        }
        boolean failedCritical = results.stream().anyMatch(CriterionResult::failsCard);
        return new ScorecardResult(card, results, percent(results, failedCritical), failedCritical, unmarked);
    }

    private static CriterionResult scoreOne(
            Criterion criterion, List<Evidence> evidence, Optional<Mark> hand, Optional<Override> override) {
        Optional<CheckResult> checked = criterion.check().map(c -> c.assess(criterion.scale(), evidence));
        List<Evidence> quotes = checked.map(CheckResult::quotes).orElse(List.of());
        if (override.isPresent()) {
            Override o = override.get();
            Mark mark = fitted(criterion, o.mark());
            String was = checked.map(
                            r -> " (Spar's check gave " + r.mark().label().toLowerCase(Locale.ROOT) + ")")
                    .orElse("");
            String explanation = "Set to " + mark.label().toLowerCase(Locale.ROOT) + " by " + o.by().strip() + was
                    + ": " + o.reason().strip();
            return new CriterionResult(criterion, mark, mark.share(), Source.OVERRIDE, quotes, explanation, override);
        }
        if (checked.isPresent()) {
            CheckResult r = checked.get();
            return new CriterionResult(
                    criterion, r.mark(), r.mark().share(), Source.AUTOMATIC, quotes, r.explanation(), Optional.empty());
        }
        if (hand.isPresent()) {
            Mark mark = fitted(criterion, hand.get());
            return new CriterionResult(
                    criterion,
                    mark,
                    mark.share(),
                    Source.HAND,
                    List.of(),
                    "Marked " + mark.label().toLowerCase(Locale.ROOT) + " by the coach.",
                    Optional.empty());
        }
        return new CriterionResult(
                criterion,
                Mark.notApplicable(),
                0,
                Source.UNMARKED,
                List.of(),
                "Not marked yet: a coach marks this one by hand.",
                Optional.empty());
    }

    private static Mark fitted(Criterion criterion, Mark mark) {
        if (!mark.fits(criterion.scale())) {
            String wants = criterion.scale() == Scale.YES_NO ? "yes, no" : "points from 1 to 5";
            throw new IllegalArgumentException("'" + criterion.name() + "' is marked " + wants + " or not applicable; '"
                    + mark.label() + "' does not fit it.");
        }
        return mark;
    }

    private static OptionalInt percent(List<CriterionResult> results, boolean failedCritical) {
        if (failedCritical) {
            return OptionalInt.of(0);
        }
        double earned = 0;
        int weights = 0;
        for (CriterionResult r : results) {
            if (r.counted()) {
                earned += r.points() * r.criterion().weight();
                weights += r.criterion().weight();
            }
        }
        return weights == 0 ? OptionalInt.empty() : OptionalInt.of((int) Math.round(100 * earned / weights));
    }
}
