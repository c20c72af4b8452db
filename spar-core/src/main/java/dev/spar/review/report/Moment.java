package dev.spar.review.report;

import dev.spar.analysis.FindingCategory;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * One of the agent's turns that mattered: it had problems, or the customer got clearly angrier right after it.
 *
 * @param source the conversation it is from
 * @param agent the agent who said it
 * @param turn the agent's turn, counting from 1 in the conversation
 * @param categories the problems found at that turn, in the order found; empty when only the customer's
 *     reaction makes it a moment
 * @param quote the agent's words: the first problem's quote, or the whole turn
 * @param why why it matters
 * @param rewrite a stronger version of the turn; empty when there is none
 * @param rise how much the customer's intensity rose right after it (0 to 100)
 */
public record Moment(
        String source,
        String agent,
        int turn,
        List<FindingCategory> categories,
        String quote,
        String why,
        String rewrite,
        int rise) {
    /** Weight of one problem in the severity, against one point of the customer's intensity rise. */
    static final int PER_PROBLEM = 10;

    /** Worst first: by severity, then the larger rise, then by source and turn so that the order is total. */
    static final Comparator<Moment> WORST_FIRST = Comparator.comparingInt(Moment::severity)
            .reversed()
            .thenComparing(Comparator.comparingInt(Moment::rise).reversed())
            .thenComparing(Moment::source)
            .thenComparingInt(Moment::turn)
            .thenComparing(Moment::quote)
            .thenComparing(Moment::agent)
            .thenComparing(Moment::why)
            .thenComparing(Moment::rewrite)
            .thenComparing(m -> m.categories().toString());

    public Moment {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(agent, "agent");
        if (turn < 1) {
            throw new IllegalArgumentException("turns count from 1, was " + turn);
        }
        categories = List.copyOf(categories);
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(why, "why");
        Objects.requireNonNull(rewrite, "rewrite");
        if (rise < 0 || rise > 100) {
            throw new IllegalArgumentException("the rise is 0 to 100, was " + rise);
        }
    }

    /**
     * Returns the worst moments, worst first, at most {@code limit}, an agent's same words counted once (at their
     * worst): ten moments of one habit in one phrase would hide the rest. Exact under merging: the worst moments of
     * the union are the worst of the parts' worst moments.
     */
    static List<Moment> worstOf(Collection<Moment> moments, int limit) {
        Set<String> seen = new HashSet<>();
        return moments.stream()
                .sorted(WORST_FIRST)
                .filter(m -> seen.add(m.agent() + "\n" + m.quote().strip().toLowerCase(Locale.ROOT)))
                .limit(limit)
                .toList();
    }

    /** Returns how bad it was: ten points per problem at the turn, plus the customer's intensity rise after it. */
    public int severity() {
        return PER_PROBLEM * categories.size() + rise;
    }
}
