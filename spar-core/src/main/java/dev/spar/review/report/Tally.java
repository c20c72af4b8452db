package dev.spar.review.report;

import dev.spar.analysis.FindingCategory;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Counts over a set of conversations (all of them, one agent's, one week's), from which rates are derived.
 *
 * @param conversations how many conversations
 * @param agentTurns how many agent turns they hold
 * @param turnsWithProblems how many of those turns had at least one problem
 * @param scoreSum the sum of the conversations' scores
 * @param problems per problem category, how many agent turns had it
 */
public record Tally(
        long conversations,
        long agentTurns,
        long turnsWithProblems,
        long scoreSum,
        SortedMap<FindingCategory, Long> problems) {
    /** Nothing counted. */
    public static final Tally NONE = new Tally(0, 0, 0, 0, new TreeMap<>());

    public Tally {
        if (conversations < 0 || agentTurns < 0 || turnsWithProblems < 0 || scoreSum < 0) {
            throw new IllegalArgumentException("counts are never negative");
        }
        if (turnsWithProblems > agentTurns) {
            throw new IllegalArgumentException(
                    turnsWithProblems + " turns with problems out of " + agentTurns + " agent turns");
        }
        problems = Collections.unmodifiableSortedMap(new TreeMap<>(problems));
    }

    /** Returns the counts of one conversation. */
    static Tally of(ConversationSummary s) {
        SortedMap<FindingCategory, Long> problems = new TreeMap<>();
        s.problems().forEach((c, n) -> problems.put(c, (long) n));
        return new Tally(1, s.agentTurns(), s.turnsWithProblems(), s.score(), problems);
    }

    /** Returns the counts of both. */
    public Tally plus(Tally other) {
        SortedMap<FindingCategory, Long> sum = new TreeMap<>(problems);
        other.problems.forEach((c, n) -> sum.merge(c, n, Long::sum));
        return new Tally(
                conversations + other.conversations,
                agentTurns + other.agentTurns,
                turnsWithProblems + other.turnsWithProblems,
                scoreSum + other.scoreSum,
                sum);
    }

    /** Returns the share of agent turns with this problem, 0 to 1 (0 when there are no agent turns). */
    public double rate(FindingCategory category) {
        return share(problems.getOrDefault(category, 0L), agentTurns);
    }

    /** Returns the share of agent turns with this problem, per category, for the categories seen. */
    public SortedMap<FindingCategory, Double> rates() {
        SortedMap<FindingCategory, Double> out = new TreeMap<>();
        problems.keySet().forEach(c -> out.put(c, rate(c)));
        return Collections.unmodifiableSortedMap(out);
    }

    /** Returns the share of agent turns with at least one problem, 0 to 1. */
    public double problemRate() {
        return share(turnsWithProblems, agentTurns);
    }

    /** Returns the mean score, 0 to 100 (0 when there are no conversations). */
    public double meanScore() {
        return share(scoreSum, conversations);
    }

    private static double share(long part, long whole) {
        return whole == 0 ? 0 : part / (double) whole;
    }

    /** Adds a tally under a key of a map, summing with what is there. */
    static <K> void add(Map<K, Tally> map, K key, Tally t) {
        map.merge(key, t, Tally::plus);
    }
}
