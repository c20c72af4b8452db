package dev.spar.assist;

import dev.spar.analysis.FindingCategory;
import dev.spar.analysis.Span;
import java.util.Objects;
import java.util.Optional;

/**
 * Something in the rep's draft that is likely to escalate or backfire, with a stronger draft.
 *
 * @param category the problem (dismissal, blame, policy first...)
 * @param span where in the draft, by character offsets
 * @param quote the draft's exact words at that span
 * @param why why it backfires, and what to do instead
 * @param rewrite the whole draft with this problem fixed and the rest, facts included, kept: applying the
 *     flag means replacing the draft with it; empty when no rewrite passed the checks (one problem of its kind
 *     fewer, the draft's numbers kept), so the flag is shown without one
 */
public record DraftFlag(FindingCategory category, Span span, String quote, String why, Optional<String> rewrite) {
    public DraftFlag {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(why, "why");
        Objects.requireNonNull(rewrite, "rewrite");
        if (!category.isProblem()) {
            throw new IllegalArgumentException(category.id() + " is a strength, not a problem to flag");
        }
    }
}
