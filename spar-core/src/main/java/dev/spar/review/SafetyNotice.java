package dev.spar.review;

import dev.spar.safety.SafetyConcern;
import dev.spar.safety.SafetyScreen;
import java.util.Objects;

/**
 * A customer turn of a real conversation that involves self-harm, violence, abuse or someone's safety: read by the
 * same check that stops a practice role-play, and surfaced above the review instead of scored as a complaint.
 *
 * @param turn the customer's turn, counting from 1
 * @param kind what the words involve
 * @param quote the words that raised it
 * @param message what it means for the review, with where to find human help
 */
public record SafetyNotice(int turn, SafetyConcern.Kind kind, String quote, String message) {
    public SafetyNotice {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(message, "message");
    }

    /** Returns the notice of a concern raised at a customer turn. */
    static SafetyNotice at(int turn, SafetyConcern concern) {
        String message = "At turn " + turn + " the customer wrote about " + SafetyScreen.about(concern.kind())
                + ". That is not an ordinary complaint, so the agent's reply to it is not scored: what matters is that"
                + " they followed the escalation procedure and pointed to human help. To pass on: "
                + SafetyScreen.help(concern.kind());
        return new SafetyNotice(turn, concern.kind(), concern.quote(), message);
    }
}
