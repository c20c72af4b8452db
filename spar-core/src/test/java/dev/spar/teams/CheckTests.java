package dev.spar.teams;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spar.analysis.FindingCategory;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CheckTests {

    @Test
    void failsAYesNoCheckOnOneOfItsProblemsAndQuotesIt() {
        CheckResult r = Check.NO_BLAME.assess(Scale.YES_NO, List.of(Said.acknowledgement(), Said.blame()));

        assertThat(r.mark()).isEqualTo(Mark.no());
        assertThat(r.quotes()).containsExactly(Said.blame());
        assertThat(r.explanation()).isEqualTo("Blame at turn 2: 'you should have read the email'.");
    }

    @Test
    void passesWhenItsProblemsAreAbsentEvenWithNothingElseToGoOn() {
        CheckResult r = Check.NO_BLAME.assess(Scale.YES_NO, List.of(Said.reactive(3)));

        assertThat(r.mark()).isEqualTo(Mark.yes());
        assertThat(r.quotes()).isEmpty();
        assertThat(r.explanation()).isEqualTo("No blame, accusation or telling-off in what was said.");
    }

    @Test
    void quotesAStrengthInSupportWhenItPasses() {
        CheckResult r = Check.ACKNOWLEDGES.assess(Scale.YES_NO, List.of(Said.acknowledgement()));

        assertThat(r.mark()).isEqualTo(Mark.yes());
        assertThat(r.explanation())
                .isEqualTo("Acknowledged the impact at turn 1: 'I can hear this cost you a whole week'.");
    }

    @Test
    void losesAPointPerProblemOnOneToFiveDownToOneAndListsProblemsFirst() {
        List<Evidence> twice = List.of(Said.acknowledgement(), Said.reactive(2), Said.reactive(3));
        assertThat(Check.STAYS_CALM.assess(Scale.ONE_TO_FIVE, twice).mark()).isEqualTo(Mark.points(3));
        assertThat(Check.STAYS_CALM.assess(Scale.ONE_TO_FIVE, twice).explanation())
                .isEqualTo("Reactive at turn 2: 'calm down' (and 1 more).");

        List<Evidence> sixTimes = List.of(
                Said.reactive(1),
                Said.reactive(2),
                Said.reactive(3),
                Said.reactive(4),
                Said.reactive(5),
                Said.reactive(6));
        assertThat(Check.STAYS_CALM.assess(Scale.ONE_TO_FIVE, sixTimes).mark()).isEqualTo(Mark.points(1));

        CheckResult next = Check.CLEAR_NEXT_STEP.assess(
                Scale.ONE_TO_FIVE,
                List.of(Said.nextStep(), Said.at(5, FindingCategory.CLOSING_WHILE_OPEN, "Anything else?")));
        assertThat(next.mark()).isEqualTo(Mark.points(4));
        assertThat(next.quotes())
                .extracting(Evidence::category)
                .containsExactly(FindingCategory.CLOSING_WHILE_OPEN, FindingCategory.NEXT_STEP);
    }

    @Test
    void isNotApplicableWhenNothingWasSaid() {
        CheckResult r = Check.LISTENS.assess(Scale.ONE_TO_FIVE, List.of());

        assertThat(r.mark()).isEqualTo(Mark.notApplicable());
        assertThat(r.explanation()).isEqualTo("Nothing was said, so there was nothing to judge.");
    }

    @Test
    void everyProblemSparFindsIsReadBySomeCheckAndEveryCheckReadsTheRightKinds() {
        List<FindingCategory> read = Arrays.stream(Check.values())
                .flatMap(c -> c.problems().stream())
                .toList();
        assertThat(Arrays.stream(FindingCategory.values()).filter(FindingCategory::isProblem))
                .allSatisfy(c -> assertThat(read).as(c.id()).contains(c));
        assertThat(Check.values()).allSatisfy(c -> {
            assertThat(c.problems()).isNotEmpty().allMatch(FindingCategory::isProblem);
            assertThat(c.strengths()).noneMatch(FindingCategory::isProblem);
        });
    }
}
