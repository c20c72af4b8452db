package dev.spar.review;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spar.analysis.RuleAnalyzer;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * How the review reads an agent's answer to what the customer just said, in real agents' words: denying the
 * problem they reported, doubting what they said they did, and firing back a bare fragment of a question.
 */
class AnsweringReviewTests {
    private static final ConversationReviewer REVIEWER = new ConversationReviewer(new RuleAnalyzer());

    private static Utterance customer(String text) {
        return Utterance.of("Robin", Role.CUSTOMER, text);
    }

    private static Utterance agent(String text) {
        return Utterance.of("Lee", Role.AGENT, text);
    }

    private static List<ReviewFinding> problemsAt(int turn, Utterance... turns) {
        return REVIEWER.review(Transcript.of("chat", List.of(turns))).at(turn).stream()
                .filter(ReviewFinding::isProblem)
                .toList();
    }

    private static List<String> categories(String customerSaid, String agentSaid) {
        return problemsAt(2, customer(customerSaid), agent(agentSaid)).stream()
                .map(f -> f.category().id())
                .toList();
    }

    @Nested
    class DenyingTheProblemTheyReported {
        @Test
        void sayingNothingIsWrongRightAfterTheyReportedAFaultIsADismissal() {
            assertThat(categories(
                            "The tracking page won't load on my phone, I've tried all morning.",
                            "Nothing is wrong with the tracking page. Try it again later."))
                    .contains("dismissal");
            assertThat(categories(
                            "My discount code keeps giving an error at checkout.",
                            "The code is working fine on our end, it should go through."))
                    .contains("dismissal");
            assertThat(categories(
                            "The payment failed twice and I still have no confirmation.",
                            "There isn't any problem with the payment system today."))
                    .contains("dismissal");
        }

        @Test
        void theFindingQuotesTheDenialAndTheRewriteTakesTheProblemSeriously() {
            List<ReviewFinding> found = problemsAt(
                    2,
                    customer("The app crashes every time I open my basket."),
                    agent("Everything is fine on our side. Please update the app."));

            assertThat(found).extracting(f -> f.category().id()).contains("dismissal");
            ReviewFinding denial = found.stream()
                    .filter(f -> f.why().contains("nothing wrong"))
                    .findFirst()
                    .orElseThrow();
            assertThat(denial.quote()).isEqualTo("Everything is fine on our side.");
            assertThat(denial.rewrite())
                    .hasValueSatisfying(r -> assertThat(r).doesNotContainIgnoringCase("fine on our side"));
        }

        @Test
        void reassuranceAfterAQuestionOrAFixThatWorkedIsNotADenial() {
            // They asked whether something is allowed: "no problem" answers it.
            assertThat(categories(
                            "Can I pick it up from the depot instead?",
                            "There's no problem with collecting it, I'll add a note to the order."))
                    .doesNotContain("dismissal");
            // They reported nothing wrong: saying all is in order is the news they wanted.
            assertThat(categories(
                            "I've just paid the balance, can you check it came through?",
                            "Yes, everything is fine on our side, the balance is paid."))
                    .doesNotContain("dismissal");
            // The agent checked and found the fault: no denial at all.
            assertThat(categories(
                            "The tracking page won't load on my phone.",
                            "I'm sorry, I can see the tracking page is down this morning; I'll email you the link"
                                    + " once it's back."))
                    .doesNotContain("dismissal");
        }
    }

    @Nested
    class DoubtingWhatTheySaidTheyDid {
        @Test
        void askingWhetherTheyReallyDidItQuestionsTheirAccount() {
            assertThat(categories(
                            "I emailed the photos to you an hour ago.",
                            "Nothing has arrived here. Are you sure you sent them to the right address?"))
                    .contains("judgemental-framing");
            assertThat(categories(
                            "I posted the parcel back on Monday.", "Did you actually post it from the post office?"))
                    .contains("judgemental-framing");
            assertThat(categories(
                            "The form is filled in and submitted.",
                            "Has it definitely been submitted? I can't see it."))
                    .contains("judgemental-framing");
        }

