package dev.spar.teams;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spar.analysis.FindingCategory;
import dev.spar.analysis.KeywordAnalyzer;
import dev.spar.analysis.RuleAnalyzer;
import dev.spar.coaching.Coach;
import dev.spar.coaching.Critique;
import dev.spar.review.ConversationReview;
import dev.spar.review.ConversationReviewer;
import dev.spar.review.Role;
import dev.spar.review.Transcript;
import dev.spar.review.Utterance;
import dev.spar.scenario.ScenarioFixtures;
import dev.spar.simulation.Practice;
import dev.spar.simulation.PracticeSettings;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EvidenceTests {
    private static final List<String> LINES = List.of(
            "Our policy is 30 days, there's nothing else.",
            "Well it's your fault for waiting so long.",
            "I will email you by 3pm today with the repair pickup time. Does that work for you?");

    private static Practice practice() {
        Practice practice = Practice.replay(
                ScenarioFixtures.refundCustomer(), PracticeSettings.of(3, 1), new KeywordAnalyzer(), LINES);
        practice.end();
        return practice;
    }

    @Test
    void takesEveryFindingOfAPracticeRunsCritiqueWithTheLearnersWords() {
        Practice practice = practice();
        Critique critique = new Coach().critique(practice);

        List<Evidence> evidence = Evidence.of(critique);

        assertThat(evidence).hasSize(critique.findings().size());
        assertThat(evidence).extracting(Evidence::category).contains(FindingCategory.BLAME);
        assertThat(evidence.stream().filter(Evidence::isProblem)).hasSameSizeAs(critique.problems());
        for (Evidence e : evidence) {
            assertThat(practice.turns().get(e.turn() - 1).text()).contains(e.quote());
        }
    }

    @Test
    void aPracticeRunThatBlamesTheCustomerFailsTheServiceCardInItsOwnWords() {
        List<Evidence> evidence = Evidence.of(new Coach().critique(practice()));

        ScorecardResult r = ScorecardScorer.score(Scorecard.serviceDefault(), evidence, Map.of(), List.of());

        assertThat(r.failedCritical()).isTrue();
        assertThat(r.percent()).hasValue(0);
        assertThat(r.result("no-blame").orElseThrow().explanation()).contains("your fault");
    }

    @Test
    void takesTheProblemsAndStrengthsOfARealConversationsReview() {
        ConversationReview review = new ConversationReviewer(new RuleAnalyzer())
                .review(Transcript.of(
                        "chat.txt",
                        List.of(
                                Utterance.of("Sam", Role.CUSTOMER, "My order never came, three weeks now."),
                                Utterance.of(
                                        "Alex",
                                        Role.AGENT,
                                        "Well, you should have read the delivery terms before ordering."))));

        List<Evidence> evidence = Evidence.of(review);

        assertThat(evidence).hasSize(review.findings().size());
        assertThat(evidence).filteredOn(Evidence::isProblem).first().satisfies(e -> {
            assertThat(e.turn()).isEqualTo(2);
            assertThat("Well, you should have read the delivery terms before ordering.")
                    .contains(e.quote());
        });
    }
}
