package dev.spar.teams;

import java.util.List;
import java.util.Objects;

/**
 * What an automatic check made of a conversation.
 *
 * @param mark the mark it gives
 * @param quotes the evidence that decided it, problems first, then the strengths supporting it
 * @param explanation one sentence a learner reads, quoting their words where there are any
 */
public record CheckResult(Mark mark, List<Evidence> quotes, String explanation) {
    public CheckResult {
        Objects.requireNonNull(mark, "mark");
        quotes = List.copyOf(quotes);
        Objects.requireNonNull(explanation, "explanation");
    }
}
