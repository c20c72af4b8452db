package dev.spar.eval;

import dev.spar.analysis.Move;
import dev.spar.analysis.MoveEvidence;
import dev.spar.analysis.UtteranceAnalysis;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * How EPITOME's annotators tell its two mechanisms apart where Spar's empathy covers both: an "Emotional
 * Reaction" is the supporter's own warmth, sympathy or concern ("I'm so sorry", "I feel you", "Good luck"),
 * while a feeling of theirs said back as their story ("You sound worn out by all of it") communicates
 * understanding, which EPITOME calls "Interpretation". So empathy in a sentence Spar also reads as a
 * restatement of them counts for interpretation only.
 */
final class EpitomeMechanisms {

    /** The moves that show an emotional reaction, as in the standard mapping. */
    private static final Set<Move> REACTIONS =
            EnumSet.of(Move.EMPATHISE, Move.ACKNOWLEDGE, Move.APOLOGISE, Move.AFFIRM);

    private EpitomeMechanisms() {}

    /** Narrows the mechanisms Spar's moves predict for one response to EPITOME's reading of them. */
    static void refine(UtteranceAnalysis analysis, Set<String> labels) {
        if (!labels.contains(LabelMapping.EMOTIONAL_REACTION)) {
            return;
        }
        List<MoveEvidence> moves = analysis.moves();
        boolean reacts = moves.stream()
                .anyMatch(m -> REACTIONS.contains(m.move()) && !(m.move() == Move.EMPATHISE && saidBack(m, moves)));
        if (!reacts) {
            labels.remove(LabelMapping.EMOTIONAL_REACTION);
        }
    }

    /** Returns whether an empathy is also read, over the same words, as a restatement of them. */
    private static boolean saidBack(MoveEvidence empathy, List<MoveEvidence> moves) {
        return moves.stream()
                .anyMatch(m -> m.move() == Move.PARAPHRASE && m.span().equals(empathy.span()));
    }
}
