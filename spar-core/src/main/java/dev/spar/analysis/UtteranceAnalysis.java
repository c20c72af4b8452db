package dev.spar.analysis;

import java.util.List;

/**
 * What one utterance does: its moves and its habits.
 *
 * @param text the utterance as said
 * @param moves the moves it makes, in order of appearance
 * @param flags the habits it shows, in order of appearance
 */
public record UtteranceAnalysis(String text, List<MoveEvidence> moves, List<Flag> flags) {
    public UtteranceAnalysis {
        moves = List.copyOf(moves);
        flags = List.copyOf(flags);
    }

    /** Returns whether the utterance makes this move. */
    public boolean has(Move move) {
        return moves.stream().anyMatch(m -> m.move() == move);
    }

    /** Returns whether the utterance shows this habit. */
    public boolean has(FindingCategory category) {
        return flags.stream().anyMatch(f -> f.category() == category);
    }
}
