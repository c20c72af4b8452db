package dev.spar.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StanceReaderTests {

    @Nested
    class Accepting {
        @ParameterizedTest
        @ValueSource(
                strings = {
                    "Deal.",
                    "Fine, do that",
                    "ok lets do that",
                    "Alright, let's do the repair.",
                    "That works for me.",
                    "sounds good, thanks",
                    "I'll take the voucher.",
                    "Yes please.",
                    "go ahead then"
                })
        void takingItUpInSoManyWordsIsAccepting(String line) {
            assertThat(Readings.counterpart(line).has(ActKind.ACCEPT)).isTrue();
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "Deal with it.",
                    "Ok.",
                    "I agree it's been slow.",
                    "Go ahead and tell me what happened.",
                    "Sounds good on paper, but what does it mean?",
                    "That works how, exactly?",
                    "Yes, it's BL-1.",
                    "Fine."
                })
        void aBareYesWithNothingOfferedOrAnotherUseIsNone(String line) {
            assertThat(Readings.counterpart(line).has(ActKind.ACCEPT)).isFalse();
        }

        @Test
        void aBareOkRightAfterAnOfferTakesItUp() {
            Readings.Conversation talk = new Readings.Conversation();
            talk.learner("I can book a repair for Thursday.");

            Content ok = talk.counterpart("Ok, fine.");

            assertThat(ok.first(ActKind.ACCEPT))
                    .hasValueSatisfying(act -> assertThat(act.detail()).isEqualTo("book a repair for Thursday"));
        }
    }

    @Nested
    class Rejecting {
        @ParameterizedTest
        @ValueSource(
                strings = {
                    "No, that doesn't help me.",
                    "A refund doesn't help.",
                    "That's not good enough.",
                    "no thanks",
                    "Absolutely not.",
                    "That won't work for me.",
                    "nah that's not what i asked for",
                    "I don't want a voucher.",
                    "A repair? No. I want my money.",
                    "Half the fee off isn't a compromise.",
                    "A callback? So I sit by the phone all day again. No.",
                    "Not happening."
                })
        void turningItDownIsRejecting(String line) {
            assertThat(Readings.counterpart(line).has(ActKind.REJECT)).isTrue();
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "That doesn't help me understand why.",
                    "No.",
                    "No worries at all.",
                    "I don't want to argue.",
                    "No, it's BL-1.",
                    "Does that not work?",
                    "There's no way to know yet.",
                    "it doesn't work when it's plugged in",
                    "I'd rather not guess at the figure.",
                    "Sorry, no idea."
                })
        void aNoToSomethingElseIsNoRejection(String line) {
            assertThat(Readings.counterpart(line).has(ActKind.REJECT)).isFalse();
        }

        @Test
        void aShortQuestionThatOpensTheLineNamesWhatIsTurnedDown() {
            assertThat(Readings.counterpart("A voucher? For a shop I'm never using again? No.")
                            .first(ActKind.REJECT))
                    .hasValueSatisfying(act -> assertThat(act.detail()).isEqualTo("A voucher"));
        }

        @Test
        void namesWhatIsTurnedDown() {
            assertThat(Readings.counterpart("A store credit doesn't help me.").first(ActKind.REJECT))
                    .hasValueSatisfying(act -> assertThat(act.detail()).isEqualTo("A store credit"));
        }
    }

    @Nested
    class Ending {
        @ParameterizedTest
        @ValueSource(
                strings = {
                    "I'm hanging up.",
                    "Forget it, cancel the order.",
                    "Bye",
                    "Thanks, that's all.",
                    "ok bye",
                    "im done here",
                    "I'll take my business elsewhere.",
                    "Have a good day.",
                    "We're done."
                })
        void endingTheConversationIsRead(String line) {
            assertThat(Readings.counterpart(line).has(ActKind.END)).isTrue();
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "I'm done with the form, what's next?",
                    "By the way, I checked.",
                    "thanks, that's all very helpful but what about the refund",
                    "Don't hang up, please.",
                    "Can I cancel the order?",
                    "I'm not done yet.",
                    "Goodbye to my weekend, then.",
                    "Take care of the refund first.",
                    "Cancel my subscription and refund the year.",
                    "I'd like to cancel my account, please.",
                    "That's why I'm leaving a review."
                })
        void talkOfEndingThatDoesNotEndIsNone(String line) {
            assertThat(Readings.counterpart(line).has(ActKind.END)).isFalse();
        }
    }
}
