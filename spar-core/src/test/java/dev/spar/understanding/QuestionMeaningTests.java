package dev.spar.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spar.analysis.Meaning;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The fact a question means when its words do not name it, found by closeness in meaning. */
class QuestionMeaningTests {
    private static final Topic DEBIT_DATE =
            new Topic("debit_date", "debit date", List.of("debit date"), Optional.of("the 1st"));
    private static final Topic CARD = new Topic("card_last4", "card last4", List.of("which card"), Optional.of("4417"));
    private static final Topic WHEN = new Topic("answer:when", "when", List.of("when"), Optional.empty());
    private static final Topics TOPICS = Topics.of(List.of(DEBIT_DATE, CARD, WHEN));

    /** A reading of meaning that finds each phrase as close as the first of its words scripted here says. */
    private static Meaning closeness(Map<String, Double> byWord) {
        return new Meaning() {
            @Override
            public List<dev.spar.analysis.MeaningMatch> match(String sentence) {
                return List.of();
            }

            @Override
            public double[] closeness(String sentence, List<String> phrases) {
                return phrases.stream()
                        .mapToDouble(p -> byWord.entrySet().stream()
                                .filter(e -> p.contains(e.getKey()))
                                .mapToDouble(Map.Entry::getValue)
                                .findFirst()
                                .orElse(0.1))
                        .toArray();
            }
        };
    }

    private static Optional<Act> asked(Meaning meaning, String line, ConversationMemory memory) {
        Content content = Understanding.of(TOPICS, meaning).read(Side.LEARNER, line, memory);
        return content.acts().stream()
                .filter(a -> a.kind() == ActKind.ASK || a.kind() == ActKind.REASK)
                .findFirst();
    }

    @Test
    void aQuestionInOtherWordsAsksForTheFactClosestInMeaning() {
        Meaning meaning = closeness(Map.of("debit", 0.55, "card", 0.3));

        assertThat(asked(meaning, "And which day did the money actually leave your account?", new ConversationMemory()))
                .hasValueSatisfying(a -> {
                    assertThat(a.kind()).isEqualTo(ActKind.ASK);
                    assertThat(a.topic()).contains("debit_date");
                });
    }

    @Test
    void aQuestionBetweenTwoFactsIsNotGuessed() {
        Meaning meaning = closeness(Map.of("debit", 0.55, "card", 0.5));

        assertThat(asked(meaning, "And which one was it that went out?", new ConversationMemory()))
                .hasValueSatisfying(a -> assertThat(a.topic()).isEmpty());
    }

    /**
     * A question in other words about a fact, which sits a little nearer the fact than an authored answer with
     * nothing to give, asks for the fact; between two facts, or nearly level with the answer, nothing is guessed.
     */
    @Test
    void aFactSomewhatCloserThanAnAnswerWithoutAValueIsTheOneAsked() {
        for (String line : List.of(
                "Can I ask which day it normally shows up?",
                "roughly what day does the money come off?",
                "And it lands on which day, usually?")) {
            assertThat(asked(closeness(Map.of("debit", 0.55, "when", 0.48)), line, new ConversationMemory()))
                    .as(line)
                    .hasValueSatisfying(a -> assertThat(a.topic()).contains("debit_date"));
            assertThat(asked(closeness(Map.of("debit", 0.55, "when", 0.52)), line, new ConversationMemory()))
                    .as("nearly level: %s", line)
                    .hasValueSatisfying(a -> assertThat(a.topic()).isEmpty());
            assertThat(asked(closeness(Map.of("debit", 0.55, "card", 0.48)), line, new ConversationMemory()))
                    .as("between two facts: %s", line)
                    .hasValueSatisfying(a -> assertThat(a.topic()).isEmpty());
        }
    }

    @Test
    void aQuestionNearNothingAsksForNothing() {
        Meaning meaning = closeness(Map.of("debit", 0.3));

        assertThat(asked(meaning, "How was your weekend away?", new ConversationMemory()))
                .hasValueSatisfying(a -> assertThat(a.topic()).isEmpty());
    }

    @Test
    void aFactTheRulesNamedStandsWhateverTheMeaning() {
        Meaning meaning = closeness(Map.of("debit", 0.9));

        assertThat(asked(meaning, "Which card did you pay with?", new ConversationMemory()))
                .hasValueSatisfying(a -> assertThat(a.topic()).contains("card_last4"));
    }

    @Test
    void aFactClearlyCloserThanTheAnswerAWordPointedToIsTheOneAsked() {
        String line = "When did the payment actually show on your statement?";
        assertThat(asked(Meaning.NONE, line, new ConversationMemory()))
                .as("the rules alone read 'when' as the authored answer's topic")
                .hasValueSatisfying(a -> assertThat(a.topic()).contains("answer:when"));

        assertThat(asked(closeness(Map.of("debit", 0.6, "when", 0.45)), line, new ConversationMemory()))
                .hasValueSatisfying(a -> assertThat(a.topic()).contains("debit_date"));
        assertThat(asked(closeness(Map.of("debit", 0.6, "when", 0.55)), line, new ConversationMemory()))
                .as("not clearly closer")
                .hasValueSatisfying(a -> assertThat(a.topic()).contains("answer:when"));
    }

    @Test
    void askingInOtherWordsForAFactTheyGaveIsAReAsk() {
        Meaning meaning = closeness(Map.of("debit", 0.55));
        Understanding understanding = Understanding.of(TOPICS, meaning);
        ConversationMemory memory = new ConversationMemory();
        memory.remember(2, understanding.read(Side.COUNTERPART, "It went out on the 1st.", memory));

        assertThat(asked(meaning, "Sorry, which day did the money leave your account?", memory))
                .hasValueSatisfying(a -> {
                    assertThat(a.kind()).isEqualTo(ActKind.REASK);
                    assertThat(a.topic()).contains("debit_date");
                });
    }
}
