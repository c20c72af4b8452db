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
 * @param simulatorLine for the counterpart, the simulator's line when a language model said it in other words
 * @param createdAt when it was stored
 */
public record StoredTurn(
        int number,
        String speaker,
        String text,
        Optional<Integer> emotion,
        Optional<Integer> trust,
        Optional<String> intent,
        Optional<String> simulatorLine,
        Instant createdAt) {

    /** Returns whether the learner said it. */
    public boolean byLearner() {
        return "learner".equals(speaker);
    }

    /** Returns the place of a counterpart's reply that is still to be spoken, for a page to stream it into. */
    public static StoredTurn awaitedReply(int number, Instant at) {
        return new StoredTurn(
                number, "counterpart", "", Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), at);
    }

    /** Returns a learner's line, stored before the reply to it is spoken. */
    public static StoredTurn learner(int number, String text, Instant at) {
        return new StoredTurn(
                number, "learner", text, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), at);
    }
}
