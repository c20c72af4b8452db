package dev.spar.teams;

import dev.spar.analysis.FindingCategory;
import java.util.List;
import java.util.Objects;

/**
 * A problem that keeps coming back across a team.
 *
 * @param category the problem
 * @param people how many people it was found in
 * @param times how many times it was found in all
 * @param quotes up to three examples, from different people where there are
 */
public record TeamHabit(FindingCategory category, int people, int times, List<QuotedBy> quotes) {
    public TeamHabit {
        Objects.requireNonNull(category, "category");
        quotes = List.copyOf(quotes);
        if (people < 1 || times < people) {
            throw new IllegalArgumentException("a habit is found in at least one person, at least once each; was "
                    + people + " people, " + times + " times");
        }
    }
}
