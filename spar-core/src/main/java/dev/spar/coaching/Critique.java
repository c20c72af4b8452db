package dev.spar.coaching;

import dev.spar.simulation.Outcome;
import java.util.List;
import java.util.Map;

/**
 * The review of the learner's side of a run.
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

    /** Returns the problems only. */
    public List<Finding> problems() {
        return findings.stream().filter(Finding::isProblem).toList();
    }

    /** Returns the strengths only. */
    public List<Finding> strengths() {
        return findings.stream().filter(f -> !f.isProblem()).toList();
    }
}
