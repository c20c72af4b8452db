package dev.spar.web.practice;

import java.time.Instant;
import java.util.Optional;

/**
 * One stored turn.
 *
 * @param number position in the conversation, from 1
 * @param speaker {@code learner} or {@code counterpart}
 * @param text what was said
 * @param emotion for the counterpart, their anger or distress after it, 0-100
 * @param trust for the counterpart, their trust after it, 0-100
 * @param intent for the counterpart, what the line meant to do
 * @param createdAt when it was stored
 */
public record StoredTurn(
        int number,
        String speaker,
        String text,
        Optional<Integer> emotion,
        Optional<Integer> trust,
        Optional<String> intent,
        Instant createdAt) {

    /** Returns whether the learner said it. */
    public boolean byLearner() {
        return "learner".equals(speaker);
    }
}
