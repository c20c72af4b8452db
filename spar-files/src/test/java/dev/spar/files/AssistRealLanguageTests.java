package dev.spar.files;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Scores live assist on replies typed the way agents type in real chats ({@code assist/replies-real.yaml}):
 * blame passed to others, false hope, sarcasm, minimising, "you just need to", losing the thread, defending
 * and scolding, and good replies in the same register, among them live assist's own suggested lines.
 */
class AssistRealLanguageTests {
    private static AssistSet set;

    @BeforeAll
    static void scoreTheSet() {
        set = AssistSet.score("/assist/replies-real.yaml");
    }

    @Test
    void flagsAreRightNineteenTimesInTwenty() {
        assertThat(set.precision()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void catchesNineRealLanguageFailuresInTen() {
        assertThat(set.recall()).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void leavesGoodRepliesInTheSameRegisterAlone() {
        assertThat(set.falseAlarms()).isZero();
    }

    @Test
    void offersRewritesThatFixWhatTheyWereFor() {
        assertThat(set.rewritesThatDoNotFix()).isEmpty();
        assertThat(set.rewritesThatLoseFacts()).isEmpty();
    }
}
