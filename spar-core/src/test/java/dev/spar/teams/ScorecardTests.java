package dev.spar.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ScorecardTests {

    @Nested
    class ACoachIsToldWhatIsWrong {
        @Test
        void withAnIdThatIsNotLowerCaseLettersDigitsOrDashes() {
            assertThatThrownBy(() -> Criterion.byHand("No Blame", "No blame", 10, Scale.YES_NO, false))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("A criterion's id is 1 to 40 lower-case letters, digits or dashes, such as"
                            + " 'no-blame'; 'No Blame' is not.");
            assertThatThrownBy(() -> Criterion.byHand("a".repeat(41), "Long", 10, Scale.YES_NO, false))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void withAnEmptyOrOverlongName() {
            assertThatThrownBy(() -> Criterion.byHand("tone", " ", 10, Scale.YES_NO, false))
                    .hasMessage("Criterion 'tone' needs a name.");
            assertThatThrownBy(() -> Criterion.byHand("tone", "x".repeat(101), 10, Scale.YES_NO, false))
                    .hasMessage("Criterion 'tone' has a name of 101 characters; the most is 100.");
            assertThatThrownBy(
                            () -> new Scorecard("", List.of(Criterion.byHand("tone", "Tone", 1, Scale.YES_NO, false))))
                    .hasMessage("A scorecard needs a name.");
        }

        @Test
        void withAWeightOutsideOneToAHundred() {
            assertThatThrownBy(() -> Criterion.byHand("tone", "Tone", 0, Scale.YES_NO, false))
                    .hasMessage("Criterion 'tone' needs a weight from 1 to 100, it has 0.");
            assertThatThrownBy(() -> Criterion.byHand("tone", "Tone", 101, Scale.YES_NO, false))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void withTwoCriteriaSharingAnId() {
            Criterion tone = Criterion.byHand("tone", "Tone", 10, Scale.YES_NO, false);

            assertThatThrownBy(() -> new Scorecard("Team card", List.of(tone, tone)))
                    .hasMessage("Two criteria of 'Team card' share the id 'tone'; each needs its own.");
        }

        @Test
        void withNoCriteriaOrMoreThanThirty() {
            assertThatThrownBy(() -> new Scorecard("Team card", List.of()))
                    .hasMessage("A scorecard has 1 to 30 criteria, 'Team card' has 0.");
            List<Criterion> many = IntStream.rangeClosed(1, 31)
                    .mapToObj(i -> Criterion.byHand("c" + i, "C " + i, 1, Scale.YES_NO, false))
                    .toList();
            assertThatThrownBy(() -> new Scorecard("Team card", many)).isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void withAnOverrideThatGivesNoReason() {
            assertThatThrownBy(() -> new Override("no-blame", Mark.yes(), "  ", "Kim"))
                    .hasMessage("An override of 'no-blame' needs a reason, for the learner to read.");
            assertThatThrownBy(() -> new Override("no-blame", Mark.yes(), "x".repeat(501), "Kim"))
                    .hasMessage("The reason for overriding 'no-blame' has 501 characters; the most is 500.");
        }

        @Test
        void withPointsOutsideOneToFive() {
            assertThatThrownBy(() -> Mark.points(6)).hasMessage("Points are 1 to 5, was 6.");
        }
    }

    @Test
    void theServiceCardIsScoredAutomaticallyAndBlameFailsIt() {
        Scorecard card = Scorecard.serviceDefault();

        assertThat(card.criteria()).noneMatch(Criterion::markedByHand);
        assertThat(card.criteria())
                .filteredOn(Criterion::critical)
                .extracting(Criterion::check)
                .containsExactly(Optional.of(Check.NO_BLAME));
        assertThat(card.criteria()).extracting(Criterion::check).contains(Optional.of(Check.CLEAR_NEXT_STEP));
    }

    @Test
    void theConversationCardHasNoClosingChecks() {
        Scorecard card = Scorecard.conversationDefault();

        assertThat(card.criteria())
                .extracting(Criterion::check)
                .doesNotContain(Optional.of(Check.CLEAR_NEXT_STEP), Optional.of(Check.CHECKS_BEFORE_CLOSING))
                .contains(Optional.of(Check.HOLDS_GROUND));
        assertThat(card.criteria()).noneMatch(Criterion::markedByHand);
    }

    @Test
    void keepsItsCriteriaInTheCoachsOrderAndFindsThemById() {
        Scorecard card = Scorecard.serviceDefault();

        assertThat(card.criterion("no-blame")).map(Criterion::name).contains("No blame");
        assertThat(card.criterion("nope")).isEmpty();
        assertThatThrownBy(() -> card.criteria().add(card.criteria().getFirst()))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(Collections.frequency(card.criteria(), card.criteria().getFirst()))
                .isOne();
    }
}
