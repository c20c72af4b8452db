package dev.spar.files;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * What every set of replies live assist is scored on must show ({@link AssistSet}): flags right nineteen times in
 * twenty, nine failures in ten caught, no good reply flagged, and rewrites that fix what they were for and keep the
 * draft's facts. A set's class names its file.
 */
abstract class AssistSetContract {
    /** Returns the scored set, read once per class. */
    abstract AssistSet set();

    @Test
    void flagsAreRightNineteenTimesInTwenty() {
        assertThat(set().precision()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void catchesNineFailuresInTen() {
        assertThat(set().recall()).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void leavesGoodRepliesInTheSameRegisterAlone() {
        assertThat(set().falseAlarms()).isZero();
    }

    @Test
    void offersRewritesThatFixWhatTheyWereFor() {
        assertThat(set().rewritesThatDoNotFix()).isEmpty();
        assertThat(set().rewritesThatLoseFacts()).isEmpty();
    }
}
