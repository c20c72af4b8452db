package dev.spar.review;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spar.analysis.AnalysisContext;
import dev.spar.analysis.Analyzer;
import dev.spar.analysis.RuleAnalyzer;
import dev.spar.analysis.UtteranceAnalysis;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class OnceAnalyzerTests {
    /** Counts the questions a review asks its analyzer. */
    private static final class Counting implements Analyzer {
        final AtomicInteger calls = new AtomicInteger();
        final Analyzer rules = new RuleAnalyzer();

        @Override
        public UtteranceAnalysis analyze(String utterance, AnalysisContext context) {
            calls.incrementAndGet();
            return rules.analyze(utterance, context);
        }
    }

    @Test
    void aReviewAnalysesEachAgentTurnOnce() {
        Counting counting = new Counting();
        Transcript chat = SupportChats.chat(3, 40);
        long agentTurns = chat.turns().stream().filter(Utterance::byAgent).count();

        ConversationReview review = new ConversationReviewer(counting).review(chat);

        assertThat(counting.calls.get()).isEqualTo((int) agentTurns);
        assertThat(review).isEqualTo(new ConversationReviewer(new RuleAnalyzer()).review(chat));
    }
}