        @Test
        void aConfirmationOfTheirChoiceOrACheckOnOurSideIsNotDoubt() {
            assertThat(categories("Please cancel the whole order.", "Are you sure you want to cancel all three items?"))
                    .doesNotContain("judgemental-framing");
            assertThat(categories(
                            "I emailed the photos to you an hour ago.",
                            "Thank you, I can't see them yet, so I'll ask our inbox team to check for you."))
                    .doesNotContain("judgemental-framing");
            assertThat(categories(
                            "When will it arrive?", "It will definitely be with you on Thursday, the van is booked."))
                    .doesNotContain("judgemental-framing");
        }
    }

    @Nested
    class TakingUpTheirProblemAtOnce {
        private static final String UPSET =
                "Honestly I'm so disappointed, the delivery failed again and it's still not here.";

        @Test
        void settingToWorkOnItRightAwayDoesNotGoStraightPastThem() {
            assertThat(categories(UPSET, "I'll look into what happened with the courier right now."))
                    .doesNotContain("missing-acknowledgement");
            assertThat(categories(UPSET, "Let me check the driver's notes for you now."))
                    .doesNotContain("missing-acknowledgement");
        }

        @Test
        void aFactOrAQuestionOfTheirsWithNothingTakenUpStillGoesPastThem() {
            assertThat(categories(UPSET, "The delivery window is 8am to 6pm.")).contains("missing-acknowledgement");
            assertThat(categories(UPSET, "Which address was it going to?")).contains("missing-acknowledgement");
        }
    }

    @Nested
    class WrappingUpPastTheirRequest {
        private static List<String> whys(String customerSaid, String agentSaid) {
            return problemsAt(2, customer(customerSaid), agent(agentSaid)).stream()
                    .map(ReviewFinding::why)
                    .toList();
        }

        @Test
        void wrappingUpWithoutAWordOnWhatTheyAskedYouToDoClosesWhileOpen() {
            List<ReviewFinding> found = problemsAt(
                    2,
                    customer("It left on Monday? Could you please send me the tracking link for my records?"),
                    agent("It left our warehouse on Monday morning. Is there anything else I can help with today?"));

            ReviewFinding closing = found.stream()
                    .filter(f -> f.category().id().equals("closing-while-open"))
                    .findFirst()
                    .orElseThrow();
            assertThat(closing.quote()).isEqualTo("Is there anything else I can help with today?");
            assertThat(closing.why()).contains("asked you for something");
            assertThat(closing.rewrite()).hasValueSatisfying(r -> assertThat(r)
                    .startsWith("It left our warehouse on Monday morning.")
                    .contains("what you asked"));
            assertThat(whys(
                            "Can you change the delivery address to my office?",
                            "Your parcel is with the courier now. Anything else I can help with?"))
                    .anySatisfy(w -> assertThat(w).contains("asked you for something"));
        }

        @Test
        void doingItAgreeingOrSayingItCannotBeDoneIsAWordOnIt() {
            assertThat(whys(
                            "Could you please send me the invoice?",
                            "Yes, I've sent it to your email now. Is there anything else I can help with?"))
                    .noneSatisfy(w -> assertThat(w).contains("asked you for something"));
            assertThat(whys(
                            "Can you cancel the lamp?",
                            "I'm afraid it has already left us, so it can't be cancelled. Anything else I can help with"
                                    + " today?"))
                    .noneSatisfy(w -> assertThat(w).contains("asked you for something"));
        }
    }

    @Nested
    class TellingThemOffAndWhatTheyLeftUndone {
        @Test
        void askingThemToMindTheirMannersIsScolding() {
            String heated = "Oh brilliant, another week. Really top service.";
            assertThat(categories(heated, "I must ask you to remain polite.")).contains("scolding");
            assertThat(categories(heated, "There is no need for sarcasm, let's keep going."))
                    .contains("scolding");
            assertThat(categories(heated, "I have to ask you to keep it civil please."))
                    .contains("scolding");
        }

