package dev.spar.files;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spar.analysis.FindingCategory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Scores live assist's flags against a test set of good and poor replies written for this project
 * ({@code assist/replies.yaml}): precision and recall over (reply, category) pairs, and false alarms on the
 * good replies. Prints the figures the README quotes.
 */
class AssistTestSetTests {
    private static AssistSet set;

    @BeforeAll
    static void scoreTheSet() {
        set = AssistSet.score("/assist/replies.yaml");
    }

    @Nested
    class Flags {
        @Test
        void raiseNoFalseAlarmOnMoreThanOneGoodReplyInThirty() {
            assertThat(set.falseAlarms() * 30)
                    .as("false alarms on good replies")
                    .isLessThanOrEqualTo(set.good().size());
        }

        @Test
        void areRightAtLeastNineTimesInTen() {
            assertThat(set.precision()).isGreaterThanOrEqualTo(0.9);
        }

        @Test
        void catchAtLeastEightProblemsInTen() {
            assertThat(set.recall()).isGreaterThanOrEqualTo(0.8);
        }

        @Test
        void useOnlyProblemCategoriesTheCritiqueKnows() {
            for (AssistSet.Scored s : set.scored()) {
                for (String id : s.reply().expect()) {
                    assertThat(FindingCategory.byId(id)).as(s.reply().id()).isPresent();
                }
            }
        }
    }

    @Nested
    class Rewrites {
        @Test
        void leaveOneProblemFewerOfTheirKind() {
            assertThat(set.rewritesThatDoNotFix()).isEmpty();
        }

        @Test
        void keepTheNumbersAndDaysOfTheDraft() {
            assertThat(set.rewritesThatLoseFacts()).isEmpty();
        }
    }
}
