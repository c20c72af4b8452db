package dev.spar.web.practice;

import dev.spar.coaching.Critique;
import dev.spar.simulation.CounterpartState;
import dev.spar.simulation.Outcome;
import dev.spar.simulation.Practice;
import java.util.List;
import java.util.Optional;

/**
 * A session as a page or the API shows it.
 *
 * @param session the stored session
 * @param turns its stored turns
 * @param practice the live run behind it
 * @param critique the review, once it has ended; never for a run stopped for safety, which is not reviewed
 * @param pendingReply the number the counterpart's reply will have, while the learner's last line awaits it
 */
public record SessionView(
        SessionRecord session,
        List<StoredTurn> turns,
        Practice practice,
        Optional<Critique> critique,
        Optional<Integer> pendingReply) {
    public SessionView {
        turns = List.copyOf(turns);
    }

    /** Returns the other person's state now. */
    public CounterpartState state() {
        return practice.state();
    }

    /** Returns how it stands. */
    public Outcome outcome() {
        return practice.outcome();
    }

    /** Returns whether it is over. */
    public boolean ended() {
        return session.ended() || practice.outcome().isFinal();
    }

    /** Returns the learner's turns, numbered from 1 in the order they were said. */
    public List<StoredTurn> learnerTurns() {
        return turns.stream().filter(StoredTurn::byLearner).toList();
    }
}
