package dev.spar.semantic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spar.analysis.Meaning;
import dev.spar.analysis.MeaningMatch;
import dev.spar.understanding.Act;
import dev.spar.understanding.ActKind;
import dev.spar.understanding.Content;
import dev.spar.understanding.ConversationMemory;
import dev.spar.understanding.Side;
import dev.spar.understanding.Topics;
import dev.spar.understanding.Understanding;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The real model on sentences written for these tests (in no bank and no calibration set). */
class SentenceMeaningTests {

    private static List<String> families(String sentence) {
        return Models.standard().match(sentence).stream()
                .map(MeaningMatch::family)
                .toList();
    }

    @Nested
    class ReadsWhatALineDoes {
        @Test
        void readsGivingGroundWordedUnlikeAnyExample() {
            assertThat(families("alright, let's say 70 then, sorry for pushing"))
                    .contains("give-ground");
        }

        @Test
        void readsABlameOnTheCourier() {
            assertThat(families("the couriers messed it up not us tbh")).containsExactly("blame-others");
        }

        @Test
        void leavesAnEmpathyLineUnread() {
            assertThat(families("that sounds really frustrating, I'd be annoyed too"))
                    .isEmpty();
            assertThat(families("I'm so sorry you've been through all this")).isEmpty();
        }

        @Test
        void readsThroughTyposAndTextSpeak() {
            assertThat(families("ur being totaly unreasonble")).containsExactly("accuse");
            assertThat(families("ok fine we can do 80 i guess, sorry")).containsExactly("give-ground");
        }

        @Test
        void leavesOutTheFamiliesKeptOutOfTheProduct() {
            assertThat(MeaningData.standard().keptOut()).contains("tangent", "mock", "false-hope");
            assertThat(families("did u see the footy last nite")).doesNotContain("tangent");
            assertThat(families("I'm sure it'll all be fine, don't worry")).doesNotContain("false-hope");
        }

        @Test
        void namesTheNearestExampleAsTheReason() {
            MeaningMatch match = Models.standard()
                    .match("alright, let's say 70 then, sorry for pushing")
                    .getFirst();

            assertThat(MeaningData.standard().bank(match.family())).contains(match.exemplar());
        }

        @Test
        void addsWhatTheRulesMissedToTheContentReading() {
            Understanding understanding = Understanding.of(Topics.none(), Models.standard());

            Content content = understanding.read(
                    Side.LEARNER, "Let me check. Fine. You win, we'll do it your way.", new ConversationMemory());

            assertThat(content.first(ActKind.GIVE_GROUND))
                    .get()
                    .extracting(Act::quote, Act::source)
                    .containsExactly("You win, we'll do it your way.", Act.Source.MEANING);
        }
    }

    @Nested
    class Greetings {
        @ParameterizedTest
        @ValueSource(
                strings = {
                    "Hi Margaret, thanks for making time.",
                    "Hi Dana, thanks for making time for this.",
                    "Hi Margaret.",
                    "Hi Greta, thanks for popping over.",
                    "Morning Kofi, have you got ten minutes?"
                })
        void anOpeningLineThatOnlyGreetsIsReadAsNoProblemOfTheCoachedLines(String line) {
            Understanding understanding = Understanding.of(Topics.none(), Models.standard());

            assertThat(understanding
                            .read(Side.LEARNER, line, new ConversationMemory())
                            .likeCoached())
                    .isEmpty();
        }

        @Test
        void aGreetingWithAJabAfterItIsStillRead() {
            Understanding understanding = Understanding.of(Topics.none(), Models.standard());

            assertThat(understanding
                            .read(
                                    Side.LEARNER,
                                    "Hi Margaret. Oh wonderful, another visit, you really are the expert on everything.",
                                    new ConversationMemory())
                            .likeCoached())
                    .extracting(MeaningMatch::family)
                    .contains("sarcasm");
        }
    }

    @Nested
    class FallsBackToTheRules {
        @Test
        void readsNothingWhenTheModelCannotLoad() {
            Meaning meaning = SentenceMeaning.loadOrNone(() -> {
                throw new IllegalStateException("onnxruntime: no native library for this platform");
            });

            assertThat(meaning).isSameAs(Meaning.NONE);
        }

        @Test
        void readsNothingWhenTheBanksAreMissing() {
            var empty = new URLClassLoader(new URL[0], null);

            Meaning meaning = SentenceMeaning.loadOrNone(
                    () -> SentenceMeaning.load(() -> sentence -> new float[] {1}, new MeaningData(empty)));

            assertThat(meaning).isSameAs(Meaning.NONE);
        }

        @Test
        void theStandardReadingLoadsFromTheClasspath() {
            assertThat(SentenceMeaning.standard()).isInstanceOf(SentenceMeaning.class);
            assertThat(SentenceMeaning.standard()).isSameAs(SentenceMeaning.standard());
        }
    }
}
