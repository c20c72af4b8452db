package dev.spar.review;

import dev.spar.assist.CustomerRead;
import dev.spar.assist.FollowUpNote;
import dev.spar.assist.Ledger;
import java.util.List;
import java.util.Objects;

/**
 * The review of the agent's side of a real conversation.
 *
 * @param transcript the conversation reviewed (already redacted when it came from a file)
 * @param findings problems and strengths, each quoting the agent, in turn order
 * @param intensity the customer's intensity after each of their turns
 * @param turningPoints where the customer got clearly calmer or angrier, with the agent's words just before
 * @param ledger what the agent promised and offered, and what needs verifying
 * @param followUp the follow-up note drafted from the conversation
 * @param checklist each step of the checklist, covered or not
 * @param customerStyle whether the customer wanted the fix first (task) or to be heard first (relationship)
 * @param styleMatched whether the agent matched that style
 * @param score 0 to 100: the agent's turns less one for each problem (70), and the checklist covered (30)
 * @param safety the customer turns about self-harm, violence, abuse or someone's safety, in turn order: shown
 *     first, with helplines; the agent's replies to them are not scored
 */
public record ConversationReview(
        Transcript transcript,
        List<ReviewFinding> findings,
        List<IntensityPoint> intensity,
        List<TurningPoint> turningPoints,
        Ledger ledger,
        FollowUpNote followUp,
        List<Checklist.Coverage> checklist,
        CustomerRead.Style customerStyle,
        boolean styleMatched,
        int score,
        List<SafetyNotice> safety) {
    public ConversationReview {
        Objects.requireNonNull(transcript, "transcript");
        findings = List.copyOf(findings);
        intensity = List.copyOf(intensity);
        turningPoints = List.copyOf(turningPoints);
        Objects.requireNonNull(ledger, "ledger");
        Objects.requireNonNull(followUp, "followUp");
        checklist = List.copyOf(checklist);
        safety = List.copyOf(safety);
        Objects.requireNonNull(customerStyle, "customerStyle");
        if (score < 0 || score > 100) {
            throw new IllegalArgumentException("score is 0 to 100, was " + score);
        }
    }

    /** Returns the problems, in turn order. */
    public List<ReviewFinding> problems() {
        return findings.stream().filter(ReviewFinding::isProblem).toList();
    }

    /** Returns the strengths to reuse, in turn order. */
    public List<ReviewFinding> strengths() {
        return findings.stream().filter(f -> !f.isProblem()).toList();
    }

    /** Returns the findings at one turn, counting from 1. */
    public List<ReviewFinding> at(int turn) {
        return findings.stream().filter(f -> f.turn() == turn).toList();
    }
}
