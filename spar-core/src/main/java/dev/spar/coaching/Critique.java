package dev.spar.coaching;

import dev.spar.simulation.Outcome;
import java.util.List;
import java.util.Map;

/**
 * The review of the learner's side of a run. A run stopped for safety is not reviewed: its critique has no score,
 * skills, findings, turning points, focus or answers, and {@link #isReviewed()} says so.
 *
 * @param score overall, 0-100
 * @param skills score per skill, 0-100
 * @param outcome how the conversation ended
 * @param findings problems and strengths, in transcript order
 * @param turningPoints where the other person's state moved most
 * @param focus three things to work on next run
 * @param answers the learner's usual questions, answered
 */
public record Critique(
        int score,
        Map<Skill, Integer> skills,
        Outcome outcome,
        List<Finding> findings,
        List<TurningPoint> turningPoints,
        List<String> focus,
        List<Answer> answers) {
    public Critique {
        skills = Map.copyOf(skills);
        findings = List.copyOf(findings);
        turningPoints = List.copyOf(turningPoints);
        focus = List.copyOf(focus);
        answers = List.copyOf(answers);
    }

    /** Returns the critique of a run that is not reviewed, such as one stopped for safety: nothing in it. */
    static Critique none(Outcome outcome) {
        return new Critique(0, Map.of(), outcome, List.of(), List.of(), List.of(), List.of());
    }

    /**
     * Returns whether the run was reviewed; when not (it stopped for safety), nothing of it is to be shown as a
     * score, a finding or a habit.
     */
    public boolean isReviewed() {
        return outcome.isReviewed();
    }

    /** Returns the problems only. */
    public List<Finding> problems() {
        return findings.stream().filter(Finding::isProblem).toList();
    }

    /** Returns the strengths only. */
    public List<Finding> strengths() {
        return findings.stream().filter(f -> !f.isProblem()).toList();
    }
}
