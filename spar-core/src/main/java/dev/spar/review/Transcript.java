package dev.spar.review;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A real conversation between an agent and a customer, in order, ready to review.
 *
 * @param source where it came from: a file name, "pasted", an id in an export
 * @param turns the turns in the order they were said; consecutive turns may be from the same side
 * @param date the day it took place, when the file tells; reports group by week on it
 */
public record Transcript(String source, List<Utterance> turns, Optional<LocalDate> date) {
    public Transcript {
        Objects.requireNonNull(source, "source");
        turns = List.copyOf(turns);
        Objects.requireNonNull(date, "date");
    }

    /** Returns a transcript without a date. */
    public static Transcript of(String source, List<Utterance> turns) {
        return new Transcript(source, turns, Optional.empty());
    }

    /** Returns the agent's name as the file gives it: the speaker of the agent's first turn, or "agent". */
    public String agent() {
        return turns.stream()
                .filter(Utterance::byAgent)
                .map(Utterance::speaker)
                .findFirst()
                .orElse(Role.AGENT.id());
    }
}
