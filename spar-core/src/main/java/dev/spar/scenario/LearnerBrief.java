package dev.spar.scenario;

import java.util.List;

/**
 * The learner's side of a scenario.
 *
 * @param role who the learner is in this conversation
 * @param goal what they want from it
 * @param keyPoints what they must get across
 * @param fears what they are afraid will happen
 */
public record LearnerBrief(String role, String goal, List<KeyPoint> keyPoints, List<String> fears) {
    public LearnerBrief {
        keyPoints = List.copyOf(keyPoints);
        fears = List.copyOf(fears);
    }

    /**
     * Returns whether one of the key points names a fact: "{target_salary}" in "Ask for {target_salary}" is a figure
     * the learner brings, theirs to change, not the other side's.
     *
     * @param fact the fact's key
     */
    public boolean names(String fact) {
        return keyPoints.stream().anyMatch(k -> k.text().contains("{" + fact + "}"));
    }
}
