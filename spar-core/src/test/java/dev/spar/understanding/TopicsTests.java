package dev.spar.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spar.analysis.Meaning;
import dev.spar.scenario.Intent;
import dev.spar.scenario.Line;
import dev.spar.scenario.Scenario;
import dev.spar.scenario.ScenarioFixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class TopicsTests {
    @Test
    void anAuthorsExampleQuestionsNameTheTopicTheirLineAnswers() {
        Scenario s = ScenarioFixtures.withMoreLines(
                ScenarioFixtures.refundCustomer(),
                Intent.ANSWER,
                Line.answering("order_number", "It's {order_number}.", List.of("what's on your receipt?")),
                Line.answering("first-crash", "The day after it came.", List.of("since when")));
        Understanding understanding = Understanding.of(s, Meaning.NONE);

        Content ref = understanding.read(Side.LEARNER, "Sorry, what's on your receipt?", new ConversationMemory());
        Content since = understanding.read(Side.LEARNER, "Since when has it done that?", new ConversationMemory());

        assertThat(ref.topicsAsked()).containsExactly("order_number");
        assertThat(since.topicsAsked()).containsExactly("first-crash");
    }

    @Test
    void withoutExamplesAnOrdinaryPhrasingNamesNoTopic() {
        Understanding understanding = Understanding.of(ScenarioFixtures.refundCustomer(), Meaning.NONE);

        Content ref = understanding.read(Side.LEARNER, "Sorry, what's on your receipt?", new ConversationMemory());

        assertThat(ref.topicsAsked()).isEmpty();
    }

    @Test
    void aTextNamesOnlyTheTopicsOfTheScenarioItIsReadIn() {
        Scenario withExample = ScenarioFixtures.withMoreLines(
                ScenarioFixtures.refundCustomer(),
                Intent.ANSWER,
                Line.answering("order_number", "It's {order_number}.", List.of("what's on your receipt?")));
        Topics theirs = Topics.of(withExample);
        Topics others = Topics.of(ScenarioFixtures.refundCustomer());

        // Asked in turn, as runs of two scenarios would: what one found is never the other's answer.
        for (int i = 0; i < 2; i++) {
            assertThat(others.namedIn("Sorry, what's on your receipt?")).isEmpty();
            assertThat(theirs.namedIn("Sorry, what's on your receipt?"))
                    .map(Topic::id)
                    .contains("order_number");
            assertThat(Topics.of(withExample).namedIn("Sorry, what's on your receipt?"))
                    .map(Topic::id)
                    .contains("order_number");
        }
    }
}
