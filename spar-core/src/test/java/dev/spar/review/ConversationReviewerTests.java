package dev.spar.review;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spar.analysis.FindingCategory;
import dev.spar.analysis.RuleAnalyzer;
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
}
