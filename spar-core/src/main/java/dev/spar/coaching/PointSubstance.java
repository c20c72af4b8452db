package dev.spar.coaching;

import dev.spar.understanding.Fuzzy;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a key point says, as opposed to the words it is put in: its topic words, figures, dates and names. "I know
 * the wedding is Saturday" makes "I understand you need this for the wedding on Saturday" in other words, with
 * none of its cues; "so the kitchen." names one word of "stick to the kitchen rota" and makes nothing.
 *
 * <p>A line says a point's substance when it says enough of it: at least two of its words (a figure written another
 * way, a typo, another ending or a synonym counting as said), at least two in five of them, and one at least that
 * is not a name, so that "Maya and Leo are in bed" does not make a point about comments in front of Maya and Leo,
 * while "$82k to $88k elsewhere" says the market rate of "$82,000 to $88,000".
 */
final class PointSubstance {
    private PointSubstance() {}

    /** Of the point's words, the share a line must say, with {@link #AT_LEAST} at least. */
    private static final double SHARE = 0.4;

    private static final int AT_LEAST = 2;

    /**
     * Words that carry how a point is put, not what it is about: "I understand you need this..." says the same as
     * "I know you need this...". Function words, the learner's framing verbs and words too common to show a point.
     */
    private static final Set<String> NOT_SUBSTANCE = Set.of(
            "the",
            "and",
            "but",
            "for",
            "with",
            "from",
            "into",
            "onto",
            "about",
            "this",
            "that",
            "these",
            "those",
            "there",
            "here",
            "what",
            "which",
            "who",
            "whom",
            "whose",
            "why",
            "how",
            "when",
            "where",
            "while",
            "than",
            "then",
            "you",
            "your",
            "yours",
            "our",
            "ours",
            "their",
            "them",
            "they",
            "his",
            "her",
            "hers",
            "him",
            "she",
            "it's",
            "its",
            "i'm",
            "i've",
            "i'll",
            "i'd",
            "you're",
            "you've",
            "you'll",
            "we're",
            "we'll",
            "that's",
            "are",
            "was",
            "were",
            "been",
            "being",
            "have",
            "has",
            "had",
            "will",
            "would",
            "can",
            "could",
            "should",
            "shall",
            "may",
            "might",
            "must",
            "cannot",
            "can't",
            "won't",
            "don't",
            "doesn't",
            "didn't",
            "isn't",
            "aren't",
            "wasn't",
            "not",
            "all",
            "any",
            "some",
            "more",
            "most",
            "much",
            "many",
            "very",
            "just",
            "really",
            "still",
            "also",
            "too",
            "yet",
            "even",
            "only",
            "ever",
            "again",
            "now",
            "so",
            "such",
            "both",
            "either",
            "own",
            "understand",
            "know",
            "need",
            "needs",
            "want",
            "wants",
            "think",
            "feel",
            "hear",
            "see",
            "get",
            "make",
            "say",
            "saying",
            "said",
            "tell",
            "telling",
            "ask",
            "asking",
            "like",
            "please",
            "sure",
            "matter",
            "matters",
            "important",
            "because",
            "before",
            "after",
            "over",
            "under",
            "out",
            "off",
            "down",
            "back",
            "away",
            "around",
            "come",
            "comes",
            "coming",
            "came",
            "keep",
            "keeps",
            "put",
            "take",
            "thing",
            "things",
            "way",
            "one",
            "ideally",
            "actually",
            "honestly",
            "instead",
            "is",
            "am",
            "be",
            "do",
            "does",
            "did",
            "done",
            "to",
            "of",
            "in",
            "on",
            "at",
            "by",
            "or",
            "an",
            "a",
            "me",
            "my",
            "mine",
            "we",
            "us",
            "it",
            "he",
            "if",
            "no",
            "up",
            "as",
            "far",
            "lot",
            "bit",
            "let",
            "try",
            "give",
            "going",
            "time");

