package dev.spar.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    @Test
    void acceptsAnAnswerLineTiedToAFactWithExampleQuestions() {
        Scenario s = ScenarioFixtures.withMoreLines(
                ScenarioFixtures.refundCustomer(),
                Intent.ANSWER,
                Line.answering(
                        "order_number", "It's {order_number}.", List.of("what's the order number", "order ref?")));

        assertThat(validator.validate(s)).isEmpty();
    }

    @Test
    void flagsExampleQuestionsWithoutATopic() {
        Scenario s = ScenarioFixtures.withMoreLines(
                ScenarioFixtures.refundCustomer(),
                Intent.ANSWER,
                new Line("It's {order_number}.", List.of(), List.of(), Optional.empty(), List.of("order ref?")));

        assertThat(validator.validate(s)).singleElement().satisfies(p -> {
            assertThat(p.field()).endsWith(".examples");
            assertThat(p.fix()).contains("topic:");
        });
    }

    @Test
    void flagsAnExampleQuestionGivenToTwoTopicsAndABadTopicName() {
        Scenario s = ScenarioFixtures.withMoreLines(
                ScenarioFixtures.refundCustomer(),
                Intent.ANSWER,
                Line.answering("order_number", "It's {order_number}.", List.of("Which one?")),
                Line.answering("amount", "{amount}.", List.of("which one?")),
                Line.answering("Order Number!", "Same as before.", List.of()));

        assertThat(validator.validate(s))
                .extracting(ScenarioProblem::describe)
                .anySatisfy(d -> assertThat(d).contains("also an example of the topic 'order_number'"))
                .anySatisfy(d -> assertThat(d).contains("'Order Number!' is not a topic name"));
    }
}
