package dev.spar.teams;

import dev.spar.analysis.FindingCategory;
import java.util.Objects;

/**
 * A learner's dispute of one finding, and where it stands.
 *
 * @param category the category of the finding disputed
 * @param state open, upheld or overturned
 */
public record Dispute(FindingCategory category, DisputeState state) {
    public Dispute {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(state, "state");
    }
}
