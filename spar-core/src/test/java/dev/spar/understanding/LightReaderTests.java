package dev.spar.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spar.analysis.Meaning;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LightReaderTests {

    @Nested
    class Jokes {
        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                haha fair enough                                   | haha
                At least it's not raining!                         | At least it's not raining
                lol ok                                             | lol
                Just kidding, I'll sort it.                        | Just kidding
                no pun intended                                    | no pun intended
                LMAO that's wild                                   | LMAO
                hehe sorry                                         | hehe
                Well, could be worse, could be raining.            | could be worse, could be raining
                Ha, good one.                                      | Ha
                """)
        void quotesTheJoke(String line, String quote) {
            assertThat(Readings.learner(line).first(ActKind.JOKE))
                    .hasValueSatisfying(act -> assertThat(act.quote()).isEqualTo(quote));
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "I hear you, that's no joke.",
                    "Holiday plans ruined, I understand.",
                    "It's raining at the depot so the vans are slow.",
                    "Hal from accounts will call you.",
                    "I'm not kidding myself, this is bad.",
                    "Solo traveller, right?",
                    "The lollipop lady saw the van.",
                    "That's a serious problem."
                })
        void seriousLinesAreNoJoke(String line) {
            assertThat(Readings.learner(line).has(ActKind.JOKE)).isFalse();
        }
    }

    @Nested
    class Tangents {
        @ParameterizedTest
        @ValueSource(
                strings = {
                    "did you catch the football last night?",
                    "how's the weather over there",
                    "Any plans for the weekend?",
                    "Random question, do you support a team?",
                    "Have you seen the new Bond film?",
                    "hows the weather where you are",
                    "Did you have a good weekend?",
                    "What are you having for lunch?",
                    "On another note, I love your accent.",
                    "how's your week been?",
                    "How's the new car?",
                    "Going anywhere nice this summer?",
                    "That reminds me, did I tell you about my cat?"
                })
        void smallTalkLeavesTheTopic(String line) {
            assertThat(Readings.learner(line).first(ActKind.TANGENT))
                    .hasValueSatisfying(act -> assertThat(act.quote()).isEqualTo(line));
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "Can I call you over the weekend?",
                    "I'll have it to you by the weekend.",
                    "What's the weather got to do with it?",
                    "How's the refund coming along?",
                    "Did you catch the order number on the invoice?",
                    "the match between the serial and the invoice is off",
                    "Is it still crashing?",
                    "When did it start crashing?",
                    "How's the new laptop holding up otherwise?"
                })
        void theConversationsOwnMatterIsNoTangent(String line) {
            assertThat(Readings.learner(line).has(ActKind.TANGENT)).isFalse();
        }

        @Test
        void smallTalkAboutWhatTheScenarioIsAboutIsNoTangent() {
            Understanding flight = Understanding.of(
                    Topics.of(List.of(), List.of("A flight cancelled because of the weather at the airport.")),
                    Meaning.NONE);

            Content content = flight.read(Side.LEARNER, "How's the weather over there now?", new ConversationMemory());

            assertThat(content.has(ActKind.TANGENT)).isFalse();
        }
    }
}
