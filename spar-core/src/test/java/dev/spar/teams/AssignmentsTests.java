package dev.spar.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AssignmentsTests {
    private static final Instant DUE = Instant.parse("2026-12-03T17:00:00Z");
    private static final Instant BEFORE = DUE.minus(Duration.ofDays(2));
    private static final Instant AFTER = DUE.plus(Duration.ofDays(2));
    private static final PassRule SEVENTY_IN_THREE = PassRule.of(70, 3);

    private static Attempt ended(int hour, int score) {
        return Attempt.ended("run-" + hour, BEFORE.minus(Duration.ofHours(48 - hour)), score);
    }

    private static Attempt going(int hour) {
        return Attempt.going("run-" + hour, BEFORE.minus(Duration.ofHours(48 - hour)));
    }

    @Nested
    class WithAScoreToReach {
        @Test
        void goesFromNotStartedToInProgressToPassed() {
            Standing none = Assignments.standing(SEVENTY_IN_THREE, DUE, BEFORE, List.of());
            assertThat(none.status()).isEqualTo(AssignmentStatus.NOT_STARTED);
            assertThat(none.summary()).isEqualTo("Not started, due 3 Dec");
            assertThat(none.attemptsLeft()).hasValue(3);

            Standing running = Assignments.standing(SEVENTY_IN_THREE, DUE, BEFORE, List.of(going(1)));
            assertThat(running.status()).isEqualTo(AssignmentStatus.IN_PROGRESS);
            assertThat(running.attemptsUsed()).isZero();
            assertThat(running.summary()).isEqualTo("In progress, first attempt under way, due 3 Dec");

            Standing short_ = Assignments.standing(SEVENTY_IN_THREE, DUE, BEFORE, List.of(ended(1, 55)));
            assertThat(short_.status()).isEqualTo(AssignmentStatus.IN_PROGRESS);
            assertThat(short_.summary()).isEqualTo("In progress, 1 attempt of 3, best 55 (needs 70), due 3 Dec");

            Standing passed = Assignments.standing(SEVENTY_IN_THREE, DUE, BEFORE, List.of(ended(2, 82), ended(1, 55)));
            assertThat(passed.status()).isEqualTo(AssignmentStatus.PASSED);
            assertThat(passed.failed()).isFalse();
            assertThat(passed.bestScore()).hasValue(82);
            assertThat(passed.attemptsLeft()).hasValue(1);
            assertThat(passed.summary()).isEqualTo("Passed with 82 on attempt 2 of 3");
        }

        @Test
        void isOverduePastTheDueDateWithoutAPass() {
            Standing late = Assignments.standing(SEVENTY_IN_THREE, DUE, AFTER, List.of(ended(1, 55)));

            assertThat(late.status()).isEqualTo(AssignmentStatus.OVERDUE);
            assertThat(late.failed()).isTrue();
            assertThat(late.summary()).isEqualTo("Overdue since 3 Dec, 1 attempt, best 55 (needs 70)");
            assertThat(Assignments.standing(SEVENTY_IN_THREE, DUE, AFTER, List.of())
                            .summary())
                    .isEqualTo("Overdue since 3 Dec, not started");
        }

        @Test
        void staysPassedAfterTheDueDate() {
            Standing s = Assignments.standing(SEVENTY_IN_THREE, DUE, AFTER, List.of(ended(1, 90)));

            assertThat(s.status()).isEqualTo(AssignmentStatus.PASSED);
            assertThat(s.failed()).isFalse();
        }

        @Test
        void isDoneAndFailedWhenTheAttemptsRunOut() {
            Standing s = Assignments.standing(
                    SEVENTY_IN_THREE, DUE, BEFORE, List.of(ended(1, 40), ended(2, 55), ended(3, 60)));

            assertThat(s.status()).isEqualTo(AssignmentStatus.DONE);
            assertThat(s.failed()).isTrue();
            assertThat(s.attemptsLeft()).hasValue(0);
            assertThat(s.summary()).isEqualTo("Used all 3 attempts without passing, best 60 (needs 70)");
        }

        @Test
        void ignoresAttemptsAfterTheAllowedOnes() {
            Standing s = Assignments.standing(
                    PassRule.of(70, 2), DUE, BEFORE, List.of(ended(3, 95), ended(1, 40), ended(2, 55)));

            assertThat(s.status()).isEqualTo(AssignmentStatus.DONE);
            assertThat(s.failed()).isTrue();
            assertThat(s.attemptsUsed()).isEqualTo(2);
            assertThat(s.bestScore()).hasValue(55);
        }

        @Test
        void doesNotCountARunStillGoingAsAnAttemptUsed() {
            Standing s = Assignments.standing(
                    PassRule.of(70, 2), DUE, BEFORE, List.of(ended(1, 40), going(2), ended(3, 80)));

            assertThat(s.attemptsUsed()).isEqualTo(2);
            assertThat(s.status()).isEqualTo(AssignmentStatus.PASSED);
            assertThat(s.summary()).isEqualTo("Passed with 80 on attempt 2 of 2");
        }
    }

    @Nested
    class WithoutAScoreToReach {
        @Test
        void isDoneAfterAnyEndedAttempt() {
            Standing s = Assignments.standing(PassRule.none(), DUE, AFTER, List.of(ended(1, 30), ended(2, 48)));

            assertThat(s.status()).isEqualTo(AssignmentStatus.DONE);
            assertThat(s.failed()).isFalse();
            assertThat(s.attemptsLeft()).isEmpty();
            assertThat(s.summary()).isEqualTo("Done, 2 attempts, best 48");
        }

        @Test
        void isInProgressWhileTheFirstRunIsGoingAndOverdueAfterTheDueDate() {
            assertThat(Assignments.standing(PassRule.none(), DUE, BEFORE, List.of(going(1)))
                            .status())
                    .isEqualTo(AssignmentStatus.IN_PROGRESS);
            Standing late = Assignments.standing(PassRule.none(), DUE, AFTER, List.of(going(1)));
            assertThat(late.status()).isEqualTo(AssignmentStatus.OVERDUE);
            assertThat(late.summary()).isEqualTo("Overdue since 3 Dec, first attempt under way");
        }

        @Test
        void isNeverOverdueWithoutADueDate() {
            Standing s = Assignments.standing(PassRule.none(), Optional.empty(), AFTER, List.of());

            assertThat(s.status()).isEqualTo(AssignmentStatus.NOT_STARTED);
            assertThat(s.summary()).isEqualTo("Not started");
        }
    }

    @Test
    void namesTheYearOfADueDateInAnotherYear() {
        Standing s = Assignments.standing(PassRule.none(), DUE, Instant.parse("2027-01-05T09:00:00Z"), List.of());

        assertThat(s.summary()).isEqualTo("Overdue since 3 Dec 2026, not started");
    }

    @Test
    void labelsEachStatusForPeople() {
        assertThat(AssignmentStatus.NOT_STARTED.label()).isEqualTo("Not started");
        assertThat(AssignmentStatus.OVERDUE.label()).isEqualTo("Overdue");
    }

    @Test
    void refusesARuleOutsideItsRange() {
        assertThatThrownBy(() -> new PassRule(OptionalInt.of(101), OptionalInt.empty()))
                .hasMessage("The score to pass is 0 to 100, it was set to 101.");
        assertThatThrownBy(() -> new PassRule(OptionalInt.empty(), OptionalInt.of(0)))
                .hasMessage("The attempts allowed are 1 to 50, it was set to 0.");
    }
}
