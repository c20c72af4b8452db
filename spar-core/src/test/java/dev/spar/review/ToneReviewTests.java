package dev.spar.review;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spar.analysis.RuleAnalyzer;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * How a real agent's turn sounds to the customer who just wrote: scolding, brushing off, blaming what they did,
 * lecturing, "as previously stated", a word or two back to a long explanation, a bare no, telling them they are
 * wrong, hurrying them, capitals, the work handed back, a bare order and the rule over their question, each with a
 * near miss that is fine.
 */
class ToneReviewTests {
    private static final ConversationReviewer REVIEWER = new ConversationReviewer(new RuleAnalyzer());

    private static List<ReviewFinding> findings(String customerSaid, String agentSaid) {
        return REVIEWER.review(Transcript.of(
                        "chat",
                        List.of(
                                Utterance.of("Robin", Role.CUSTOMER, customerSaid),
                                Utterance.of("Lee", Role.AGENT, agentSaid))))
                .at(2);
    }

    private static List<String> categories(String customerSaid, String agentSaid) {
        return findings(customerSaid, agentSaid).stream()
                .filter(ReviewFinding::isProblem)
                .map(f -> f.category().id())
                .toList();
    }

    private static List<String> rewrites(String customerSaid, String agentSaid) {
        return findings(customerSaid, agentSaid).stream()
                .flatMap(f -> f.rewrite().stream())
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

    @Nested
    class PuttingThemRight {
        @Test
        void tellingThemTheyAreWrongIsJudgementalFraming() {
            assertThat(categories("the driver never knocked", "That's not true, the parcel was signed for at 10:02."))
                    .contains("judgemental-framing");
            assertThat(categories("you promised me a call back yesterday", "We never said that."))
                    .contains("judgemental-framing");
            assertThat(categories(
                            "why is it only a voucher? I wanted my money back",
                            "No, you chose the voucher when we spoke on Monday."))
                    .contains("judgemental-framing");
        }

        @Test
        void agreeingSomethingIsWrongAndFixingItIsFine() {
            assertThat(categories(
                            "the invoice shows 90 euros but I paid 75",
                            "That's incorrect, sorry: I'll send you a corrected invoice now."))
                    .isEmpty();
        }
    }

    @Nested
    class LikeISaidAndExasperation {
        @Test
        void againAsTheOpeningIsDefensive() {
            assertThat(categories("and the refund, when is that?", "Again, the refund takes five days."))
                    .contains("defensive");
        }

        @Test
        void whatDoYouWantMeToDoAnswersHeatWithHeat() {
            assertThat(categories("this is the third broken lamp!", "What do you expect me to do about the courier?"))
                    .contains("reactive");
        }

        @Test
        void itClearlyStatesIsCondescension() {
            assertThat(categories(
                            "the curtains are 20 cm too short", "It clearly states the length on the product page."))
                    .contains("condescension");
        }

        @Test
        void againWithAnApologyIsFine() {
            assertThat(categories("any update?", "Again, apologies for the wait: it shipped this morning."))
                    .isEmpty();
        }
    }

    @Nested
    class HurryingThem {
        @Test
        void tellingThemToBeQuickIsScolding() {
            assertThat(categories(
                            "sorry, I'm finding the email with the order in it",
                            "Can you be quick, there are more chats waiting."))
                    .contains("scolding");
        }

        @Test
        void givingThemTimeIsFine() {
            assertThat(categories("sorry, I'm finding the email with the order in it", "No rush, take your time."))
                    .isEmpty();
        }
    }

    @Nested
    class Shouting {
        @Test
        void wordsInCapitalsAreReactiveAndTheRewriteSaysThemInOrdinaryCase() {
            assertThat(categories("so where is my money", "YOUR REFUND HAS BEEN PROCESSED ALREADY."))
                    .contains("reactive");
            assertThat(rewrites("so where is my money", "YOUR REFUND HAS BEEN PROCESSED ALREADY."))
                    .contains("Your refund has been processed already.");
        }

        @Test
        void acronymsAndCodesAreNotShouting() {
            assertThat(categories("who delivers it?", "It goes with DPD UK, and the tracking code is in the PDF."))
                    .isEmpty();
        }
    }

    @Nested
    class TheWorkHandedBack {
        @Test
        void youHaveToAsTheWholeAnswerIsADismissal() {
            assertThat(categories("the courier left it at the wrong house", "You'll have to ring the depot."))
                    .contains("dismissal");
        }

        @Test
        void aBareOrderIsADismissalAndTheRewriteAsksItAsARequest() {
            assertThat(categories(
                            "the page just spins when I try to pay and then it logs me out again",
                            "Clear your browser cache."))
                    .contains("dismissal");
            assertThat(rewrites(
                            "the page just spins when I try to pay and then it logs me out again",
                            "Clear your browser cache."))
                    .anyMatch(r -> r.contains("Could you clear your browser cache?"));
        }

        @Test
        void theSameStepsWithHelpOrAPleaseAreFine() {
            assertThat(categories(
                            "the courier left it at the wrong house",
                            "You'll need to tell the depot, but I've emailed you their number and I'm chasing them"
                                    + " too."))
                    .isEmpty();
            assertThat(categories(
                            "the page just spins when I try to pay and then it logs me out again",
                            "Please clear your browser cache and try again, I'll wait."))
                    .isEmpty();
        }
    }

    @Nested
    class TheRuleOverTheirQuestion {
        @Test
        void anAnswerThatOpensWithThePolicyIsPolicyFirst() {
            assertThat(categories(
                            "can I return the jacket I got in the sale?",
                            "Under our returns policy, sale items are final."))
                    .contains("policy-first");
        }

        @Test
        void aNoWithNoReasonIsABareNo() {
            assertThat(categories("could you hold the parcel at the depot for me?", "Not an option."))
                    .contains("policy-first");
            assertThat(categories("can you post it to my office instead?", "We can't do that."))
                    .contains("policy-first");
        }

        @Test
        void thePolicyGivenAsGoodNewsIsFine() {
            assertThat(categories(
                            "can I return the jacket I got in the sale?",
                            "Our policy allows returns on sale items too, so I've sent you the label."))
                    .isEmpty();
        }
    }
}