        @Test
        void askingThemForSomethingOrWavingAwayTheirApologyIsNotScolding() {
            assertThat(categories("Sorry, I pressed send too early!", "There's no need to apologise, take your time."))
                    .doesNotContain("scolding");
            assertThat(categories("It's the flat on the second floor.", "I must ask you to confirm the postcode."))
                    .doesNotContain("scolding");
        }

        @Test
        void whatTheyLeftUndoneGivenAsTheReasonIsBlame() {
            assertThat(categories(
                            "Why is my account locked?", "You haven't verified your email, which is why it's locked."))
                    .contains("blame");
            assertThat(categories(
                            "Why is there no gift message on the box?",
                            "You didn't tick the gift option, that's why there's no message."))
                    .contains("blame");
        }

        @Test
        void whatHasNotHappenedToThemYetIsNotBlame() {
            assertThat(categories(
                            "Where is my refund?",
                            "You haven't received it yet because the courier still has the parcel."))
                    .doesNotContain("blame");
            assertThat(categories(
                            "Where is my receipt?", "You haven't been charged yet, which is why there's no receipt."))
                    .doesNotContain("blame");
        }
    }

    @Nested
    class TellingThemWhatTheyGaveIsWrong {
        @Test
        void sayingFlatlyThatTheirDetailsAreNotTheOnesOnFileJudgesThem() {
            List<ReviewFinding> found = problemsAt(
                    2,
                    customer("Jo Park, jo.park@example.org, 4 Mill Lane"),
                    agent("That's not the email on the account, send it again please."));

            ReviewFinding judged = found.stream()
                    .filter(f -> f.category().id().equals("judgemental-framing"))
                    .findFirst()
                    .orElseThrow();
            assertThat(judged.quote()).isEqualTo("That's not the email on the account, send it again please.");
            assertThat(judged.rewrite()).hasValueSatisfying(r -> assertThat(r).contains("can't find a match"));
            assertThat(categories("My order number is 88120.", "This is not a valid order number."))
                    .contains("judgemental-framing");
        }

        @Test
        void sayingYouCouldNotFindThemOrSoftenedIsNotJudging() {
            assertThat(categories(
                            "Jo Park, jo.park@example.org, 4 Mill Lane",
                            "I can't find an account under that email, could it be under another one?"))
                    .doesNotContain("judgemental-framing");
            assertThat(categories(
                            "Jo Park, jo.park@example.org, 4 Mill Lane",
                            "Sorry, that's not the email we have on the account, is there another you use?"))
                    .doesNotContain("judgemental-framing");
            assertThat(categories(
                            "Is this the right address for returns?",
                            "That is not the address for returns," + " the returns address is on your label."))
                    .doesNotContain("judgemental-framing");
        }
    }

    @Nested
    class EndingForNoReply {
        @Test
        void askingAndSayingYouWillEmailForWantOfAReplyInTheSameTurnClosesWhileOpen() {
            assertThat(problemsAt(
                                    2,
                                    customer("How do the two halves of the corner sofa stay together?"),
                                    agent(
                                            "There are two clips underneath that hold them. Does that answer it? I'll email you"
                                                    + " instead as there's no reply."))
                            .stream()
                            .map(f -> f.category().id()))
                    .contains("closing-while-open");
        }

        @Test
        void emailingAfterAnAnswerWithNothingAskedIsNotEndingBeforeTheyCouldAnswer() {
            assertThat(problemsAt(
                                    2,
                                    customer("How do the two halves of the corner sofa stay together?"),
                                    agent(
                                            "There are two clips underneath that hold them. I'll email you a diagram as well."))
                            .stream()
                            .map(f -> f.category().id()))
                    .doesNotContain("closing-while-open");
        }
    }

    @Nested
    class AFlatNo {
        @Test
        void aNoTrailingOffIntoDotsIsAFlatNo() {
            assertThat(categories("Can I swap it for the blue one?", "No... that isn't possible."))
                    .contains("dismissal");
            assertThat(categories(
                            "So I send the legs back and you send new ones?", "No.... You return the whole table."))
                    .contains("dismissal");
        }

        @Test
        void aNoThatAnswersAndGoesOnIsNotFlat() {
            assertThat(categories("Has it been sent yet?", "No, it's still at the warehouse, it leaves tomorrow."))
                    .doesNotContain("dismissal");
        }
    }

