package dev.spar.understanding;

import dev.spar.analysis.Meaning;
import dev.spar.scenario.ScenarioFixtures;
import java.util.List;

/** Reads lines as the tests of each family need them: alone, or after earlier lines in one conversation. */
final class Readings {
    static final Understanding UNDERSTANDING = Understanding.of(ScenarioFixtures.refundCustomer(), Meaning.NONE);

    private Readings() {}

    /** Reads a learner's line said at the start of a conversation. */
    static Content learner(String line) {
        return UNDERSTANDING.read(Side.LEARNER, line, new ConversationMemory());
    }

    /** Reads the other person's line said at the start of a conversation. */
    static Content counterpart(String line) {
        return UNDERSTANDING.read(Side.COUNTERPART, line, new ConversationMemory());
    }

    /** A conversation: the lines so far, alternating from whoever spoke first, all remembered. */
    static final class Conversation {
        private final Understanding understanding;
        private final ConversationMemory memory = new ConversationMemory();
        private int turn;

        Conversation() {
            this(UNDERSTANDING);
        }

        Conversation(Understanding understanding) {
            this.understanding = understanding;
        }

        /** Says the lines in order, each read and remembered; returns the last one's content. */
        Content say(Side side, String... lines) {
            Content content = null;
            for (String line : lines) {
                content = understanding.read(side, line, memory);
                memory.remember(++turn, content);
            }
            return content;
        }

        Content learner(String line) {
            return say(Side.LEARNER, line);
        }

        Content counterpart(String line) {
            return say(Side.COUNTERPART, line);
        }

        /** Reads a line without remembering it. */
        Content read(Side side, String line) {
            return understanding.read(side, line, memory);
        }

        ConversationMemory memory() {
            return memory;
        }

        List<ConversationMemory.Remembered> lines() {
            return memory.lines();
        }
    }
}
