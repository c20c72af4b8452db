package dev.spar.understanding;

import java.util.List;
import java.util.Set;

/**
 * Loose word matching: stand-in words and one-letter typos. The critique's key-point and next-step matching
 * uses the same one-edit test.
 */
public final class Fuzzy {
    private Fuzzy() {}

    /** Returns whether the parts occur in a row among the tokens, each matched loosely. */
    static boolean runIn(List<String> tokens, List<String> parts) {
        if (parts.isEmpty() || parts.getFirst().isEmpty()) {
            return false;
        }
        for (int i = 0; i + parts.size() <= tokens.size(); i++) {
            boolean all = true;
            for (int j = 0; j < parts.size() && all; j++) {
                all = matches(tokens.get(i + j), parts.get(j));
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    /** Returns whether a said word stands for a topic word: the same, a stand-in, with an ending, or a typo of it. */
    static boolean matches(String said, String word) {
        if (said.equals(word)
                || TopicWords.STAND_INS.getOrDefault(word, Set.of()).contains(said)) {
            return true;
        }
        if (withEnding(said, word)) {
            return true;
        }
        return word.length() >= TopicWords.MIN_LENGTH_FOR_A_TYPO
                && said.length() >= TopicWords.MIN_LENGTH_FOR_A_TYPO - 1
                && withinOneEdit(said, word);
    }

    /** Returns whether a said word is a word of four letters or more with an ending ("started", "refunds"). */
    static boolean withEnding(String said, String word) {
        return word.length() >= 4 && said.startsWith(word) && said.length() - word.length() <= 3;
    }

    /** Returns whether two words differ by at most one insertion, deletion, substitution or swap. */
    public static boolean withinOneEdit(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (i == a.length() || i == b.length()) {
            return true;
        }
        if (a.length() == b.length()) {
            String restA = a.substring(i + 1);
            boolean substitution = restA.equals(b.substring(i + 1));
            boolean swap = i + 1 < a.length()
                    && a.charAt(i) == b.charAt(i + 1)
                    && a.charAt(i + 1) == b.charAt(i)
                    && a.substring(i + 2).equals(b.substring(i + 2));
            return substitution || swap;
        }
        return a.length() > b.length()
                ? a.substring(i + 1).equals(b.substring(i))
                : a.substring(i).equals(b.substring(i + 1));
    }
}
