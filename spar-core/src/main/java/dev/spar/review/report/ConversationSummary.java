package dev.spar.review.report;

import dev.spar.analysis.FindingCategory;
import dev.spar.review.Checklist;
import dev.spar.review.ConversationReview;
import dev.spar.review.ReviewFinding;
import dev.spar.review.TurningPoint;
import dev.spar.review.Utterance;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What the team report needs of one reviewed conversation: small enough to ship between machines instead of the
 * whole review.
 *
 * @param source where the conversation came from (the file)
 * @param agent the agent's name as the file gives it (after redaction)
 * @param date the day it took place, when the file tells
 * @param agentTurns how many turns the agent took
 * @param turnsWithProblems how many of them had at least one problem
 * @param problems per problem category, how many agent turns had it
 * @param score the review's score, 0 to 100
 * @param checklist each checklist step and whether it was covered, in the checklist's order
 * @param worst the conversation's worst moments, worst first, at most {@link #MOMENTS}
 */
public record ConversationSummary(
        String source,
        String agent,
        Optional<LocalDate> date,
        int agentTurns,
        int turnsWithProblems,
        SortedMap<FindingCategory, Integer> problems,
        int score,
        List<Step> checklist,
        List<Moment> worst) {
    /** The most moments a summary (and a report) keeps. */
    public static final int MOMENTS = 10;

    /**
     * One checklist step of one conversation.
     *
     * @param id the step's identifier
     * @param label what it is called
     * @param covered whether an agent turn covered it
     */
    public record Step(String id, String label, boolean covered) {
        public Step {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(label, "label");
        }
    }

    public ConversationSummary {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(agent, "agent");
        Objects.requireNonNull(date, "date");
        if (turnsWithProblems < 0 || turnsWithProblems > agentTurns) {
            throw new IllegalArgumentException(
                    turnsWithProblems + " turns with problems out of " + agentTurns + " agent turns");
        }
        problems = Collections.unmodifiableSortedMap(new TreeMap<>(problems));
        for (var e : problems.entrySet()) {
            if (!e.getKey().isProblem() || e.getValue() < 1 || e.getValue() > turnsWithProblems) {
                throw new IllegalArgumentException(
                        e.getKey().id() + " counted on " + e.getValue() + " turns of " + turnsWithProblems);
            }
        }
        if (score < 0 || score > 100) {
            throw new IllegalArgumentException("score is 0 to 100, was " + score);
        }
        checklist = List.copyOf(checklist);
        worst = Moment.worstOf(worst, MOMENTS);
    }

    /** Sums up a review, under the agent's name as the transcript gives it. */
    public static ConversationSummary of(ConversationReview review) {
        return of(review, review.transcript().agent());
    }

    /**
     * Sums up a review under this agent's name: the import's, when redaction has replaced the speakers' names in
     * the transcript with placeholders, so that a team's report still tells its agents apart.
     */
    public static ConversationSummary of(ConversationReview review, String agent) {
        var transcript = review.transcript();
        String source = transcript.source();
        List<Utterance> turns = transcript.turns();

        Map<Integer, List<ReviewFinding>> problemsByTurn = new LinkedHashMap<>();
        for (ReviewFinding f : review.problems()) {
            problemsByTurn.computeIfAbsent(f.turn(), t -> new ArrayList<>()).add(f);
        }
        SortedMap<FindingCategory, Integer> problems = new TreeMap<>();
        for (List<ReviewFinding> atTurn : problemsByTurn.values()) {
            Set<FindingCategory> distinct = new LinkedHashSet<>();
            atTurn.forEach(f -> distinct.add(f.category()));
            distinct.forEach(c -> problems.merge(c, 1, Integer::sum));
        }

        Map<Integer, Integer> riseAfter = new TreeMap<>();
        for (TurningPoint p : review.turningPoints()) {
            if (p.angrier() && p.agentTurn() > 0) {
                riseAfter.merge(p.agentTurn(), p.to() - p.from(), Math::max);
            }
        }
        List<Moment> moments = new ArrayList<>();
        problemsByTurn.forEach((turn, atTurn) -> {
            ReviewFinding first = atTurn.getFirst();
            List<FindingCategory> categories =
                    atTurn.stream().map(ReviewFinding::category).distinct().toList();
            moments.add(new Moment(
                    source,
                    agent,
                    turn,
                    categories,
                    first.quote(),
                    first.why(),
                    first.rewrite().orElse(""),
                    riseAfter.getOrDefault(turn, 0)));
        });
        riseAfter.forEach((turn, rise) -> {
            if (!problemsByTurn.containsKey(turn)) {
                moments.add(new Moment(
                        source,
                        agent,
                        turn,
                        List.of(),
                        turns.get(turn - 1).text(),
                        "The customer got clearly angrier right after this turn.",
                        "",
                        rise));
            }
        });

        int agentTurns = (int)
                turns.stream().filter(u -> u.byAgent() && !u.text().isBlank()).count();
        List<Step> steps =
                review.checklist().stream().map(ConversationSummary::step).toList();
        return new ConversationSummary(
                source,
                agent,
                transcript.date(),
                Math.max(agentTurns, problemsByTurn.size()),
                problemsByTurn.size(),
                problems,
                review.score(),
                steps,
                moments);
    }

    private static Step step(Checklist.Coverage c) {
        return new Step(c.item().id(), c.item().label(), c.covered());
    }
}