    /** Number words, as the figures they stand for: "eleven" is "11". */
    private static final Map<String, String> NUMBERS = Map.ofEntries(
            Map.entry("one", "1"),
            Map.entry("two", "2"),
            Map.entry("three", "3"),
            Map.entry("four", "4"),
            Map.entry("five", "5"),
            Map.entry("six", "6"),
            Map.entry("seven", "7"),
            Map.entry("eight", "8"),
            Map.entry("nine", "9"),
            Map.entry("ten", "10"),
            Map.entry("eleven", "11"),
            Map.entry("twelve", "12"),
            Map.entry("fifteen", "15"),
            Map.entry("twenty", "20"),
            Map.entry("thirty", "30"),
            Map.entry("forty", "40"),
            Map.entry("fifty", "50"),
            Map.entry("hundred", "100"),
            Map.entry("first", "1st"),
            Map.entry("second", "2nd"),
            Map.entry("third", "3rd"));

    /** Words that say the same thing in a point and a line, beyond the cue synonyms ({@link CueMatch#SYNONYMS}). */
    private static final List<Set<String>> SAME = List.of(
            Set.of("numbers", "figures", "sums", "maths", "math"),
            Set.of("end", "ending", "finish", "finishing", "stop", "stopping", "wrap"),
            Set.of("contract", "arrangement", "retainer", "agreement", "engagement"),
            Set.of("text", "message", "call", "ring"),
            Set.of("weeknights", "weeknight", "weekdays"),
            Set.of("quiet", "quieter", "noise", "down"),
            Set.of("comment", "comments", "remarks", "criticise", "criticize"),
            Set.of("parent", "parenting"),
            Set.of("children", "kids", "children's", "kids'"),
            Set.of("invoice", "bill"),
            Set.of("suit", "jacket"),
            Set.of("options", "choices"),
            Set.of("collect", "collecting", "pick"),
            Set.of("courier", "delivery", "driver"),
            Set.of("guarantee", "promise"),
            Set.of("uncertain", "unclear", "unknown"),
            Set.of("confirmed", "certain", "definite"));

    private static final Pattern SENTENCE_END = Pattern.compile("[.!?;:]");

    private static final Pattern WORD = Pattern.compile("[$£€]?[\\p{L}\\d][\\p{L}\\d',.$£€-]*");

    /**
     * One word of a point, as compared; whether it is a name ("Maya", "Saturday") rather than a word or a figure; and
     * whether it follows the one before it with nothing between ("kitchen rota", "next step").
     */
    private record Unit(String word, boolean name, boolean joinsPrevious) {}

    /**
     * Returns whether a line says enough of a point's substance to make it.
     *
     * @param point the key point with its facts filled in
     * @param line what the learner said, with questions that only ask left out
     * @param notCounted words that never count, lower-case: the other person's name, which any line may say
     */
    static boolean said(String point, String line, Set<String> notCounted) {
        List<Unit> units = units(point, notCounted);
        List<Unit> said = said(units, words(line));
        return units.size() >= AT_LEAST
                && said.size() >= AT_LEAST
                && said.size() >= Math.ceil(SHARE * units.size())
                && said.stream().anyMatch(u -> !u.name());
    }

    /** Returns how many of the point's words a line says, a compound said as it is counting once. */
    static int wordsSaid(String point, String line, Set<String> notCounted) {
        return said(units(point, notCounted), words(line)).size();
    }

