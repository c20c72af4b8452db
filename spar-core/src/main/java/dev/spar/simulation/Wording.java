package dev.spar.simulation;

import dev.spar.analysis.PointOfView;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Small helpers over the words of a line: what it is about, and how to quote or name it in a reply. */
final class Wording {
    /** How many words of the learner's a reply says back at the most. */
    private static final int ECHO_WORDS = 8;

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+");
    // What separates a line's words, and the quote marks and commas at a word's ends (contentWords): compiled once,
    // as the reply's checks read the words of every candidate line at every turn.
    private static final Pattern WORD_BREAK = Pattern.compile("[^a-z0-9$',]+");
    private static final Pattern WORD_EDGES = Pattern.compile("^[',]+|[',]+$");
    private static final Pattern PLEASANTRY = Pattern.compile(
            "^(?:sure|of course|oh|well|right|okay|ok|yes, of course|no problem)[,.!]+\\s+", Pattern.CASE_INSENSITIVE);

    /**
     * Words that say how something is committed to or limited rather than what: "I can't guarantee
     * Saturday" is about Saturday.
     */
    private static final Set<String> FUNCTION_WORDS = Set.of(
            "i",
            "i'll",
            "i'm",
            "i've",
            "i'd",
            "me",
            "my",
            "you",
            "you'll",
            "you're",
            "your",
            "we",
            "we'll",
            "we're",
            "our",
            "us",
            "it",
            "it'll",
            "it's",
            "its",
            "they",
            "them",
            "their",
            "he",
            "she",
            "him",
            "her",
            "the",
            "a",
            "an",
            "to",
            "of",
            "for",
            "and",
            "but",
            "or",
            "so",
            "on",
            "in",
            "at",
            "by",
            "with",
            "from",
            "that",
            "this",
            "there",
            "here",
            "then",
            "is",
            "are",
            "was",
            "were",
            "be",
            "been",
            "will",
            "won't",
            "would",
            "can",
            "can't",
            "cannot",
            "could",
            "couldn't",
            "should",
            "shall",
            "may",
            "might",
            "must",
            "do",
            "does",
            "did",
            "don't",
            "doesn't",
            "get",
            "got",
            "make",
            "made",
            "have",
            "has",
            "had",
            "not",
            "no",
            "yes",
            "just",
            "actually",
            "really",
            "honestly",
            "sorry",
            "promise",
            "guarantee",
            "sure",
            "definitely",
            "myself",
            "yourself",
            "all",
            "any",
            "some",
            "what",
            "which",
            "when",
            "how",
            "if",
            "as",
            "up",
            "out",
            "about",
            "able",
            "going",
            "gonna",
            "let",
            "know");

    private static final Set<String> SUBJECTS =
            Set.of("i", "i'll", "i'd", "i'm", "we", "we'll", "we'd", "we're", "you", "you'll", "you'd", "they", "it");

    private Wording() {}

    /** Returns the words of a text that say what it is about, lower-cased, a plural's s dropped. */
    static Set<String> contentWords(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (String raw : WORD_BREAK.split(text.toLowerCase(Locale.ROOT).replace('\u2019', '\''))) {
            String word = WORD_EDGES.matcher(raw).replaceAll("");
            if (word.isEmpty() || FUNCTION_WORDS.contains(word)) {
                continue;
            }
            out.add(
                    word.length() > 3 && word.endsWith("s") && !word.endsWith("ss")
                            ? word.substring(0, word.length() - 1)
                            : word);
        }
        return out;
    }

    /** Returns how many words that say what they are about two texts share. */
    static int sharedWords(String a, String b) {
        Set<String> words = contentWords(a);
        words.retainAll(contentWords(b));
        return words.size();
    }

    /** Returns whether two texts are about something in common. */
    static boolean shareSubject(String a, String b) {
        return sharedWords(a, b) > 0;
    }

    /** Returns the sentences of a text. */
    static List<String> sentences(String text) {
        return Arrays.stream(SENTENCE_END.split(text.strip()))
                .filter(s -> !s.isBlank())
                .toList();
    }

    /** Returns a line as an angry person says it: no pleasantry in front, at most two sentences. */
    static String curt(String text) {
        String plain = PLEASANTRY.matcher(text.strip()).replaceFirst("");
        List<String> sentences = sentences(plain);
        String kept = sentences.size() <= 2 ? plain : sentences.get(0) + " " + sentences.get(1);
        return capitalised(kept);
    }

    /** Returns a phrase to name something said, as a reply opens with it: capitalised, no closing stop. */
    static String named(String phrase) {
        return capitalised(phrase.strip().replaceAll("[.!?,;:]+$", ""));
    }

    /** Returns whether a word only holds a phrase together ("for", "the", "your"), so a phrase cannot end on it. */
    static boolean isFunctionWord(String word) {
        return FUNCTION_WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static final Pattern LETTERS = Pattern.compile("[A-Za-z']+");

    private static final Map<String, String> OTHER_SIDE = Map.ofEntries(
            Map.entry("you", "me"),
            Map.entry("your", "my"),
            Map.entry("yours", "mine"),
            Map.entry("yourself", "myself"),
            Map.entry("you're", "I'm"),
            Map.entry("you'll", "I'll"),
            Map.entry("i", "you"),
            Map.entry("me", "you"),
            Map.entry("my", "your"),
            Map.entry("mine", "yours"),
            Map.entry("myself", "yourself"),
            Map.entry("i'll", "you'll"),
            Map.entry("i'm", "you're"),
            Map.entry("we", "you"),
            Map.entry("us", "you"),
            Map.entry("our", "your"));

    /**
     * Returns a phrase of the learner's as the other person says it back: "collect it from the depot yourself"
     * is "collect it from the depot myself", "send you a link" is "send me a link".
     */
    static String fromTheirSide(String phrase) {
        return PointOfView.turned(phrase, LETTERS, OTHER_SIDE);
    }

    /**
     * Returns a quote cut to a few words to say back, ending where a phrase ends: "Take 10 pounds a month off",
     * not "...off for the".
     */
    static String shorten(String quote) {
        String[] words = quote.strip().split("\\s+");
        if (words.length <= ECHO_WORDS) {
            return String.join(" ", words).replaceAll("[.!,;:]+$", "");
        }
        // Cut where a phrase ends, not on "for the": "Take 10 pounds a month off", not "...off for the?".
        int end = ECHO_WORDS;
        while (end > 1 && Wording.isFunctionWord(words[end - 1].replaceAll("[.!,;:]+$", ""))) {
            end--;
        }
        return String.join(" ", Arrays.copyOf(words, end)).replaceAll("[.!,;:]+$", "");
    }

    /** Returns what follows a lead-in such as "How about this:", or the text when it has none. */
    static String afterLead(String text) {
        int colon = text.indexOf(": ");
        return colon >= 0 && !text.substring(colon + 2).isBlank()
                ? text.substring(colon + 2).strip()
                : text.strip();
    }

    /** Returns the first sentence of a text, or the text when it has none. */
    static String firstSentence(String text) {
        List<String> sentences = sentences(text);
        return sentences.isEmpty() ? text.strip() : sentences.getFirst();
    }

    /** Returns whether a phrase is a clause with its own subject ("I build the page") rather than a thing. */
    static boolean isClause(String phrase) {
        String first = phrase.strip().split("\\s+")[0].toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        return SUBJECTS.contains(first);
    }

    static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
