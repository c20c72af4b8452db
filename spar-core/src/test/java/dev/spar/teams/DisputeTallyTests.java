package dev.spar.teams;

import static dev.spar.analysis.FindingCategory.BLAME;
import static dev.spar.analysis.FindingCategory.HEDGING;
import static dev.spar.analysis.FindingCategory.SARCASM;
import static dev.spar.teams.DisputeState.OPEN;
import static dev.spar.teams.DisputeState.OVERTURNED;
import static dev.spar.teams.DisputeState.UPHELD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class DisputeTallyTests {

    @Test
    void talliesEachCategoryMostDisputedFirst() {
        List<DisputeTally> tallies = DisputeTally.tally(List.of(
                new Dispute(HEDGING, UPHELD),
                new Dispute(SARCASM, OVERTURNED),
                new Dispute(SARCASM, UPHELD),
                new Dispute(SARCASM, OVERTURNED),
                new Dispute(SARCASM, OPEN),
                new Dispute(BLAME, OPEN)));

        assertThat(tallies)
                .containsExactly(
                        new DisputeTally(SARCASM, 1, 2, 1),
                        new DisputeTally(BLAME, 0, 0, 1),
                        new DisputeTally(HEDGING, 1, 0, 0));
    }

    @Test
    void sharesUpheldOverTheSettledDisputesOnly() {
        assertThat(new DisputeTally(SARCASM, 1, 2, 5).upheldShare().orElseThrow())
                .isCloseTo(1 / 3.0, within(1e-9));
        assertThat(new DisputeTally(HEDGING, 4, 0, 0).upheldShare()).hasValue(1.0);
        assertThat(new DisputeTally(BLAME, 0, 0, 3).upheldShare()).isEmpty();
    }
}