    @Nested
    class ABareFragmentOfAQuestion {
        @Test
        void aFewWordsAndAQuestionMarkReadAsCurt() {
            List<ReviewFinding> found =
                    problemsAt(2, customer("My partner paid for it, it's on her card."), agent("The card holder?"));

            assertThat(found).extracting(f -> f.category().id()).contains("dismissal");
            ReviewFinding curt = found.stream()
                    .filter(f -> f.quote().equals("The card holder?"))
                    .findFirst()
                    .orElseThrow();
            assertThat(curt.why()).contains("curt");
            assertThat(curt.rewrite())
                    .hasValueSatisfying(
                            r -> assertThat(r).contains("the card holder").contains("please"));
            assertThat(categories("Yes, I've got the reference from the courier.", "Your reference?"))
                    .contains("dismissal");
            assertThat(categories("It came in the big box with the others.", "So the grey one?"))
                    .contains("dismissal");
        }

        @Test
        void aWholeQuestionOrAPoliteShortOneIsNotCurt() {
            assertThat(categories("My partner paid for it.", "What name is on the card, please?"))
                    .doesNotContain("dismissal");
            assertThat(categories("My partner paid for it.", "Is it your partner's card?"))
                    .doesNotContain("dismissal");
            assertThat(categories("I can't upload the photos, it says the file is too big.", "Shall I email you?"))
                    .doesNotContain("dismissal");
            assertThat(categories("Thanks, that's everything.", "Anything else today?"))
                    .doesNotContain("dismissal");
        }
    }

    @Nested
    class TurningAwaySomeoneWhoIsNotTheAccountHolder {
        @Test
        void onlyTheRuleThatTheyAreNotTheAccountHolderIsPolicyFirst() {
            assertThat(categories(
                            "I'm writing for my dad, he ordered the recliner and it arrived with a torn seat.",
                            "We can only speak to the account holder, I can't discuss the order with you."))
                    .contains("policy-first");
            assertThat(categories(
                            "My partner placed the order but I'm the one at home, can the delivery move to Friday?",
                            "You are not named on the account so he will have to contact us himself."))
                    .contains("policy-first");
            assertThat(categories(
                            "It's my flatmate's parcel, she asked me to arrange the return while she's away.",
                            "I'm afraid she needs to message us from the email address registered on the account."))
                    .contains("policy-first");
        }

        @Test
        void theRewriteGivesTheReasonAndTheWayThrough() {
            List<ReviewFinding> found = problemsAt(
                    2,
                    customer("I'm writing for my dad, he ordered the recliner and it arrived with a torn seat."),
                    agent("We can only speak to the account holder."));

            ReviewFinding rule = found.stream()
                    .filter(f -> f.category().id().equals("policy-first"))
                    .findFirst()
                    .orElseThrow();
            assertThat(rule.quote()).isEqualTo("We can only speak to the account holder.");
            assertThat(rule.rewrite())
                    .hasValueSatisfying(r ->
                            assertThat(r).containsIgnoringCase("safe").doesNotContainIgnoringCase("can only speak"));
        }

        @Test
        void askingForTheDetailsOrSayingWhyWithAWayThroughIsNotTurningThemAway() {
            // Checking who they are is the first step, not a refusal.
            assertThat(categories(
                            "Hello, my table arrived scratched.",
                            "Sorry to hear that. Could you confirm the name and email on the account, please?"))
                    .doesNotContain("policy-first");
            // The reason is about keeping their account safe, and there is a way through.
            assertThat(categories(
                            "I'm writing for my dad, he ordered the recliner and it arrived with a torn seat.",
                            "To keep your dad's account safe I can only change it with the account holder's okay:"
                                    + " if he adds a line to this chat, I'll book the repair straight away."))
                    .doesNotContain("policy-first");
            // They are the account holder: naming it is no obstacle.
            assertThat(categories(
                            "It's my own account, the email is the one I'm writing from.",
                            "Thanks, I can see you're the account holder, so I'll change the address now."))
                    .doesNotContain("policy-first");
        }
    }
}
