package dev.spar.review.report;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A team's conversations summed up: how often each problem comes up, overall, per agent and per week; the
 * worst moments quoted; how often each checklist step is covered; how the scores spread; and the files that
 * could not be reviewed.
 *
 * <p>Reports {@link #merge merge} associatively and commutatively, with {@link #EMPTY} as the identity: a
 * sequential fold, a parallel reduce and a map/reduce over any partitioning give equal reports. Everything is
 * kept as counts; rates are derived.
 *
 * @param overall the counts over all conversations reviewed
 * @param agents the counts per agent, by the agent's name
 * @param weeks the counts per ISO week ("2026-W49") of the conversations that have a date
 * @param checklist each checklist step's coverage, by step id
 * @param worst the worst moments, worst first, at most {@link ConversationSummary#MOMENTS}, an agent's same words
 *     once
 * @param scores how many conversations scored 0-9, 10-19, ... 90-100 (ten buckets)
 * @param skipped the files that could not be reviewed, by source
 */
public record TeamReport(
        Tally overall,
        SortedMap<String, Tally> agents,
        SortedMap<String, Tally> weeks,
        SortedMap<String, StepTally> checklist,
        List<Moment> worst,
        List<Long> scores,
        List<Skipped> skipped) {
    /** How many buckets the score distribution has. */
    public static final int SCORE_BUCKETS = 10;

    /** The report of nothing: merging it changes nothing. */
    public static final TeamReport EMPTY = new TeamReport(
            Tally.NONE,
            new TreeMap<>(),
            new TreeMap<>(),
            new TreeMap<>(),
            List.of(),
            Collections.nCopies(SCORE_BUCKETS, 0L),
            List.of());

    public TeamReport {
        Objects.requireNonNull(overall, "overall");
        agents = Collections.unmodifiableSortedMap(new TreeMap<>(agents));
        weeks = Collections.unmodifiableSortedMap(new TreeMap<>(weeks));
        checklist = Collections.unmodifiableSortedMap(new TreeMap<>(checklist));
        worst = Moment.worstOf(worst, ConversationSummary.MOMENTS);
        scores = List.copyOf(scores);
        if (scores.size() != SCORE_BUCKETS) {
            throw new IllegalArgumentException(
                    "the score distribution has " + SCORE_BUCKETS + " buckets, not " + scores.size());
        }
        skipped = skipped.stream().sorted(Skipped.ORDER).toList();
    }

    /** Returns the report of one conversation. */
    public static TeamReport of(ConversationSummary s) {
        Tally t = Tally.of(s);
        SortedMap<String, Tally> weeks = new TreeMap<>();
        s.date().ifPresent(d -> weeks.put(week(d), t));
        SortedMap<String, StepTally> steps = new TreeMap<>();
        for (int i = 0; i < s.checklist().size(); i++) {
            ConversationSummary.Step step = s.checklist().get(i);
            steps.merge(
                    step.id(),
                    new StepTally(i, step.id(), step.label(), step.covered() ? 1 : 0, 1),
                    (a, b) -> new StepTally(
                            Math.min(a.position(), b.position()),
                            a.id(),
                            a.label(),
                            Math.max(a.covered(), b.covered()),
                            1));
        }
        List<Long> scores = new ArrayList<>(Collections.nCopies(SCORE_BUCKETS, 0L));
        scores.set(bucket(s.score()), 1L);
        return new TeamReport(
                t, new TreeMap<>(java.util.Map.of(s.agent(), t)), weeks, steps, s.worst(), scores, List.of());
    }

    /** Returns the report of a file that could not be reviewed: it counts in nothing but the skipped list. */
    public static TeamReport skipped(String source, String message) {
        return new TeamReport(
                Tally.NONE,
                new TreeMap<>(),
                new TreeMap<>(),
                new TreeMap<>(),
                List.of(),
                EMPTY.scores,
                List.of(new Skipped(source, message)));
    }

    /** Returns the report of both: the counts added, the worst moments of both, the skipped files of both. */
    public TeamReport merge(TeamReport other) {
        SortedMap<String, Tally> a = new TreeMap<>(agents);
        other.agents.forEach((k, v) -> Tally.add(a, k, v));
        SortedMap<String, Tally> w = new TreeMap<>(weeks);
        other.weeks.forEach((k, v) -> Tally.add(w, k, v));
        SortedMap<String, StepTally> c = new TreeMap<>(checklist);
        other.checklist.forEach((k, v) -> c.merge(k, v, StepTally::plus));
        List<Long> s = new ArrayList<>(SCORE_BUCKETS);
        for (int i = 0; i < SCORE_BUCKETS; i++) {
            s.add(scores.get(i) + other.scores.get(i));
        }
        return new TeamReport(
                overall.plus(other.overall),
                a,
                w,
                c,
                Stream.concat(worst.stream(), other.worst.stream()).toList(),
                s,
                Stream.concat(skipped.stream(), other.skipped.stream()).toList());
    }

    /** Returns how many conversations were reviewed. */
    public long conversations() {
        return overall.conversations();
    }

    /** Returns how many reviewed conversations had no date (and so are in no week). */
    public long undated() {
        return overall.conversations()
                - weeks.values().stream().mapToLong(Tally::conversations).sum();
    }

    /** Returns the checklist steps in the checklist's order. */
    public List<StepTally> steps() {
        return checklist.values().stream()
                .sorted(Comparator.comparingInt(StepTally::position).thenComparing(StepTally::id))
                .toList();
    }

    /** Returns the ISO week a day is in, as "2026-W49". */
    public static String week(LocalDate day) {
        return String.format(
                Locale.ROOT,
                "%d-W%02d",
                day.get(IsoFields.WEEK_BASED_YEAR),
                day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** Returns the score bucket of a score: 0 for 0-9, ..., 9 for 90-100. */
    static int bucket(int score) {
        return Math.min(score / 10, SCORE_BUCKETS - 1);
    }
}
