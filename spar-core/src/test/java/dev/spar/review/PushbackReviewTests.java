package dev.spar.review;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spar.analysis.RuleAnalyzer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How the review reads an agent answering a customer who pushes back, asks for a moment, or is let down. */
class PushbackReviewTests {
    private static final ConversationReviewer REVIEWER = new ConversationReviewer(new RuleAnalyzer());

    private static Utterance customer(String text) {
        return Utterance.of("Kim", Role.CUSTOMER, text);
    }

    private static Utterance agent(String text) {
        return Utterance.of("Jo", Role.AGENT, text);
    }

    private static List<ReviewFinding> problemsAt(int turn, Utterance... turns) {
        return REVIEWER.review(Transcript.of("chat", List.of(turns))).at(turn).stream()
                .filter(ReviewFinding::isProblem)
                .toList();
    }

    private static List<String> categoriesAt(int turn, Utterance... turns) {
        return problemsAt(turn, turns).stream().map(f -> f.category().id()).toList();
    }

    @Test
    void theSameNoAgainAfterTheyPushedBackIsADismissalQuotingTheRefusal() {
        Utterance[] chat = {
            customer("The lamp came three weeks late and it was a birthday present. What can you do?"),
            agent("We can refund 10 pounds of the delivery charge, that is the most we can offer for a delay."),
            customer("Ten pounds? That doesn't even cover the postage I paid, I want at least half back."),
            agent("10 pounds is the most we can refund for a late delivery, I'm afraid.")
        };

        List<ReviewFinding> found = problemsAt(4, chat);

        assertThat(found).extracting(f -> f.category().id()).containsExactly("dismissal");
        assertThat(found.getFirst().quote())
                .isEqualTo("10 pounds is the most we can refund for a late delivery, I'm afraid.");
        assertThat(found.getFirst().why()).contains("same no again");
        assertThat(found.getFirst().rewrite())
                .hasValueSatisfying(r -> assertThat(r).doesNotContain("maximum"));
    }

    @Test
    void aFirstRefusalOrOneAboutSomethingElseIsNotTheSameNoAgain() {
        // The first no: nothing was refused before it.
        assertThat(categoriesAt(
                        2,
                        customer("Can I get the sofa in green instead of grey? I really need it to match."),
                        agent("I'm afraid the sofa is only made in grey and blue, would blue work for you?")))
                .doesNotContain("dismissal");
        // Two refusals, but of different things: the second answers a new question.
        assertThat(categoriesAt(
                        4,
                        customer("Can I get the sofa in green instead of grey? I really need it to match."),
                        agent("I'm afraid the sofa is only made in grey and blue."),
                        customer("Okay but can you deliver it on a Saturday?"),
                        agent("We are unable to deliver at weekends, our couriers run Monday to Friday.")))
                .doesNotContain("dismissal");
        // The same limit again, after they accepted it, is a recap, not a refusal of their push.
        assertThat(categoriesAt(
                        4,
                        customer("The lamp came three weeks late. What can you do?"),
                        agent("We can refund 10 pounds of the delivery charge, that is the most we can offer."),
                        customer("Fine, thank you, I'll take that."),
                        agent("Great, I've refunded the 10 pounds now, the most we can do for a delay.")))
                .doesNotContain("dismissal");
    }

    @Test
    void sayingNoAndWrappingUpWhileTheyDisputeItClosesWhileOpen() {
        List<ReviewFinding> found = problemsAt(
                2,
                customer("Why won't you cover the return postage? It arrived broken, that's not my fault."),
                agent("As the item was returned after 30 days we are unable to cover the postage. Is there anything"
                        + " else I can help with today?"));

        assertThat(found).extracting(f -> f.category().id()).containsExactly("closing-while-open");
        assertThat(found.getFirst().quote()).isEqualTo("Is there anything else I can help with today?");
        assertThat(found.getFirst().rewrite())
                .hasValueSatisfying(
                        r -> assertThat(r).doesNotContain("anything else").contains("What would help most"));
        // The same close after a no they have accepted is a wrap-up, not a brush-off.
        assertThat(categoriesAt(
                        2,
                        customer("Right, that makes sense, thanks."),
                        agent("We are unable to cover the postage, but the label is free. Is there anything else I"
                                + " can help with today?")))
                .doesNotContain("closing-while-open");
    }

