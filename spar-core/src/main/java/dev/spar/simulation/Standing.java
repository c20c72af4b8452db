package dev.spar.simulation;

import dev.spar.scenario.Intent;
import dev.spar.understanding.ConversationMemory;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where the counterpart stands in its run: how angry, trusting and patient it is, how far the conversation has
 * got, and what it has said; the parts of a turn read and move it.
 */
final class Standing {
    double anger;
    double trust;
    double patience;
    /** How met each of the persona's needs is, by need id, from 0 to 100. */
    final Map<String, Double> needs = new LinkedHashMap<>();

    Phase phase = Phase.VENTING;
    Outcome outcome = Outcome.IN_PROGRESS;
    int learnerTurns;
    /** How many turns failed them (a hurtful habit, a trigger, a jab, a question ignored...). */
    int failures;

    boolean failedThisTurn;
    /** Whether the turn failed only by asking: a question this person is set off by, and nothing else. */
    boolean failedOnlyByAsking;

    boolean acknowledged;
    boolean opened;

    /** The intent of the line said last. */
    Intent lastIntent = Intent.OPEN;
    /** Every line said, so that none is said twice. */
    final Set<String> usedLines = new LinkedHashSet<>();
    /** What was said so far, as read for its content (the run's memory, handed in with each line). */
    ConversationMemory memory = new ConversationMemory();

    /** Returns how the mood colours a reply now. */
    Temper temper() {
        return Temper.of(anger);
    }

    /** Ends the conversation the way given and returns the intent of the line that ends it. */
    Intent end(Outcome how) {
        outcome = how;
        phase = Phase.ENDED;
        return switch (how) {
            case RESOLVED -> Intent.END_RESOLVED;
            case ESCALATED -> Intent.END_ESCALATED;
            default -> Intent.END_WALKED_AWAY;
        };
    }

    /** Returns the state as the learner sees it, with what moved it this turn. */
    CounterpartState state(List<String> movedBy) {
        Map<String, Integer> needLevels = new LinkedHashMap<>();
        needs.forEach((id, level) -> needLevels.put(id, (int) Math.round(level)));
        return new CounterpartState(
                (int) Math.round(anger),
                (int) Math.round(trust),
                (int) Math.round(patience),
                needLevels,
                phase,
                movedBy);
    }

    /** Returns a level kept between 0 and 100. */
    static double clamp(double value) {
        return Math.max(0, Math.min(100, value));
    }
}
