package dev.spar.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spar.analysis.Meaning;
import dev.spar.analysis.MeaningMatch;
import dev.spar.scenario.ScenarioFixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnderstandingTests {
    private final Understanding understanding = Understanding.of(ScenarioFixtures.refundCustomer(), Meaning.NONE);

    @Test
    void aQuestionNamesTheFactItAsksFor() {
        Content content =
                understanding.read(Side.LEARNER, "Thanks. What's the order number?", new ConversationMemory());

        assertThat(content.first(ActKind.ASK)).hasValueSatisfying(ask -> {
            assertThat(ask.topic()).contains("order_number");
            assertThat(ask.quote()).isEqualTo("What's the order number?");
        });
    }

    @Test
    void askingForAFactTheyAlreadyGaveIsAReAsk() {
        ConversationMemory memory = new ConversationMemory();
        memory.remember(
                1, understanding.read(Side.COUNTERPART, "It's order BL-1, I told the last person too.", memory));

        Content again = understanding.read(Side.LEARNER, "Can I get your order number please?", memory);

        assertThat(again.has(ActKind.REASK)).isTrue();
        assertThat(again.has(ActKind.ASK)).isFalse();
        assertThat(memory.disclosed(Side.COUNTERPART, "order_number"))
                .hasValueSatisfying(d -> assertThat(d.turn()).isEqualTo(1));
    }

    @Test
    void anAnswerClosesTheQuestionItAnswers() {
        ConversationMemory memory = new ConversationMemory();
        memory.remember(1, understanding.read(Side.LEARNER, "What was the order number?", memory));
        assertThat(memory.openQuestions(Side.LEARNER)).hasSize(1);

        memory.remember(2, understanding.read(Side.COUNTERPART, "BL-1.", memory));

        assertThat(memory.openQuestions(Side.LEARNER)).isEmpty();
    }

    @Test
    void theSemanticReadingAddsWhatTheRulesMissQuotingTheSentence() {
        Meaning meaning = sentence -> sentence.startsWith("Right")
                ? List.of(new MeaningMatch("give-ground", 0.8, "ok whatever you want"))
                : List.of();
        Understanding withMeaning = Understanding.of(ScenarioFixtures.refundCustomer(), meaning);

        Content content = withMeaning.read(Side.LEARNER, "Right, you do you. I'll sort it.", new ConversationMemory());

        assertThat(content.first(ActKind.GIVE_GROUND)).hasValueSatisfying(act -> {
            assertThat(act.quote()).isEqualTo("Right, you do you.");
            assertThat(act.source()).isEqualTo(Act.Source.MEANING);
        });
    }

    @Test
    void aQuestionTheRulesReadIsNotReadAgainBySimilarity() {
        Meaning everythingAJoke = sentence -> List.of(new MeaningMatch("joke", 0.9, "knock knock"));
        Understanding withMeaning = Understanding.of(ScenarioFixtures.refundCustomer(), everythingAJoke);

        Content content = withMeaning.read(
                Side.LEARNER, "What model is the laptop? My old one was a nightmare too.", new ConversationMemory());

        assertThat(content.all(ActKind.JOKE)).extracting(Act::quote).containsExactly("My old one was a nightmare too.");
    }

    @Test
    void anAuthoredLineIsReadByTheRulesAlone() {
        Meaning everythingAJab = sentence -> List.of(new MeaningMatch("accuse", 0.9, "you're impossible"));
        Understanding withMeaning = Understanding.of(ScenarioFixtures.refundCustomer(), everythingAJab);

        Content authored = withMeaning.readAuthored(
                Side.COUNTERPART, "It's order BL-1. You're a shambles.", new ConversationMemory());
        Content voiced =
                withMeaning.read(Side.COUNTERPART, "It's order BL-1. You're a shambles.", new ConversationMemory());

        assertThat(authored.has(ActKind.ACCUSE)).isFalse();
        assertThat(authored.has(ActKind.ANSWER)).isTrue();
        assertThat(voiced.has(ActKind.ACCUSE)).isTrue();
    }
}
