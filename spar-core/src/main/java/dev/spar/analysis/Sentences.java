package dev.spar.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Splits an utterance into sentences, by character offsets. */
public final class Sentences {

    /** Abbreviations whose full stop does not end a sentence ("Dr. Patel", "e.g. the invoice"). */
    private static final Set<String> ABBREVIATIONS =
            Set.of("mr", "mrs", "ms", "dr", "st", "vs", "e.g", "i.e", "approx", "ref", "dept", "inc", "ltd");

    private Sentences() {}

    /**
     * Returns the sentences of the first {@code limit} characters of a text, trimmed, in order.
     *
     * <p>A sentence ends at a full stop, question or exclamation mark (with any closing quote or bracket) that
     * is followed by whitespace or the end, or at a line break. A full stop inside "3.5" or after "Dr" does
     * not end one.
     */
    public static List<Span> split(String text, int limit) {
        int end = Math.min(limit, text.length());
        List<Span> sentences = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < end) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                add(sentences, text, start, i);
                start = i + 1;
                i++;
            } else if (isTerminal(c)) {
                int j = i + 1;
                while (j < end && (isTerminal(text.charAt(j)) || isCloser(text.charAt(j)))) {
                    j++;
                }
                boolean atBreak = j == end || Character.isWhitespace(text.charAt(j));
                if (atBreak && !(c == '.' && j == i + 1 && isAbbreviation(text, start, i))) {
                    add(sentences, text, start, j);
                    start = j;
                }
                i = j;
            } else {
                i++;
            }
        }
        add(sentences, text, start, end);
        return sentences;
    }

    /** Returns whether a sentence asks something: it ends with a question mark, before any closing quote. */
    public static boolean isQuestion(String text, Span sentence) {
        for (int i = sentence.end() - 1; i >= sentence.start(); i--) {
            char c = text.charAt(i);
            if (c == '?') {
                return true;
            }
            if (!isCloser(c) && c != '!' && c != '.') {
                return false;
            }
        }
        return false;
    }

    private static boolean isTerminal(char c) {
        return c == '.' || c == '!' || c == '?' || c == '\u2026';
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == ')' || c == ']' || c == '\u201D' || c == '\u2019' || c == '\u00BB';
    }

    private static boolean isAbbreviation(String text, int sentenceStart, int dot) {
        int k = dot;
        while (k > sentenceStart && (Character.isLetter(text.charAt(k - 1)) || text.charAt(k - 1) == '.')) {
            k--;
        }
        return ABBREVIATIONS.contains(text.substring(k, dot).toLowerCase(Locale.ROOT));
    }

    private static void add(List<Span> sentences, String text, int start, int end) {
        int s = start;
        int e = end;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (s < e) {
            sentences.add(new Span(s, e));
        }
    }
}