    private static List<Unit> said(List<Unit> units, List<String> words) {
        List<Unit> said = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            Unit unit = units.get(i);
            if (words.stream().noneMatch(w -> same(w, unit.word()))) {
                continue;
            }
            // "next steps" for "a specific next step" names one thing, not two: a compound of the point said as it
            // is counts once; its words said apart ("the rota for the kitchen") say more of it.
            if (unit.joinsPrevious() && inARow(words, units.get(i - 1), unit)) {
                continue;
            }
            said.add(unit);
        }
        return said;
    }

    private static boolean inARow(List<String> words, Unit first, Unit second) {
        for (int k = 0; k + 1 < words.size(); k++) {
            if (same(words.get(k), first.word()) && same(words.get(k + 1), second.word())) {
                return true;
            }
        }
        return false;
    }

    /** Returns where in the line the first word of the point's substance is said, for the sentence to quote. */
    static OptionalInt firstAt(String point, String line, Set<String> notCounted) {
        List<Unit> units = units(point, notCounted);
        Matcher m = WORD.matcher(line);
        while (m.find()) {
            String w = normal(m.group());
            if (units.stream().anyMatch(u -> same(w, u.word()))) {
                return OptionalInt.of(m.start());
            }
        }
        return OptionalInt.empty();
    }

    private static List<Unit> units(String point, Set<String> notCounted) {
        List<Unit> units = new ArrayList<>();
        Matcher m = WORD.matcher(point);
        boolean sentenceStart = true;
        boolean previousCounted = false;
        int last = 0;
        while (m.find()) {
            String between = point.substring(last, m.start());
            boolean pause = SENTENCE_END.matcher(between).find();
            sentenceStart |= pause;
            last = m.end();
            String raw = m.group().replaceAll("[,.]+$", "");
            String w = normal(raw);
            boolean capitalised = Character.isUpperCase(raw.charAt(0)) && !sentenceStart;
            sentenceStart = false;
            // A number written as a word ("two different answers", "at seven") is too common to show the point; its
            // figure said in a line still counts for a figure of the point.
            boolean skipped = (w.length() < 3 && !Character.isDigit(w.charAt(0)))
                    || NOT_SUBSTANCE.contains(w)
                    || notCounted.contains(w)
                    || NUMBERS.containsKey(raw.toLowerCase(Locale.ROOT));
            boolean joins = previousCounted && !pause && between.isBlank();
            previousCounted = !skipped;
            if (skipped || units.stream().anyMatch(u -> u.word().equals(w))) {
                continue;
            }
            boolean figure = w.chars().anyMatch(Character::isDigit);
            units.add(new Unit(w, capitalised && !figure, joins));
        }
        return units;
    }

    private static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(CueMatch.spelledOut(line));
        while (m.find()) {
            String w = normal(m.group());
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }

    /**
     * Returns a word as compared: lower case, curly apostrophes straight, a figure without its currency sign and
     * thousands separators ("$82,000" and "82k" are both "82000"), a number word as its figure.
     */
    private static String normal(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("[,.'-]+$", "");
        if (w.matches("[$£€]?\\d[\\d,.]*k?")) {
            w = w.replaceAll("[$£€,]", "");
            if (w.endsWith("k")) {
                w = w.substring(0, w.length() - 1).replaceAll("\\.\\d*$", "") + "000";
            }
            return w.replaceAll("\\.0+$", "");
        }
        if (w.startsWith("$") || w.startsWith("£") || w.startsWith("€")) {
            w = w.substring(1);
        }
        return NUMBERS.getOrDefault(w, w);
    }

    /** Whether a said word is a point's word: the same, with another ending, a typo of a long word, or a synonym. */
    private static boolean same(String said, String word) {
        if (said.equals(word) || stem(said).equals(stem(word))) {
            return true;
        }
        if (Character.isDigit(word.charAt(0)) || Character.isDigit(said.charAt(0))) {
            return false;
        }
        if (word.length() >= 5 && Math.abs(said.length() - word.length()) <= 1 && Fuzzy.withinOneEdit(said, word)) {
            return true;
        }
        for (Set<String> group : SAME) {
            if (group.contains(said) && group.contains(word)) {
                return true;
            }
        }
        for (List<String> group : CueMatch.SYNONYMS) {
            if (group.contains(said) && group.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** A word without a common ending: "ending" is "end", "weeks" is "week", "showed" and "shown" are "show". */
    private static String stem(String word) {
        if (word.endsWith("wn") && word.length() >= 5) {
            return word.substring(0, word.length() - 1);
        }
        for (String ending : List.of("ing", "ed", "es", "s")) {
            if (word.length() >= ending.length() + 3 && word.endsWith(ending)) {
                return word.substring(0, word.length() - ending.length());
            }
        }
        return word;
    }
}
