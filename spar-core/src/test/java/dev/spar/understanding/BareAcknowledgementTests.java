package dev.spar.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BareAcknowledgementTests {
    @Nested
    class SaysSomethingBack {
        @ParameterizedTest
        @ValueSource(
                strings = {
                    "ok i hear you, the laptop has crashed all week",
                    "So what you're saying is the refund never came, is that right?",
                    "Got it, so it's been 3 weeks.",
                })
        void whenTheirMatterIsSaidBack(String line) {
            assertThat(BareAcknowledgement.saysSomethingBack(line)).isTrue();
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "ok i hear you.",
                    "Right, got it, understood. Is that right?",
                    "yeah I hear ya",
                    "Okay, I get it, that makes sense.",
                    "I totally understand where you're coming from.",
                })
        void notWhenOnlyTheFrameOfANodIsSaid(String line) {
            assertThat(BareAcknowledgement.saysSomethingBack(line)).isFalse();
        }
    }

    @Nested
    class NamesNothing {
        private final ConversationMemory memory = new ConversationMemory();

        @Test
        void aNodNamesNothing() {
            assertThat(BareAcknowledgement.namesNothing("I hear you, that's fair.", memory, Set.of("suit", "wedding")))
                    .isTrue();
        }

        @Test
        void theirSituationOrAFeelingIsNamed() {
            assertThat(BareAcknowledgement.namesNothing("I hear you about the suit.", memory, Set.of("suit")))
                    .isFalse();
            assertThat(BareAcknowledgement.namesNothing("That sounds so frustrating.", memory, Set.of()))
                    .isFalse();
        }

        @Test
        void aWordOfWhatTheySaidIsNamed() {
            memory.remember(1, new Content("Third time this week the van didn't show.", Side.COUNTERPART, List.of()));

            assertThat(BareAcknowledgement.namesNothing("Okay, the van. Got it.", memory, Set.of()))
                    .isFalse();
            assertThat(BareAcknowledgement.namesNothing("Okay. Got it.", memory, Set.of()))
                    .isTrue();
        }
    }
}
