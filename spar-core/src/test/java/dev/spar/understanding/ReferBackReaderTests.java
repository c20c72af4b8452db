package dev.spar.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReferBackReaderTests {

    @Nested
    class References {
        @ParameterizedTest
        @ValueSource(
                strings = {
                    "Like you said, it's been a rough week.",
                    "you mentioned the charger earlier",
                    "Earlier you said it froze on day eight.",
                    "Going back to the refund, here's what I can do.",
                    "As I said, the review takes two days.",
                    "to your earlier point about the fee",
                    "u said it started tuesday right",
                    "Coming back to what you said about the invoice.",
                    "The form I mentioned is in your inbox now.",
                    "You brought up the pricing-page launch.",
                    "I'm glad the second person you spoke to was kind, at least.",
                    "can i ask more about your dad's phone - is it working now?",
                    "about the key - i'm not asking for it back.",
                    "About the March churn report: that one was on me."
                })
        void aPointerBackIsRead(String line) {
            assertThat(Readings.learner(line).has(ActKind.REFER_BACK)).isTrue();
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "I can't believe you said that.",
                    "I'll call you back by two.",
                    "Can I go back to my desk and check?",
                    "What did you say your name was?",
                    "Like I care.",
                    "Say that again?",
                    "The refund goes back to your card.",
                    "You can send it back for free.",
                    "Why have you brought up the manager?",
                    "It's about the refund, I'm afraid.",
                    "I'd like to know more about the laptop's fault from the engineer.",
                    "I spoke to the engineer yesterday and he has the notes."
                })
        void otherUsesOfTheWordsAreNone(String line) {
            assertThat(Readings.learner(line).has(ActKind.REFER_BACK)).isFalse();
        }

        @Test
        void pointsAtTheTurnThatSaidIt() {
            Readings.Conversation talk = new Readings.Conversation();
            talk.counterpart("It crashed three times and I lost a whole report.");
            talk.learner("That's awful, I'm sorry.");
            talk.counterpart("And the charger gets hot too.");

            Content back = talk.read(Side.LEARNER, "Going back to the report you lost, was it saved anywhere?");

            Act act = back.first(ActKind.REFER_BACK).orElseThrow();
            assertThat(act.detail()).isEqualTo("It crashed three times and I lost a whole report.");
            assertThat(talk.memory().turnReferredTo(act)).contains(1);
        }

        @Test
        void likeYouSaidPointsAtTheirLatestLineOnThatSubject() {
            Readings.Conversation talk = new Readings.Conversation();
            talk.counterpart("I use it for invoices every day.");
            talk.learner("Okay.");
            talk.counterpart("The screen flickers as well.");

            Content back = talk.read(Side.LEARNER, "Like you said, you need it for your invoices.");

            assertThat(back.first(ActKind.REFER_BACK))
                    .hasValueSatisfying(act -> assertThat(act.detail()).isEqualTo("I use it for invoices every day."));
        }
    }

    @Nested
    class Questions {
        @ParameterizedTest
        @ValueSource(
                strings = {
                    "can you tell me the order number",
                    "whats ur order num",
                    "What's the ordr number?",
                    "could you give me the order no please",
                    "Tell me your order number"
                })
        void aQuestionWithoutItsMarkOrWithATypoStillAsksForTheFact(String line) {
            assertThat(Readings.learner(line).first(ActKind.ASK))
                    .hasValueSatisfying(ask -> assertThat(ask.topic()).contains("order_number"));
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "what's the order no again?",
                    "can I get ur order num",
                    "Could you confirm the ordr number for me?",
                    "whats the order nr"
                })
        void askingAgainForAGivenFactIsAReAskPointingAtItsTurn(String line) {
            Readings.Conversation talk = new Readings.Conversation();
            talk.counterpart("It's order BL-1, I told the last person too.");
            talk.learner("I'm sorry you've had to repeat yourself.");

            Content again = talk.read(Side.LEARNER, line);

            Act reask = again.first(ActKind.REASK).orElseThrow();
            assertThat(talk.memory().turnReferredTo(reask)).contains(1);
            assertThat(again.has(ActKind.ASK)).isFalse();
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "what was the order number again?",
                    "sorry, when did u say it started?",
                    "How much did you say it cost?"
                })
        void aQuestionThatSaysItAsksAgainIsAReAskEvenUnremembered(String line) {
            assertThat(Readings.learner(line).has(ActKind.REASK)).isTrue();
        }

        @Test
        void doingSomethingAgainIsNoReAsk() {
            assertThat(Readings.learner("Have you tried restarting it again?").has(ActKind.REASK))
                    .isFalse();
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "what a mess this is",
                    "I'll order a new one for you.",
                    "Whatever you need, I'm here.",
                    "How about a replacement?",
                    "The order number is on the receipt."
                })
        void aStatementOrAProposalAsksNothing(String line) {
            Content content = Readings.learner(line);

            assertThat(content.has(ActKind.ASK)).isFalse();
            assertThat(content.has(ActKind.REASK)).isFalse();
        }
    }
}
