package dev.spar.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScenarioValidatorTests {
    private final ScenarioValidator validator = new ScenarioValidator();

    @Test
    void acceptsAWellFormedScenario() {
        assertThat(validator.validate(ScenarioFixtures.refundCustomer())).isEmpty();
    }

    @Test
    void namesTheFieldAndTheFixForAnUnknownTrigger() {
        Scenario s = ScenarioFixtures.refundCustomer(List.of(new Reaction("shouting", 2, "")));

        assertThat(validator.validate(s)).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("persona.triggers[0].on");
            assertThat(p.problem()).contains("'shouting'");
            assertThat(p.fix()).contains("dismissal");
        });
    }

    @Test
    void flagsASlotWithNoFact() {
        Scenario base = ScenarioFixtures.refundCustomer();
        Scenario s = new Scenario(
                base.id(),
                base.title(),
                base.category(),
                base.situation(),
                base.difficulty(),
                base.opener(),
                base.learner(),
                base.persona(),
                base.decisionMap(),
                base.checklist(),
                Map.of("amount", "$1"),
                base.versions(),
                base.lines());

        assertThat(validator.validate(s))
                .anySatisfy(
                        p -> assertThat(p.describe()).contains("{order_number}").contains("add 'order_number: ...'"));
    }

    @Test
    void flagsStrengthsAndDifficultyOutOfRange() {
        Scenario base = ScenarioFixtures.refundCustomer(List.of(new Reaction("dismissal", 7, "")));
        Scenario s = new Scenario(
                "Bad Id",
                base.title(),
                base.category(),
                base.situation(),
                9,
                base.opener(),
                base.learner(),
                base.persona(),
                base.decisionMap(),
                base.checklist(),
                base.facts(),
                base.versions(),
                base.lines());

        assertThat(validator.validate(s))
                .extracting(ScenarioProblem::field)
                .contains("id", "difficulty", "persona.triggers[0].strength");
    }
}
