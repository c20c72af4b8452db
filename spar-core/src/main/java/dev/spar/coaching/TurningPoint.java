package dev.spar.coaching;

import java.util.List;

/**
 * A moment the other person got clearly calmer or angrier, and what the learner had said just before.
 *
 * @param turn the counterpart's turn where it showed
 * @param learnerTurn the learner's turn just before
 * @param learnerQuote what the learner said
 * @param before anger or distress before, 0-100
 * @param after anger or distress after, 0-100
 * @param movedBy what moved them, in plain words
 */
public record TurningPoint(
        int turn, int learnerTurn, String learnerQuote, int before, int after, List<String> movedBy) {
    public TurningPoint {
        movedBy = List.copyOf(movedBy);
    }

    /** Returns whether they got calmer. */
    public boolean calmer() {
        return after < before;
    }
}
