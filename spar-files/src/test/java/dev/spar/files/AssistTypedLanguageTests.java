package dev.spar.files;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Scores live assist on replies typed the way agents type under pressure ({@code assist/replies-typed.yaml}):
 * text-speak and misspellings of the phrases assist flags ("pls calm dwn", "i guarentee", "whatevr", "as per
 * polcy"), one-word brush-offs ("k", "ok.", "fine") to an upset customer, and as many good replies in the same
 * register, among them short answers to a calm customer and words a letter away from a flagged one.
 */
class AssistTypedLanguageTests {
    private static AssistSet set;

    @BeforeAll
    static void scoreTheSet() {
        set = AssistSet.score("/assist/replies-typed.yaml");
    }

    @Test
    void flagsAreRightNineteenTimesInTwenty() {
        assertThat(set.precision()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void catchesNineTypedFailuresInTen() {
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
