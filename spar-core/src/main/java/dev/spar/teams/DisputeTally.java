package dev.spar.teams;

import dev.spar.analysis.FindingCategory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * How the disputes of one category of finding went: how far a team can trust Spar's reading of it.
 *
 * @param category the category of the findings disputed
 * @param upheld disputes the coach settled for Spar
 * @param overturned disputes the coach settled for the learner
 * @param open disputes not settled yet
 */
public record DisputeTally(FindingCategory category, int upheld, int overturned, int open) {
    public DisputeTally {
        if (upheld < 0 || overturned < 0 || open < 0) {
            throw new IllegalArgumentException("counts cannot be negative");
        }
    }

    /** Returns the share of settled disputes that were upheld, 0 to 1; empty when none is settled. */
    public OptionalDouble upheldShare() {
        int settled = upheld + overturned;
        return settled == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) upheld / settled);
    }

    /** Returns how many disputes there were in all. */
    public int total() {
        return upheld + overturned + open;
    }

    /**
     * Tallies disputes per category, the most disputed first (then in the category's own order).
     *
     * <p>Only categories with at least one dispute are listed.
     */
    public static List<DisputeTally> tally(List<Dispute> disputes) {
        Map<FindingCategory, int[]> counts = new EnumMap<>(FindingCategory.class);
        for (Dispute d : disputes) {
            counts.computeIfAbsent(d.category(), c -> new int[DisputeState.values().length])[
                    d.state().ordinal()]++;
        }
        List<DisputeTally> tallies = new ArrayList<>();
        counts.forEach((category, n) -> tallies.add(new DisputeTally(
                category,
                n[DisputeState.UPHELD.ordinal()],
                n[DisputeState.OVERTURNED.ordinal()],
                n[DisputeState.OPEN.ordinal()])));
        tallies.sort(Comparator.comparingInt(DisputeTally::total).reversed().thenComparing(DisputeTally::category));
        return List.copyOf(tallies);
    }
}
