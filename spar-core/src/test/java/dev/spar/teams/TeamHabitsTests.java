package dev.spar.teams;

import static dev.spar.analysis.FindingCategory.BLAME;
import static dev.spar.analysis.FindingCategory.HEDGING;
import static dev.spar.analysis.FindingCategory.POLICY_FIRST;
import static dev.spar.analysis.FindingCategory.REACTIVE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TeamHabitsTests {
    private static final Map<String, List<Evidence>> TEAM = Map.of(
            "Ash",
            List.of(
                    Said.at(1, POLICY_FIRST, "Our policy is 30 days."),
                    Said.at(3, REACTIVE, "calm down"),
                    Said.at(4, REACTIVE, "I said calm down"),
                    Said.acknowledgement()),
            "Bo",
            List.of(Said.at(1, POLICY_FIRST, "That's the policy."), Said.at(2, REACTIVE, "relax")),
            "Cy",
            List.of(Said.at(1, POLICY_FIRST, "Rules are rules."), Said.at(2, BLAME, "you should have read the email")),
            "Dee",
            List.of(Said.at(2, HEDGING, "I just think maybe"), Said.at(3, HEDGING, "sort of")));

    @Test
    void putsTheMostWidespreadProblemFirstThenTheMostFrequent() {
        List<TeamHabit> habits = TeamHabits.habits(TEAM, 1);

        assertThat(habits).extracting(TeamHabit::category).containsExactly(POLICY_FIRST, REACTIVE, HEDGING, BLAME);
        assertThat(habits.getFirst().people()).isEqualTo(3);
        assertThat(habits.get(1).people()).isEqualTo(2);
        assertThat(habits.get(1).times()).isEqualTo(3);
    }

    @Test
    void keepsOnlyProblemsSeenInEnoughPeopleAndNeverStrengths() {
        assertThat(TeamHabits.habits(TEAM, 2)).extracting(TeamHabit::category).containsExactly(POLICY_FIRST, REACTIVE);
        assertThat(TeamHabits.habits(TEAM, 4)).isEmpty();
    }

    @Test
    void quotesDifferentPeopleBeforeQuotingAnyoneTwice() {
        TeamHabit reactive = TeamHabits.habits(TEAM, 2).get(1);

        assertThat(reactive.quotes())
                .containsExactly(
                        new QuotedBy("Ash", "calm down"),
                        new QuotedBy("Bo", "relax"),
                        new QuotedBy("Ash", "I said calm down"));
        assertThat(TeamHabits.habits(TEAM, 1).getFirst().quotes())
                .extracting(QuotedBy::person)
                .containsExactly("Ash", "Bo", "Cy");
    }
}
