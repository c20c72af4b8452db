package dev.spar.assist;

import dev.spar.analysis.PointOfView;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns the customer's first-person words around: towards them ("my order" becomes "your order", for
 * phrasings the rep can say) or about them ("their order", for the follow-up note). "You" in the customer's
 * words is the company, so it becomes "we" or "us".
 */
final class Person {
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z]+(?:['\u2019][A-Za-z]+)?");

    /** Words after which "you" is the subject ("we"); elsewhere it is the object ("us"). */
    private static final Set<String> BEFORE_SUBJECT = Set.of(
            "",
            "and",
            "but",
            "so",
            "because",
            "when",
            "if",
            "that",
            "then",
            "since",
            "after",
            "before",
            "until",
            "which",
            "who",
            "or",
            "as",
            "why",
            "how",
            "where",
            "what",
            "once",
            "though",
            "although",
            "while",
            "are",
            "were",
            "do",
            "did",
            "does",
            "can",
            "could",
            "will",
            "would",
            "should",
            "have",
            "has",
            "had",
            "aren't",
            "didn't",
            "don't",
            "can't",
            "won't",
            "haven't",
            "weren't",
            "shouldn't",
            "couldn't",
            "wouldn't");

    /** Their "you" is the company: "your policy" is "our policy" whoever says it back. */
    private static final Map<String, String> COMPANY_AS_WE = Map.ofEntries(
            Map.entry("your", "our"),
            Map.entry("yours", "ours"),
            Map.entry("you're", "we're"),
            Map.entry("you've", "we've"),
            Map.entry("you'd", "we'd"),
            Map.entry("you'll", "we'll"),
            Map.entry("yourself", "ourselves"),
            Map.entry("yourselves", "ourselves"));

    private static final Map<String, String> TO_YOU = PointOfView.with(PointOfView.FIRST_TO_SECOND, COMPANY_AS_WE);

    private static final Map<String, String> TO_THEM = PointOfView.with(
            Map.ofEntries(
                    Map.entry("i", "they"),
                    Map.entry("me", "them"),
                    Map.entry("my", "their"),
                    Map.entry("mine", "theirs"),
                    Map.entry("myself", "themselves"),
                    Map.entry("i'm", "they're"),
                    Map.entry("i've", "they've"),
                    Map.entry("i'd", "they'd"),
                    Map.entry("i'll", "they'll"),
                    Map.entry("we", "they"),
                    Map.entry("us", "them"),
                    Map.entry("our", "their"),
                    Map.entry("ours", "theirs"),
                    Map.entry("we're", "they're"),
                    Map.entry("we've", "they've"),
                    Map.entry("we'd", "they'd"),
                    Map.entry("we'll", "they'll")),
            COMPANY_AS_WE);

    private static final Map<String, String> FROM_YOU_TO_THEM = Map.of(
            "your", "their",
            "yours", "theirs",
            "you're", "they're",
            "you've", "they've",
            "you'll", "they'll",
            "you'd", "they'd",
            "yourself", "themselves");

    private Person() {}

    /** Returns the customer's words as the rep would say them back: "my order" becomes "your order". */
    static String towardsThem(String customerWords) {
        return swap(customerWords, TO_YOU, "you");
    }

    /** Returns the customer's words as a note would put them: "my order" becomes "their order". */
    static String aboutThem(String customerWords) {
        return swap(customerWords, TO_THEM, "they");
    }

    /** Returns words already turned towards them ("your order") as a note puts them ("their order"). */
    static String aboutThemFromRep(String words) {
        return swap(words, FROM_YOU_TO_THEM, "they");
    }

    private static String swap(String text, Map<String, String> table, String newSubject) {
        return PointOfView.turned(text, TOKEN, (written, key, previous, previousNew) -> {
            String replacement = table.get(key);
            if (key.equals("you")) {
                boolean subject = BEFORE_SUBJECT.contains(previous);
                replacement = table == FROM_YOU_TO_THEM ? (subject ? "they" : "them") : (subject ? "we" : "us");
            } else if ((key.equals("am") || key.equals("was")) && previousNew.equals(newSubject)) {
                replacement = key.equals("am") ? "are" : "were";
            } else if ((key.equals("are") || key.equals("were")) && previousNew.equals("we")) {
                replacement = key;
            }
            return replacement == null ? null : matchCase(written, replacement);
        });
    }

    private static String matchCase(String original, String replacement) {
        if (original.equals("I")) {
            return replacement;
        }
        if (Character.isUpperCase(original.charAt(0))) {
            return Character.toUpperCase(replacement.charAt(0)) + replacement.substring(1);
        }
        return replacement;
    }
}