    @Test
    void iKnowButToTheirCorrectionSetsItAside() {
        List<ReviewFinding> found = problemsAt(
                2,
                customer("No, I meant the table, not the chairs"),
                agent("I know you meant the table but the chairs are delayed as well"));

        assertThat(found).extracting(f -> f.category().id()).containsExactly("dismissal");
        assertThat(found.getFirst().quote()).isEqualTo("I know you meant the table but");
        // Owning the correction is fine, and so is "I know, but" when nothing was corrected.
        assertThat(categoriesAt(
                        2,
                        customer("No, I meant the table, not the chairs"),
                        agent("Sorry, I misread that. The table ships on Friday.")))
                .doesNotContain("dismissal");
        assertThat(categoriesAt(
                        2,
                        customer("The sofa is lovely, does it come in green as well?"),
                        agent("I know, it's one of my favourites, but it only comes in grey and blue.")))
                .doesNotContain("dismissal");
    }

    @Test
    void askingWhetherTheyAreStillThereRightAfterTheyAskedForAMomentHurriesThem() {
        Utterance[] chat = {
            agent("Could you send me a photo of the damage please?"),
            customer("One moment, I'm getting it"),
            agent("Are you still there?")
        };

        List<ReviewFinding> found = problemsAt(3, chat);

        assertThat(found).extracting(f -> f.category().id()).containsExactly("closing-while-open");
        assertThat(found.getFirst().quote()).isEqualTo("Are you still there?");
        assertThat(found.getFirst().why()).contains("asked for a moment");
        // The same question after they went quiet on a question of their own is another matter.
        assertThat(categoriesAt(
                        3,
                        agent("Could you send me a photo of the damage please?"),
                        customer("Here it is, the corner is split."),
                        agent("Thanks, I've got it. Are you still there?")))
                .doesNotContain("closing-while-open");
    }

    @Test
    void aSorryWithNothingAfterItLeavesThemWithoutANextStep() {
        List<ReviewFinding> found = problemsAt(
                2,
                customer("So the blue one is sold out too :( I really wanted that one"),
                agent("I am sorry about that"));

        assertThat(found).extracting(f -> f.category().id()).containsExactly("missing-next-step");
        assertThat(found.getFirst().rewrite())
                .hasValueSatisfying(
                        r -> assertThat(r).startsWith("I am sorry about that").contains("what I can do"));
        assertThat(categoriesAt(
                        2,
                        customer("so it's not coming back in stock at all?? :("),
                        agent("Sorry to hear that, I can imagine how annoying it is")))
                .containsExactly("missing-next-step");
        // A sorry that goes on to do something, or one in reply to their thanks, is fine.
        assertThat(categoriesAt(
                        2,
                        customer("So the blue one is sold out too :( I really wanted that one"),
                        agent("I am sorry about that, let me check when it is back in stock.")))
                .doesNotContain("missing-next-step");
        assertThat(categoriesAt(2, customer("That's lovely, thanks for your help"), agent("Sorry again for the wait")))
                .doesNotContain("missing-next-step");
    }

    @Test
    void anApologyInTheGoodbyeAfterTheyThankedYouIsNotOverApologising() {
        Utterance opened = customer("My chair arrived scratched.");
        Utterance first = agent("I'm sorry, that's not how it should arrive. I'll send a new one.");
        Utterance asked = customer("When will it come?");
        Utterance second = agent("Sorry, it will be with you on Friday.");

        assertThat(categoriesAt(
                        6,
                        opened,
                        first,
                        asked,
                        second,
                        customer("Ok, thank you very much for sorting it"),
                        agent("You're very welcome, and sorry again for the trouble. Have a lovely day.")))
                .doesNotContain("over-apology");
        // The third apology while they still ask something is still one too many.
        assertThat(categoriesAt(
                        6,
                        opened,
                        first,
                        asked,
                        second,
                        customer("And will I get a tracking link?"),
                        agent("Sorry again, yes, you'll get it by email.")))
                .contains("over-apology");
    }
}
