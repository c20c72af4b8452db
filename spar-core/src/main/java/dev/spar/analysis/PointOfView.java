package dev.spar.analysis;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a phrase from one side's point of view to the other's, word by word with a table of the words that
 * change: "send you a link" said back is "send me a link", "my order" repeated to the customer is "your order".
 */
public final class PointOfView {
    private PointOfView() {}

    /** First person to second, as one side's own words are said back to them: "my order" is "your order". */
    public static final Map<String, String> FIRST_TO_SECOND = Map.ofEntries(
            Map.entry("i", "you"),
            Map.entry("me", "you"),
            Map.entry("my", "your"),
            Map.entry("mine", "yours"),
            Map.entry("myself", "yourself"),
            Map.entry("i'm", "you're"),
            Map.entry("i've", "you've"),
            Map.entry("i'd", "you'd"),
            Map.entry("i'll", "you'll"),
            Map.entry("we", "you"),
            Map.entry("us", "you"),
            Map.entry("our", "your"),
            Map.entry("ours", "yours"),
            Map.entry("we're", "you're"),
            Map.entry("we've", "you've"),
            Map.entry("we'd", "you'd"),
            Map.entry("we'll", "you'll"));

    /** Returns a table with more entries: those of {@code more} are added, or replace the table's own. */
    public static Map<String, String> with(Map<String, String> table, Map<String, String> more) {
        Map<String, String> both = new HashMap<>(table);
        both.putAll(more);
        return Map.copyOf(both);
    }

    /** What one word becomes on the other side, knowing the word before it; {@code null} keeps it as written. */
    @FunctionalInterface
    public interface Turn {
        /**
         * Returns the word as the other side says it, or {@code null} to keep it.
         *
         * @param written the word as written
         * @param word the word in lower case, with a curly apostrophe made straight
         * @param before the word before it, in the same form ("" at the start)
         * @param beforeTurned the word before it as it was turned, in lower case ("" at the start)
         */
        String turn(String written, String word, String before, String beforeTurned);
    }

    /**
     * Returns a text with every word the table lists replaced by its entry, as the entry is written.
     *
     * @param text the phrase to turn
     * @param words what a word is in this text
     * @param table each word that changes (lower case, straight apostrophe) and what it becomes
     */
    public static String turned(String text, Pattern words, Map<String, String> table) {
        return turned(text, words, (written, word, before, beforeTurned) -> table.get(word));
    }

    /**
     * Returns a text with each word turned to the other side as {@code turn} says.
     *
     * @param text the phrase to turn
     * @param words what a word is in this text
     * @param turn what each word becomes
     */
    public static String turned(String text, Pattern words, Turn turn) {
        Matcher m = words.matcher(text);
        StringBuilder out = new StringBuilder();
        String before = "";
        String beforeTurned = "";
        while (m.find()) {
            String written = m.group();
            String word = written.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
            String turnedWord = turn.turn(written, word, before, beforeTurned);
            m.appendReplacement(out, Matcher.quoteReplacement(turnedWord == null ? written : turnedWord));
            before = word;
            beforeTurned = turnedWord == null ? word : turnedWord.toLowerCase(Locale.ROOT);
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Words ending in s that are not a verb agreeing with "he": "he always ...", "he also ...". */
    private static final Set<String> NOT_VERBS = Set.of("always", "sometimes", "perhaps", "also", "thus", "less");

    /**
     * Returns a verb said right after "he" or "she" as it goes with "I" or "you" ("he loses jobs", "you lose jobs";
     * "before she comes over", "before I come over"), or null when the word is no such verb. "Is", "has" and "does"
     * are the caller's, since "I am" and "you are" differ.
     */
    public static String withoutThirdPersonS(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.length() < 4 || !lower.endsWith("s") || lower.endsWith("ss") || NOT_VERBS.contains(lower)) {
            return null;
        }
        if (lower.endsWith("ies")) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (lower.matches(".*(?:sh|ch|x|z|o)es")) {
            return word.substring(0, word.length() - 2);
        }
        return word.substring(0, word.length() - 1);
    }
}
