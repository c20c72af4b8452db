package dev.spar.review;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spar.analysis.FindingCategory;
import dev.spar.analysis.RuleAnalyzer;
import dev.spar.safety.SafetyConcern;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConversationReviewerTests {
    private static final ConversationReviewer REVIEWER = new ConversationReviewer(new RuleAnalyzer());

    private static Utterance customer(String text) {
        return Utterance.of("Sam", Role.CUSTOMER, text);
    }

    private static Utterance agent(String text) {
        return Utterance.of("Alex", Role.AGENT, text);
    }

    @Test
    void quotesTheAgentsBlameAtItsTurnWithARewrite() {
        ConversationReview review = REVIEWER.review(Transcript.of(
                "chat.txt",
                List.of(
                        customer("My order never came and I've been waiting three weeks."),
                        agent("Well, you should have read the delivery terms before ordering."),
                        customer("Are you serious? This is ridiculous."))));

        assertThat(review.problems()).isNotEmpty();
        ReviewFinding first = review.problems().getFirst();
        assertThat(first.turn()).isEqualTo(2);
        assertThat("Well, you should have read the delivery terms before ordering.")
                .contains(first.quote());
        assertThat(first.rewrite()).isPresent();
        assertThat(review.intensity()).extracting(IntensityPoint::turn).containsExactly(1, 3);
    }

    @Test
    void aCustomerTurnAboutSelfHarmIsSurfacedWithHelplinesAndTheReplyNotScoredAsComplaintHandling() {
        ConversationReview review = REVIEWER.review(Transcript.of(
                "chat.txt",
                List.of(
                        customer("My card was charged twice for the same order."),
                        agent("I'll look into that for you."),
                        customer("honestly I can't cope anymore, I want to end my life, this was the last straw"),
                        agent("ok, is there anything else I can help with?"))));

        assertThat(review.safety()).singleElement().satisfies(n -> {
            assertThat(n.turn()).isEqualTo(3);
            assertThat(n.kind()).isEqualTo(SafetyConcern.Kind.SELF_HARM);
            assertThat(n.quote()).isEqualTo("end my life");
            assertThat(n.message()).contains("116 123", "988", "not an ordinary complaint");
        });
        assertThat(review.at(4)).isEmpty();
    }

    @Test
    void anOrdinaryAngryChatRaisesNoSafetyNotice() {
        ConversationReview review = REVIEWER.review(Transcript.of(
                "chat.txt",
                List.of(
                        customer("This delay is killing me, I'll hit the roof if it's late again."),
                        agent("I'm sorry, let me check where it is right now."))));

        assertThat(review.safety()).isEmpty();
    }

    @Test
    void chartsTheCustomerGettingAngrierAfterTheAgentBlamesThem() {
        ConversationReview review = REVIEWER.review(Transcript.of(
                "chat.txt",
                List.of(
                        customer("Why? Nobody told me anything. I took time off work to be home for the delivery."),
                        agent("Well if you'd checked the tracking page you would have seen the hold notice."),
                        customer("Are you serious? I'm the customer here."),
                        agent("Calm down, there's no need to get worked up over a desk."),
                        customer("Unbelievable. Let me speak to someone else."))));

        List<Integer> levels = levels(review);
        assertThat(levels.get(1)).isGreaterThan(levels.get(0));
        assertThat(levels.get(2)).isGreaterThan(levels.get(0));
        assertThat(review.turningPoints()).anySatisfy(t -> assertThat(t.turn()).isEqualTo(3));
    }

    @Test
    void chartsDisbeliefAndTheirWordThrownBackAsAngrierNotCalmer() {
        // A team lead read the chart of this chat as the customer calming down after "that's our policy".
        ConversationReview review = REVIEWER.review(Transcript.of(
                "chat.txt",
                List.of(
                        customer("My order still hasn't arrived and it was supposed to be here tuesday."),
                        agent("Thanks. I see it, it's with the courier, they've had a lot of delays this week"),
                        customer("thats not really my problem is it. I need it for my daughter's birthday on saturday"),
                        agent("I understand. Unfortunately there's nothing I can do about courier delays, that's our"
                                + " policy"),
                        customer("seriously? so I just wait and hope?"),
                        agent("It should be fine, it'll probably arrive tomorrow"),
                        customer("probably. great. can someone call me?"))));

        assertThat(review.turningPoints()).singleElement().satisfies(t -> {
            assertThat(t.turn()).isEqualTo(5);
            assertThat(t.angrier()).isTrue();
            assertThat(t.agentWords()).contains("that's our policy");
        });
        List<Integer> levels = levels(review);
        assertThat(levels.get(3)).as("probably. great.").isGreaterThanOrEqualTo(levels.get(2));
    }

    @Test
    void aWordSaidBackInAgreementIsNoScorn() {
        ConversationReview review = REVIEWER.review(Transcript.of(
                "chat.txt",
                List.of(
                        customer("This is ridiculous, it's the third time I've called about this."),
                        agent("Thanks for waiting. I've sent the replacement today, it arrives tomorrow."),
                        customer("Tomorrow? Thank you, that's great."))));

        List<Integer> levels = levels(review);
        assertThat(levels.get(1)).isLessThan(levels.get(0));
    }

    @Test
    void twoQuotesOfTheSameProblemInATurnCarryTheSameAdviceOnce() {
        List<ReviewFinding> at2 = REVIEWER.review(Transcript.of(
                        "chat.txt",
                        List.of(
                                customer("I want my desk or my money back."),
                                agent("Calm down, there's no need to get worked up over a desk."))))
                .at(2);

        assertThat(at2).extracting(ReviewFinding::quote).contains("Calm down", "no need to get worked up");
        assertThat(at2.get(1).repeats(at2.get(0))).isTrue();
        assertThat(at2.get(0).repeats(null)).isFalse();
        ReviewFinding other = new ReviewFinding(
                2,
                FindingCategory.BLAME,
                "you should have",
                at2.get(0).why(),
                at2.get(0).rewrite());
        assertThat(other.repeats(at2.get(0))).isFalse();
    }

    private static List<String> problemsAt(int turn, Utterance... turns) {
        return REVIEWER.review(Transcript.of("chat", List.of(turns))).at(turn).stream()
                .filter(ReviewFinding::isProblem)
                .map(f -> f.category().id())
                .toList();
    }

    @Test
    void wrappingUpRightAfterAnUnansweredQuestionIsClosingWhileOpen() {
        assertThat(problemsAt(
                        2,
                        customer("ok thanks. and will i get an email when it ships?"),
                        agent("Is there anything else I can help you with today?")))
                .containsExactly("closing-while-open");
        assertThat(problemsAt(
                        2,
                        customer("A refund or a new desk. Unbelievable."),
                        agent("Is there anything else I can help you with today?")))
                .containsExactly("closing-while-open");
        assertThat(problemsAt(
                        2,
                        customer("great, that's all sorted, thanks!"),
                        agent("Is there anything else I can help you with today?")))
                .isEmpty();
    }

    @Test
    void askingSomethingAndEndingTheChatInTheSameTurnClosesWhileOpen() {
        assertThat(problemsAt(
                        2,
                        customer("I want to send two of the chairs back"),
                        agent(
                                "Which chairs please? Do you still have the boxes? Thank you for chatting today. I'm going"
                                        + " to end the chat now but just click the button if you need us.")))
                .containsExactly("closing-while-open");
        assertThat(problemsAt(
                        2,
                        customer("that's everything, thanks"),
                        agent("Is there anything else I can help with? Thank you for chatting today. I'm going to end"
                                + " the chat now.")))
                .isEmpty();
    }

    @Test
    void aThankYouInReplyToAQuestionLeavesItUnanswered() {
        assertThat(problemsAt(2, customer("Is there a fee if I cancel now?"), agent("Okay thanks")))
                .containsExactly("unanswered");
        assertThat(problemsAt(2, customer("Here's my order number: 55123."), agent("Okay thanks")))
                .isEmpty();
    }

    @Test
    void askingWhatTheyWantRightAfterTheyExplainedIsAReask() {
        assertThat(problemsAt(
                        2,
                        customer("The lamp arrived with a cracked shade, I'd like a new shade sent rather than"
                                + " returning the whole lamp."),
                        agent("What would you like me to do?")))
                .containsExactly("re-ask");
        assertThat(problemsAt(2, customer("hello"), agent("Hi there, how can I help today?")))
                .isEmpty();
        // Who they are and which item, but not yet what they want: asking is the next step.
        assertThat(problemsAt(
                        2,
                        customer("Anna Berg, 12 High Street, Leeds, order 553188, it's about the oak bed with drawers"),
                        agent("Thanks Anna, how can I help with it today?")))
                .isEmpty();
    }

    @Test
    void goingStraightPastTheirDisappointmentMissesTheAcknowledgement() {
        assertThat(problemsAt(
                        2,
                        customer("Honestly I'm so disappointed, I waited two months and it's still not here."),
                        agent("The item is with the courier and in transit.")))
                .containsExactly("missing-acknowledgement");
        assertThat(problemsAt(
                        2,
                        customer("Honestly I'm so disappointed, I waited two months and it's still not here."),
                        agent("I'm sorry, two months is far too long. It's with the courier and I'll chase them"
                                + " today.")))
                .isEmpty();
    }

    @Test
    void readsLosingTheThreadDefendingAndScoldingInAgentsOwnWords() {
        Utterance asked = customer("so what happens with the chair now?? nobody tells me anything");
        assertThat(problemsAt(2, asked, agent("i dont understand what you are wanting")))
                .contains("not-following");
        assertThat(problemsAt(2, asked, agent("I am only trying to help you"))).contains("defensive");
        assertThat(problemsAt(2, asked, agent("I'd like to ask you not to be sarcastic with me")))
                .contains("scolding");
    }

    @Test
    void aWrapUpFlaggedAsClosingWhileOpenDoesNotTickTheConfirmationStep() {
        ConversationReview review = REVIEWER.review(Transcript.of(
                "chat",
                List.of(
                        customer("ok thanks. and will i get an email when it ships?"),
                        agent("Is there anything else I can help you with today?"))));

        assertThat(review.checklist())
                .filteredOn(c -> c.item().id().equals("confirmation"))
                .allMatch(c -> !c.covered());
    }

    @Test
    void aChatThatBlamesAndDismissesInEveryTurnScoresLow() {
        ConversationReview review = REVIEWER.review(Transcript.of(
                "chat",
                List.of(
                        customer("My desk never came and it's been 19 days."),
                        agent("That's the courier's fault, not ours. You just need to contact DPD."),
                        customer("I paid YOU, not DPD."),
                        agent("I don't understand what you want."),
                        customer("I want a manager."),
                        agent("A manager will tell you the same thing. Have a nice day."))));

        assertThat(review.score()).isLessThan(35);
    }

    @Test
    void aCalmResolvedChatScoresHigherThanABlamingOneAndCoversTheChecklist() {
        ConversationReview good = REVIEWER.review(Transcript.of(
                "good.txt",
                List.of(
                        customer("Hi, my parcel hasn't arrived and it was due Monday."),
                        agent("Thanks for contacting us. I'm sorry it hasn't arrived, that's frustrating."
                                + " Could you confirm your order number?"),
                        customer("It's 55123."),
                        agent("So the parcel due Monday still hasn't come. I've checked and I'll send a"
                                + " replacement today; you'll get the tracking link by email within the hour."),
                        customer("Great, thanks."),
                        agent("Does that work for you?"))));
        ConversationReview bad = REVIEWER.review(Transcript.of(
                "bad.txt",
                List.of(
                        customer("Hi, my parcel hasn't arrived and it was due Monday."),
                        agent("You must have given the wrong address, that's not our fault."),
                        customer("I didn't."),
                        agent("Calm down, there's nothing I can do."))));

        assertThat(good.score()).isGreaterThan(bad.score());
        assertThat(good.checklist())
                .filteredOn(Checklist.Coverage::covered)
                .extracting(c -> c.item().id())
                .contains("greeting", "verification");
        assertThat(good.strengths()).extracting(ReviewFinding::category).contains(FindingCategory.ACKNOWLEDGEMENT);
    }

    private static List<Integer> levels(ConversationReview review) {
        return review.intensity().stream().map(IntensityPoint::intensity).toList();
    }
}
