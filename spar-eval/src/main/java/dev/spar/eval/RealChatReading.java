package dev.spar.eval;

import dev.spar.analysis.Analyzer;
import dev.spar.coaching.SoftFailures;
import dev.spar.review.ConversationReview;
import dev.spar.review.ConversationReviewer;
import dev.spar.review.ReviewFinding;
import dev.spar.review.Role;
import dev.spar.review.Transcript;
import dev.spar.review.Utterance;
import dev.spar.understanding.Act;
import dev.spar.understanding.Content;
import dev.spar.understanding.ConversationMemory;
import dev.spar.understanding.Side;
import dev.spar.understanding.Topics;
import dev.spar.understanding.Understanding;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Real chats read as the product reads a conversation: the analyzer's habits, and the content reading's soft
 * failures (giving ground, an accusation, blame passed on, false hope, a re-ask...) with the conversation's
 * memory, the agent in the learner's place. A real support chat is read as a problem still open, so a joke or
 * a side topic counts against it.
 */
public final class RealChatReading {
    private RealChatReading() {}

    /**
     * Returns dialogues read as the product reviews a real conversation: the whole transcript at once by the
     * conversation reviewer, each agent turn's problems being the review's problem findings at that turn.
     */
    public static RealChats.Dialogue review(ConversationReviewer reviewer) {
        return dialogue -> {
            List<Utterance> turns = new ArrayList<>();
            for (RealChats.Line line : dialogue) {
                turns.add(Utterance.of(
                        line.agent() ? "agent" : "customer", line.agent() ? Role.AGENT : Role.CUSTOMER, line.text()));
            }
            ConversationReview review = reviewer.review(Transcript.of("maia-dqe", turns));
            List<Set<String>> out = new ArrayList<>();
            for (int i = 0; i < dialogue.size(); i++) {
                Set<String> problems = new LinkedHashSet<>();
                for (ReviewFinding f : review.at(i + 1)) {
                    if (f.isProblem()) {
                        problems.add(f.category().id());
                    }
                }
                out.add(problems);
            }
            return out;
        };
    }

    /** Returns conversations read by the habits and the content reading together. */
    public static Supplier<RealChats.Conversation> of(Analyzer analyzer) {
        Supplier<RealChats.Conversation> habits = RealChats.habits(analyzer);
        Understanding understanding = Understanding.of(Topics.none(), analyzer.meaning());
        return () -> new RealChats.Conversation() {
            private final RealChats.Conversation phrases = habits.get();
            private final ConversationMemory memory = new ConversationMemory();
            private int turn;

            @Override
            public void customer(String text) {
                phrases.customer(text);
                memory.remember(++turn, understanding.read(Side.COUNTERPART, text, memory));
            }

            @Override
            public Set<String> agent(String text) {
                Set<String> problems = new LinkedHashSet<>(phrases.agent(text));
                Content content = understanding.read(Side.LEARNER, text, memory);
                memory.remember(++turn, content);
                for (Act act : content.acts()) {
                    SoftFailures.of(act.kind(), true).ifPresent(c -> problems.add(c.id()));
                }
                return problems;
            }
        };
    }
}
