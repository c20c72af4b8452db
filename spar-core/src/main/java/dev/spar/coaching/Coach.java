package dev.spar.coaching;

import dev.spar.analysis.Analyzer;
import dev.spar.analysis.RuleAnalyzer;
import dev.spar.simulation.Practice;
import dev.spar.simulation.Turn;
import dev.spar.understanding.ConversationMemory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Reviews the learner's side of a run and gives hints during one.
 *
 * <p>Every finding quotes the learner; nothing is said about a turn that is not in the transcript. Lines are read
 * both for how they are said (the analysis's moves and habits) and for what they say (the run's {@link
 * ConversationMemory}): giving ground, sarcasm, accusations, asides at a bad moment, questions already answered,
 * blaming someone else and false hope are problems even when no phrase rule names them.
 */
public final class Coach {
    private final Analyzer checker;

    /** Creates a coach that checks its rewrites with the standard analysis. */
    public Coach() {
        this(new RuleAnalyzer());
    }

    /**
     * Creates a coach that checks its rewrites with this analyzer: a rewrite is offered only if this analysis
     * finds fewer problems in it than in the line, and none new.
     */
    public Coach(Analyzer checker) {
        this.checker = Objects.requireNonNull(checker, "checker");
    }

    /**
     * Reviews a run, finished or not. A run stopped for safety is not reviewed: its critique is empty (see {@link
     * Critique#isReviewed()}), so none of its lines is scored or quoted back as a habit.
     */
    public Critique critique(Practice practice) {
        if (!practice.outcome().isReviewed()) {
            return Critique.none(practice.outcome());
        }
        RunView run = new RunView(practice, checker);
        Rewriter rewriter = new Rewriter(run);
        List<Turn> learner = run.learnerTurns();
        List<Finding> findings = new ArrayList<>();
        LineFindings.phrases(run, rewriter, learner, findings);
        LineFindings.content(run, rewriter, learner, findings);
        LineFindings.likeCoached(run, rewriter, learner, findings);
        // One finding for the same words, under the more telling name (see NamedBetter).
        NamedBetter.keepBetterNamed(findings);
        Set<Integer> spoilt = Credits.withdrawUnearned(run, learner, findings);
        Credits.nextSteps(run, learner, spoilt, findings);
        ConversationFindings.add(run, rewriter, learner, spoilt, findings);
        findings.sort(Comparator.comparingInt(Finding::turn));

        Map<Skill, Integer> skills = Scores.perSkill(findings, practice, learner);
        int overall = Scores.overall(skills);
        return new Critique(
                overall,
                skills,
                practice.outcome(),
                findings,
                TurningPoints.of(practice.turns(), practice.startingState()),
                Scores.focus(findings),
                Answers.of(practice.scenario(), learner, findings, practice.memory()));
    }

    /** Suggests the next move, given where the run stands, in the words of this kind of conversation. */
    public String hint(Practice practice) {
        return Hints.next(practice);
    }
}
