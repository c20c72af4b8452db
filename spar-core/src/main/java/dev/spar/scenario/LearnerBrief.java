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
}
