package dev.spar.assist;

import java.util.List;

/**
 * What live assist has to say about a draft: its problems with rewrites, the customer as read so far, and
 * the next moves.
 *
 * @param draft the draft assessed
 * @param flags the draft's problems, in order of where they start
 * @param customer how the customer comes across so far
 * @param nextMoves the moves to make next, best first, ending with a stabilising line that buys time
 */
public record Assistance(String draft, List<DraftFlag> flags, CustomerRead customer, List<NextMove> nextMoves) {
    public Assistance {
        flags = List.copyOf(flags);
        nextMoves = List.copyOf(nextMoves);
    }

    /** Returns whether the draft has nothing flagged. */
    public boolean clean() {
        return flags.isEmpty();
    }
}
