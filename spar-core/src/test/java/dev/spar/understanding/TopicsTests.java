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
}
