package dev.spar.understanding;

import dev.spar.analysis.Sentences;
import dev.spar.analysis.Span;
import java.util.List;

/**
 * A line being read, with what a family reader needs around it: its sentences, who said it, the scenario's
 * topics and the conversation so far.
 *
 * @param text the line as said
 * @param side who said it
 * @param sentences the line's sentences
 * @param topics the scenario's topics
 * @param memory the conversation before this line
 */
record Passage(String text, Side side, List<Span> sentences, Topics topics, ConversationMemory memory) {
    static Passage of(String text, Side side, Topics topics, ConversationMemory memory) {
        return new Passage(text, side, Sentences.split(text, text.length()), topics, memory);
    }

    /** Returns whether a sentence asks something: a question mark, or a question's opening words. */
    boolean asks(Span sentence) {
        return Sentences.isQuestion(text, sentence) || Wording.in(QuestionWords.OPENING, this, sentence);
    }

    /** Returns the other side. */
    Side otherSide() {
        return side.other();
    }
}
