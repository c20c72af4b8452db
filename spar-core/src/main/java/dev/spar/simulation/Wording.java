package dev.spar.simulation;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
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

    /**
     * What a word of the learner's is in the other person's mouth. "You" is "I" or "me" by where it stands (see
     * {@link #fromTheirSide}); "we", "us" and "our" are both of them, or the learner's household, and stay.
     */
    private static final Map<String, String> OTHER_SIDE = Map.ofEntries(
            Map.entry("you", "me"),
            Map.entry("your", "my"),
            Map.entry("yours", "mine"),
            Map.entry("yourself", "myself"),
            Map.entry("you're", "I'm"),
            Map.entry("you'll", "I'll"),
            Map.entry("you've", "I've"),
            Map.entry("you'd", "I'd"),
            Map.entry("i", "you"),
            Map.entry("me", "you"),
            Map.entry("my", "your"),
            Map.entry("mine", "yours"),
            Map.entry("myself", "yourself"),
            Map.entry("i'll", "you'll"),
            Map.entry("i'm", "you're"),
            Map.entry("i've", "you've"),
            Map.entry("i'd", "you'd"));

    /** Words after which "you" starts a clause of its own ("before you come over"): there it is "I", not "me". */
    private static final Set<String> CLAUSE_OPENERS = Set.of(
            "before",
            "after",
            "when",
            "whenever",
            "if",
            "because",
            "so",
            "that",
            "until",
            "till",
            "unless",
            "while",
            "once",
            "and",
            "but",
            "or",
            "as",
            "where",
            "since",
            "though",
            "although",
            "whether");

    /** A verb after "you" or "I" as it goes with the other: "you are" is "I am", "I was" is "you were". */
    private static final Map<String, String> WITH_I =
            Map.of("are", "am", "were", "was", "aren't", "am not", "weren't", "wasn't");

    private static final Map<String, String> WITH_YOU = Map.of("am", "are", "was", "were", "wasn't", "weren't");

    /**
     * Words that are text-speak ("u", "b4", "txt"): a phrase with one cannot be said back as the other person would
     * say it, and is not said back at all.
     */
    private static final Set<String> TEXT_SPEAK = Set.of(
            "u", "ur", "r", "b4", "txt", "pls", "plz", "cud", "wud", "shud", "cld", "wld", "2day", "2moro", "2morrow",
            "tmrw", "tmr", "thx", "bc", "coz", "cuz", "rn", "idk", "lol", "omg", "ya", "yr", "n", "tho", "msg", "w/",
            "abt", "ppl", "sth", "smth", "tbh", "wknd", "nxt", "bout");

    /** Word pairs that read the same from either side ("you and I"), kept as written. */
    private static final Pattern BOTH_OF_US = Pattern.compile("(?i)\\b(?:you and (?:i|me)|(?:i|me) and you)\\b");

    /**
     * Returns a phrase of the learner's as the other person says it back: "collect it from the depot yourself"
     * is "collect it from the depot myself", "send you a link" is "send me a link", "text before you come over" is
     * "text before I come over" ("you" starting a clause is "I", and the verb after it goes with "I").
     */
    static String fromTheirSide(String phrase) {
        Matcher both = BOTH_OF_US.matcher(phrase);
        List<int[]> kept = new java.util.ArrayList<>();
        while (both.find()) {
            kept.add(new int[] {both.start(), both.end()});
        }
        Matcher m = LETTERS.matcher(phrase);
        List<int[]> spans = new java.util.ArrayList<>();
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
        }
        StringBuilder out = new StringBuilder();
        int at = 0;
        String turnedBefore = "";
        for (int i = 0; i < spans.size(); i++) {
            int[] span = spans.get(i);
            String written = phrase.substring(span[0], span[1]);
            String word = written.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
            String before = i == 0 ? "" : lower(phrase, spans.get(i - 1));
            boolean last = i == spans.size() - 1;
            String turned;
            boolean bothOfUs = kept.stream().anyMatch(k -> span[0] >= k[0] && span[1] <= k[1]);
            if (bothOfUs) {
                turned = written;
            } else if (word.equals("you") && !last && (i == 0 || CLAUSE_OPENERS.contains(before))) {
                turned = "I";
            } else if (turnedBefore.equals("i") && WITH_I.containsKey(word)) {
                turned = WITH_I.get(word);
            } else if (turnedBefore.equals("you") && before.equals("i") && WITH_YOU.containsKey(word)) {
                turned = WITH_YOU.get(word);
            } else {
                turned = OTHER_SIDE.getOrDefault(word, written);
            }
            out.append(phrase, at, span[0]).append(turned);
            at = span[1];
            // "You and I are" stays plural: the verb after words kept as written is kept too.
            turnedBefore = bothOfUs ? "" : turned.toLowerCase(Locale.ROOT);
        }
        return out.append(phrase.substring(at)).toString();
    }

    private static String lower(String text, int[] span) {
        return text.substring(span[0], span[1]).toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    }

    /**
     * Returns a phrase of the learner's as the other person would say it back, or empty when it cannot be said back
     * well: written in text-speak ("txt b4 u come round"), which no one says aloud.
     */
    static java.util.Optional<String> sayableFromTheirSide(String phrase) {
        boolean textSpeak = Arrays.stream(phrase.toLowerCase(Locale.ROOT).split("[^a-z0-9/']+"))
                .anyMatch(TEXT_SPEAK::contains);
        return textSpeak ? java.util.Optional.empty() : java.util.Optional.of(fromTheirSide(phrase));
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
        // Cut where a phrase ends, not on "for the" or "before": "Take 10 pounds a month off", not "...off for the?".
        int end = ECHO_WORDS;
        while (end > 1
                && (Wording.isFunctionWord(words[end - 1].replaceAll("[.!,;:]+$", ""))
                        || CLAUSE_OPENERS.contains(words[end - 1].toLowerCase(Locale.ROOT)))) {
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
