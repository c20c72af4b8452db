package dev.spar.review;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spar.analysis.AnalysisContext;
import dev.spar.analysis.Analyzer;
import dev.spar.analysis.RuleAnalyzer;
import dev.spar.analysis.UtteranceAnalysis;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class OnceAnalyzerTests {
    /** Counts the questions a review asks its analyzer. */
    private static final class Counting implements Analyzer {
        final List<String> analysed = new CopyOnWriteArrayList<>();
        final Analyzer rules = new RuleAnalyzer();

        @Override
        public UtteranceAnalysis analyze(String utterance, AnalysisContext context) {
            analysed.add(utterance);
            return rules.analyze(utterance, context);
        }
    }

    @Test
    void aReviewAnalysesEachAgentTurnOnce() {
        Counting counting = new Counting();
        Transcript chat = SupportChats.chat(3, 40);
        List<String> agentTurns = chat.turns().stream()
                .filter(Utterance::byAgent)
                .map(Utterance::text)
                .toList();

        ConversationReview review = new ConversationReviewer(counting).review(chat);

        // Live assist also reads each rewrite it offers, to check it; the agent's own turns are read once.
        assertThat(counting.analysed.stream().filter(agentTurns::contains)).hasSameSizeAs(agentTurns);
        assertThat(review).isEqualTo(new ConversationReviewer(new RuleAnalyzer()).review(chat));
    }
}
