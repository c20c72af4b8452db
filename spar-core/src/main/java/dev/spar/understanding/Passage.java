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
 * @param words each sentence's words as the patterns read them ({@link Wording#normalise}), made once for
 *     all the readers
 * @param topics the scenario's topics
 * @param memory the conversation before this line
 */
record Passage(String text, Side side, List<Span> sentences, List<String> words, Topics topics, Recall memory) {
    static Passage of(String text, Side side, Topics topics, Recall memory) {
        List<Span> sentences = Sentences.split(text, text.length());
        List<String> words =
                sentences.stream().map(s -> Wording.normalise(s.of(text))).toList();
        return new Passage(text, side, sentences, words, topics, memory);
    }

    /** Returns a sentence's words, normalised. */
    String words(Span sentence) {
        int at = sentences.indexOf(sentence);
        return at >= 0 ? words.get(at) : Wording.normalise(sentence.of(text));
    }

    /** Returns whether a sentence asks something: a question mark, or a question's opening words. */
    boolean asks(Span sentence) {
        return Sentences.isQuestion(text, sentence)
                || Wording.in(QuestionWords.OPENING, this, sentence)
                || QuestionWords.ASKED_AFTER_A_PAUSE.matcher(words(sentence)).find();
    }

    /** Returns the other side. */
    Side otherSide() {
        return side.other();
    }
}
