package dev.spar.analysis;

import java.util.List;

/**
 * What was said before an utterance, for moves that depend on it (a paraphrase restates the other
 * person; the third identical empathy line is canned).
 *
 * @param counterpartLastLine what the other person said just before, or empty
 * @param earlierLearnerTurns the learner's earlier analysed turns, oldest first
 */
public record AnalysisContext(String counterpartLastLine, List<UtteranceAnalysis> earlierLearnerTurns) {
    public AnalysisContext {
        earlierLearnerTurns = List.copyOf(earlierLearnerTurns);
    }

    /** Returns a context with nothing said before. */
    public static AnalysisContext none() {
        return new AnalysisContext("", List.of());
    }

    /** Returns whether the learner acknowledged or empathised in an earlier turn. */
    public boolean acknowledgedBefore() {
        return earlierLearnerTurns.stream()
                .anyMatch(t -> t.has(Move.ACKNOWLEDGE) || t.has(Move.EMPATHISE) || t.has(Move.PARAPHRASE));
    }
}
