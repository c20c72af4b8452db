package dev.spar.review;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spar.analysis.RuleAnalyzer;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * How a real agent's turn sounds to the customer who just wrote: scolding, brushing off, blaming what they did,
 * lecturing, "as previously stated", a word or two back to a long explanation, and a bare no, each with a near miss
 * that is fine.
 */
class ToneReviewTests {
    private static final ConversationReviewer REVIEWER = new ConversationReviewer(new RuleAnalyzer());

    private static List<String> categories(String customerSaid, String agentSaid) {
        return REVIEWER
                .review(Transcript.of(
                        "chat",
                        List.of(
                                Utterance.of("Robin", Role.CUSTOMER, customerSaid),
                                Utterance.of("Lee", Role.AGENT, agentSaid))))
                .at(2)
                .stream()
                .filter(ReviewFinding::isProblem)
                .map(f -> f.category().id())
                .toList();
    }

    @Nested
    class ByTheirWords {
        @Test
        void tellingThemHowToBehaveIsScolding() {
            assertThat(categories("what a surprise, late AGAIN", "Watch your language or I will close this chat."))
                    .contains("scolding");
            assertThat(categories("WHERE IS MY ORDER", "No need to shout, I can read you fine."))
                    .contains("scolding");
        }

        @Test
        void wavingTheProblemAwayIsADismissal() {
            assertThat(categories("the rug came with a stain on it", "These things happen with natural fibres."))
                    .contains("dismissal");
            assertThat(categories("the voucher still isn't on my account", "Not much else I can do, sorry."))
                    .contains("dismissal");
        }

        @Test
        void sendingThemToTheHelpPagesOrTellingThemToWaitIsADismissal() {
            assertThat(categories(
                            "I'm fuming, the sofa came with a torn cushion",
                            "Have you checked our help section? It covers damaged items."))
                    .contains("dismissal");
            assertThat(categories("my voucher still isn't there after a week", "ok. Just wait."))
                    .contains("dismissal");
        }

        @Test
        void tellingThemNotToTypeInCapitalsIsScolding() {
            assertThat(categories("I WANT MY MONEY BACK", "Please stop writing in capitals."))
                    .contains("scolding");
        }

        @Test
        void puttingItOnWhatTheyDidIsBlame() {
            assertThat(categories(
                            "the shelf is leaning to one side",
                            "Then it was not assembled according to the instructions."))
                    .contains("blame");
        }

        @Test
        void tellingThemWhatTheyShouldHaveKnownIsCondescension() {
            assertThat(categories(
                            "the mattress is too big for my bed frame",
                            "Customers are expected to check the sizes before they buy."))
                    .contains("condescension");
        }

        @Test
        void asPreviouslyStatedMakesThemFeelTheyShouldNotHaveAsked() {
            assertThat(categories("so is it coming tomorrow?", "As previously stated, it is coming tomorrow."))
                    .contains("defensive");
        }

        @Test
        void sayingTheSameThingsKindlyIsFine() {
            assertThat(categories(
                            "the rug came with a stain on it",
                            "I'm sorry about that. Could you send me a photo? I'll arrange a replacement."))
                    .isEmpty();
            assertThat(categories("so is it coming tomorrow?", "Yes, it's on the van for tomorrow morning."))
                    .isEmpty();
        }
    }

    @Nested
    class ACurtReply {
        @Test
        void aWordOrTwoBackToALongExplanationIsADismissal() {
            assertThat(categories(
                            "I've rung twice and emailed once and nobody can tell me where the second box of the bed"
                                    + " frame is",
                            "Checked."))
                    .contains("dismissal");
        }

        @Test
        void aShortAnswerToTheirQuestionAGreetingOrAGoodbyeIsFine() {
            assertThat(categories(
                            "I ordered the bed frame on Monday and the first box came today, is the second one"
                                    + " coming too?",
                            "Yes."))
                    .isEmpty();
            assertThat(categories(
                            "that's everything sorted then, thank you so much and have a nice weekend", "You too!"))
                    .isEmpty();
        }
    }

    @Nested
    class ABareNo {
        @Test
        void aShortNoToTheirRequestWithNothingOfferedIsPolicyFirst() {
            assertThat(categories("could you deliver it on Saturday instead?", "No, Saturday isn't possible."))
                    .contains("policy-first");
            assertThat(categories("can I pay half now and half later?", "We don't offer that."))
                    .contains("policy-first");
        }

        @Test
        void theRuleAloneAsTheAnswerIsABareNoToo() {
            assertThat(categories(
                            "can the refund go to my partner's card?", "Refunds can only go to the card you used."))
                    .contains("policy-first");
            assertThat(categories("would it be possible to pick it up myself?", "That's not possible."))
                    .contains("policy-first");
        }

        @Test
        void aNoWithAnotherWayOrASorryIsFine() {
            assertThat(categories(
                            "could you deliver it on Saturday instead?",
                            "Saturday isn't possible, but I can book Friday evening or Monday morning for you."))
                    .isEmpty();
            assertThat(categories("can you resend the invoice please?", "No problem, it's on its way to you now."))
                    .isEmpty();
        }
    }

    @Nested
    class WrappingUpWhileItIsOpen {
        @Test
        void aGoodbyeTemplateRightAfterTheySaidItStillDoesNotWorkIsClosingWhileOpen() {
            assertThat(categories(
                            "the new link doesn't work either",
                            "Alright, I'll close this chat now. Have a nice evening."))
                    .contains("closing-while-open");
        }

        @Test
        void theSameGoodbyeAfterTheirThanksIsFine() {
            assertThat(categories("that worked, thanks a lot!", "Glad I could help! Was there anything else?"))
                    .isEmpty();
        }
    }
}
