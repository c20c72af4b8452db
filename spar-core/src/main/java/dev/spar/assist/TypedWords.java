package dev.spar.assist;

import dev.spar.understanding.Fuzzy;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A draft as it was meant to be spelled, for reading it: agents type under pressure, in text-speak ("pls", "u",
 * "tmrw", "dwn") and with a letter wrong in the very words that make a reply backfire ("guarentee", "promiss",
 * "whatevr", "polcy"). Live assist reads the spelled-out draft and quotes the draft as typed, so "pls calm dwn, i
 * guarentee it'll arrive tmrw" is read as "please calm down, I guarantee it'll arrive tomorrow".
 *
 * <p>Two kinds of repair, each a whole word for a whole word: the shorthand of chat ({@link #SHORTHAND}), and a word
 * one letter away (added, dropped, changed or two swapped) from one of the words live assist's flags rest on
 * ({@link #FLAGGED}), when it is not itself an everyday word ({@link #REAL_WORDS}: "police" is not "policy").
 * Short words are too near too many others to repair alone; "clam down" and "calm donw" are repaired as a pair.
 *
 */
final class TypedWords {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’]*");

    /** Chat shorthand, lower case, as the words it stands for. */
    private static final Map<String, String> SHORTHAND = Map.ofEntries(
            Map.entry("u", "you"),
            Map.entry("ur", "your"),
            Map.entry("ya", "you"),
            Map.entry("pls", "please"),
            Map.entry("plz", "please"),
            Map.entry("plse", "please"),
            Map.entry("thx", "thanks"),
            Map.entry("thnx", "thanks"),
            Map.entry("tmrw", "tomorrow"),
            Map.entry("tmr", "tomorrow"),
            Map.entry("tmrrw", "tomorrow"),
            Map.entry("2moro", "tomorrow"),
            Map.entry("2morrow", "tomorrow"),
            Map.entry("i", "I"),
            Map.entry("im", "I'm"),
            Map.entry("ive", "I've"),
            Map.entry("dont", "don't"),
            Map.entry("cant", "can't"),
            Map.entry("didnt", "didn't"),
            Map.entry("doesnt", "doesn't"),
            Map.entry("isnt", "isn't"),
            Map.entry("wasnt", "wasn't"),
            Map.entry("havent", "haven't"),
            Map.entry("hasnt", "hasn't"),
            Map.entry("shouldnt", "shouldn't"),
            Map.entry("couldnt", "couldn't"),
            Map.entry("wouldnt", "wouldn't"),
            Map.entry("thats", "that's"),
            Map.entry("theres", "there's"),
            Map.entry("whats", "what's"),
            Map.entry("youre", "you're"),
            Map.entry("dwn", "down"),
            Map.entry("sry", "sorry"),
            Map.entry("srry", "sorry"),
            Map.entry("soz", "sorry"),
            Map.entry("shud", "should"),
            Map.entry("shld", "should"),
            Map.entry("cud", "could"),
            Map.entry("cld", "could"),
            Map.entry("wud", "would"),
            Map.entry("wld", "would"),
            Map.entry("abt", "about"),
            Map.entry("bc", "because"),
            Map.entry("cuz", "because"),
            Map.entry("coz", "because"),
            Map.entry("b4", "before"),
            Map.entry("rly", "really"),
            Map.entry("prob", "probably"),
            Map.entry("prolly", "probably"),
            Map.entry("def", "definitely"),
            Map.entry("defo", "definitely"),
            Map.entry("deffo", "definitely"),
            Map.entry("obvs", "obviously"),
            Map.entry("obvi", "obviously"),
            Map.entry("wateva", "whatever"),
            Map.entry("whateva", "whatever"),
            Map.entry("watevs", "whatever"),
            Map.entry("whatevs", "whatever"),
            Map.entry("wotever", "whatever"),
            Map.entry("relx", "relax"),
            Map.entry("rlx", "relax"),
            Map.entry("nothin", "nothing"),
            Map.entry("nuthin", "nothing"),
            Map.entry("nthg", "nothing"),
            Map.entry("chk", "check"),
            Map.entry("msg", "message"),
            Map.entry("ppl", "people"),
            Map.entry("wat", "what"),
            Map.entry("wot", "what"),
            Map.entry("gonna", "going to"),
            Map.entry("wanna", "want to"),
            Map.entry("gotta", "got to"),
            Map.entry("dunno", "don't know"),
            Map.entry("idk", "I don't know"),
            Map.entry("k", "ok"),
            Map.entry("kk", "ok"),
            Map.entry("okie", "ok"));

    /** Words the flags of live assist rest on, long enough that a word a letter away is a typo of one of them. */
    private static final List<String> FLAGGED = List.of(
            "guarantee",
            "guaranteed",
            "guarantees",
            "promise",
            "promised",
            "promises",
            "whatever",
            "policy",
            "policies",
            "company",
            "definitely",
            "obviously",
            "already",
            "nothing",
            "honestly",
            "actually",
            "literally",
            "apologise",
            "apologize",
            "apologies",
            "unfortunately",
            "understand",
            "procedure",
            "absolutely",
            "hopefully",
            "supposed",
            "explained",
            "should",
            "calm down",
            "settle down",
            "chill out");

    /** Everyday words a letter away from a flagged word, which are not typos of it. */
    private static final Set<String> REAL_WORDS = Set.of(
            "police",
            "polity",
            "premise",
            "premises",
            "noting",
            "factually",
            "honesty",
            "problems",
            "shouted",
            "shoulder",
            "settled",
            "settles",
            "settler",
            "understands",
            "procedures",
            "suppose",
            "supposes",
            "explainer",
            "absolute",
            "apologised",
            "apologized",
            "apologises",
            "apologizes",
            "liberally",
            "calls",
            "still",
            "companies");

    /** The draft spelled out. */
    private final String text;

    /** For each character of the text, where it starts in the draft (a repaired word: the typed word's start). */
    private final int[] from;

    /** For each character of the text, where it ends in the draft (a repaired word: the typed word's end). */
    private final int[] to;

    private TypedWords(String text, int[] from, int[] to) {
        this.text = text;
        this.from = from;
        this.to = to;
    }

    /** Returns the draft spelled out. */
    String text() {
        return text;
    }

    /** The shortest typed word repaired as a typo of a flagged word. */
    private static final int SHORTEST_TYPO = 5;

    /** "2" for "to" after the words that take "to" before a verb ("no need 2 get upset", "going 2 check"). */
    private static final Pattern TWO_FOR_TO =
            Pattern.compile("(?i)\\b(?:need|needs|want|wants|have|has|going|got|able|try|trying|like)\\s+$");

    /** "ill" for "I'll" at the start of a clause ("ill check now", "ok ill look"), not "you've been ill". */
    private static final Pattern ILL_AS_I_WILL =
            Pattern.compile("(?i)(?:^|[.!?,;:]\\s*|\\b(?:and|so|but|then|ok|okay)\\s+)$");

    /** Returns the draft spelled out; the same text, with offsets one for one, when nothing needed repair. */
    static TypedWords of(String draft) {
        StringBuilder out = new StringBuilder(draft.length() + 16);
        int[] from = new int[draft.length() + 32];
        int[] to = new int[draft.length() + 32];
        List<String> tokens = new java.util.ArrayList<>();
        List<int[]> places = new java.util.ArrayList<>();
        Matcher m = WORD.matcher(draft);
        while (m.find()) {
            tokens.add(m.group());
            places.add(new int[] {m.start(), m.end()});
        }
        String[] repaired = new String[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            if (repaired[i] != null) {
                continue;
            }
            String pair = i + 1 < tokens.size() ? pair(tokens.get(i), tokens.get(i + 1), draft, places, i) : null;
            if (pair != null) {
                String[] two = pair.split(" ");
                repaired[i] = two[0];
                repaired[i + 1] = two[1];
                continue;
            }
            repaired[i] = repair(tokens.get(i), draft.substring(0, places.get(i)[0]));
        }
        int at = 0;
        for (int i = 0; i < tokens.size(); i++) {
            int start = places.get(i)[0];
            int end = places.get(i)[1];
            for (int c = at; c < start; c++) {
                from = put(from, out.length(), c);
                to = put(to, out.length(), c + 1);
                out.append(draft.charAt(c));
            }
            String word = repaired[i] == null ? tokens.get(i) : repaired[i];
            boolean same = word.equals(tokens.get(i));
            for (int c = 0; c < word.length(); c++) {
                from = put(from, out.length(), same ? start + c : start);
                to = put(to, out.length(), same ? start + c + 1 : end);
                out.append(word.charAt(c));
            }
            at = end;
        }
        for (int c = at; c < draft.length(); c++) {
            from = put(from, out.length(), c);
            to = put(to, out.length(), c + 1);
            out.append(draft.charAt(c));
        }
        return new TypedWords(
                out.toString(), java.util.Arrays.copyOf(from, out.length()), java.util.Arrays.copyOf(to, out.length()));
    }

    private static int[] put(int[] a, int i, int v) {
        int[] b = i < a.length ? a : java.util.Arrays.copyOf(a, a.length * 2);
        b[i] = v;
        return b;
    }

    /** Returns whether anything was repaired. */
    boolean repaired() {
        for (int i = 0; i < from.length; i++) {
            if (from[i] != i || to[i] != i + 1) {
                return true;
            }
        }
        return false;
    }

    /** Returns where the characters from start to end of the spelled-out text stand in the draft. */
    int[] inDraft(int start, int end) {
        if (from.length == 0) {
            return new int[] {0, 0};
        }
        int s = from[Math.clamp(start, 0, from.length - 1)];
        int e = end <= start ? s : to[Math.clamp(end - 1, 0, to.length - 1)];
        return new int[] {s, Math.max(s, e)};
    }

    /** A typed word as the word it stands for, with the typed word's capital; null when it stands for itself. */
    private static String repair(String typed, String before) {
        String lower = typed.toLowerCase(Locale.ROOT).replace('’', '\'');
        String meant = null;
        if (lower.equals("2")) {
            meant = TWO_FOR_TO.matcher(before).find() ? "to" : null;
        } else if (lower.equals("ill")) {
            meant = ILL_AS_I_WILL.matcher(before).find() ? "I'll" : null;
        } else if (SHORTHAND.containsKey(lower)) {
            meant = SHORTHAND.get(lower);
        } else if (lower.length() >= SHORTEST_TYPO && !REAL_WORDS.contains(lower)) {
            meant = typoOf(lower);
        }
        if (meant == null || meant.equals(typed)) {
            return null;
        }
        return Character.isUpperCase(typed.charAt(0)) ? Text.capitalise(meant) : meant;
    }

    /** The flagged word a letter away from this one, if there is exactly one such word and this is none of them. */
    private static String typoOf(String lower) {
        String found = null;
        for (String word : FLAGGED) {
            if (word.indexOf(' ') >= 0) {
                continue;
            }
            if (word.equals(lower)) {
                return null;
            }
            if (Fuzzy.withinOneEdit(lower, word)) {
                if (found != null && !found.equals(word)) {
                    return null;
                }
                found = word;
            }
        }
        return found;
    }

    /**
     * Two words that make a flagged pair with a letter wrong in either ("clam down", "calm donw", "calm dwn"): a
     * short word is repaired only beside its partner.
     */
    private static String pair(String first, String second, String draft, List<int[]> places, int i) {
        String between = draft.substring(places.get(i)[1], places.get(i + 1)[0]);
        if (!between.isBlank()) {
            return null;
        }
        String a = first.toLowerCase(Locale.ROOT);
        String b = second.toLowerCase(Locale.ROOT);
        b = SHORTHAND.getOrDefault(b, b);
        for (String phrase : FLAGGED) {
            int space = phrase.indexOf(' ');
            if (space < 0) {
                continue;
            }
            String x = phrase.substring(0, space);
            String y = phrase.substring(space + 1);
            // One of the two as it should be, the other a letter missing, doubled or swapped: a letter changed
            // makes other words ("call down to the warehouse", "still out for delivery").
            boolean near = (a.equals(x) && slip(b, y)) || (b.equals(y) && slip(a, x));
            if (near && !REAL_WORDS.contains(a)) {
                String one = Character.isUpperCase(first.charAt(0)) ? Text.capitalise(x) : x;
                String two = Character.isUpperCase(second.charAt(0)) ? Text.capitalise(y) : y;
                return one + " " + two;
            }
        }
        return null;
    }

    /** Returns whether a short typed word is this word with a letter missing, added or two letters swapped. */
    private static boolean slip(String typed, String word) {
        if (typed.equals(word) || !Fuzzy.withinOneEdit(typed, word)) {
            return false;
        }
        if (typed.length() != word.length()) {
            return true;
        }
        char[] a = typed.toCharArray();
        char[] b = word.toCharArray();
        java.util.Arrays.sort(a);
        java.util.Arrays.sort(b);
        return java.util.Arrays.equals(a, b);
    }
}
