package dev.spar.eval;

import dev.spar.analysis.Analyzer;
import dev.spar.coaching.Coach;
import dev.spar.coaching.Finding;
import dev.spar.coaching.LineFacts;
import dev.spar.scenario.Scenario;
import dev.spar.simulation.Practice;
import dev.spar.simulation.PracticeSettings;
import dev.spar.simulation.Speaker;
import dev.spar.simulation.Turn;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Runs critique items: does the coach flag on a learner line what a coach would, and nothing on a good line; and
 * does each rewrite it offers fix the line without losing its facts.
 */
public final class CritiqueLines {

    private CritiqueLines() {}

    /** Critiques an item's line in its conversation. */
    @FunctionalInterface
    public interface Critic {
        /**
         * Returns the findings on the item's line.
         *
         * @throws IllegalStateException if the item cannot be run, e.g. the conversation ended in its context
         */
        List<LineFinding> critique(CritiqueItem item);
    }

    /**
     * Returns a critic that replays the item's context with a real {@link Practice} (the item's counterpart lines
     * said in place of the simulator's words), says the line, ends the run and asks the {@link Coach}.
     */
    public static Critic practice(Function<String, Optional<Scenario>> scenarios, Analyzer analyzer) {
        Coach coach = new Coach();
        return item -> {
            Scenario scenario = scenarios
                    .apply(item.scenario())
                    .orElseThrow(() -> new IllegalStateException("no scenario '" + item.scenario() + "'"));
            Practice run = contextRun(scenario, item, analyzer);
            Turn said = run.say(item.line()).said();
            run.end();
            List<Finding> critique = coach.critique(run).findings();
            Set<String> before = lineProblems(critique, said.number());
            List<LineFinding> findings = new ArrayList<>();
            for (Finding f : critique) {
                if (f.turn() != said.number()) {
                    continue;
                }
                Optional<RewriteCheck> check = f.isProblem()
                                && !FlagIds.isConversationLevel(f.category().id())
                                && f.rewrite().isPresent()
                        ? Optional.of(check(
                                scenario,
                                item,
                                analyzer,
                                coach,
                                before,
                                f.rewrite().get(),
                                f.category().id(),
                                f.quote()))
                        : Optional.empty();
                findings.add(new LineFinding(f.category().id(), f.isProblem(), f.quote(), f.rewrite(), check));
            }
            return findings;
        };
    }

    /** Runs every item and collects the outcomes in order; an item that cannot be run is reported with why. */
    public static CritiqueReport run(Split split, List<CritiqueItem> items, Critic critic) {
        List<LineOutcome> outcomes = new ArrayList<>();
        for (CritiqueItem item : items) {
            try {
                outcomes.add(new LineOutcome(item, critic.critique(item), Optional.empty()));
            } catch (IllegalStateException e) {
                outcomes.add(new LineOutcome(item, List.of(), Optional.of(e.getMessage())));
            }
        }
        return new CritiqueReport(split, outcomes);
    }

    private static RewriteCheck check(
            Scenario scenario,
            CritiqueItem item,
            Analyzer analyzer,
            Coach coach,
            Set<String> before,
            String rewrite,
            String category,
            String flagged) {
        Practice run = contextRun(scenario, item, analyzer);
        int turn = run.say(rewrite).said().number();
        run.end();
        Set<String> after = lineProblems(coach.critique(run).findings(), turn);
        List<String> added = after.stream().filter(c -> !before.contains(c)).toList();
        List<String> theirs = item.context().stream()
                .filter(l -> l.speaker() == Speaker.COUNTERPART)
                .map(ContextLine::text)
                .toList();
        // A policy-first line is fixed by what comes first, and its quote can be the rule itself, which stays.
        List<String> ownWords = flagged.strip().split("\\s+").length >= 3 && !category.equals("policy-first")
                ? List.of(flagged)
                : List.of();
        return new RewriteCheck(
                rewrite,
                after.size() < before.size(),
                added,
                LineFacts.lost(item.line(), rewrite, scenario),
                RewriteQuality.flaws(item.line(), rewrite, theirs, ownWords));
    }

    private static Practice contextRun(Scenario scenario, CritiqueItem item, Analyzer analyzer) {
        return ScriptedConversation.replay(
                scenario, PracticeSettings.of(item.seed(), item.difficulty()), analyzer, item.context());
    }

    /**
     * Returns the problems the coach finds in one line's own words (phrase habits and content alike), leaving out
     * the conversation-level findings that a run ended right after the line would pin on it.
     */
    private static Set<String> lineProblems(List<Finding> findings, int turn) {
        Set<String> ids = new LinkedHashSet<>();
        findings.stream()
                .filter(f -> f.turn() == turn && f.isProblem())
                .map(f -> f.category().id())
                .filter(id -> !FlagIds.isConversationLevel(id))
                .forEach(ids::add);
        return ids;
    }
}
