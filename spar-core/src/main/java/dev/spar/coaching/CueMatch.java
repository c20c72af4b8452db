package dev.spar.coaching;

import dev.spar.scenario.Cues;
import dev.spar.scenario.KeyPoint;
import dev.spar.scenario.Scenario;
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
 * Finds a cue the way a person would recognise it: despite a typo ("couirer"), another ending ("refunded")
 * or a common synonym ("money back" for "refund"), so a point said in everyday typing still counts as said.
 */
final class CueMatch {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\d][\\p{L}\\d']*");
    private static final int FUZZY_MIN_LENGTH = 5;
    private static final List<String> ENDINGS = List.of("ing", "ed", "es", "s");

    /** Words people type short, as the words they stand for. */
    static final Map<String, String> SHORTHAND = Map.ofEntries(
            Map.entry("u", "you"),
            Map.entry("ur", "your"),
            Map.entry("r", "are"),
            Map.entry("pls", "please"),
            Map.entry("plz", "please"),
            Map.entry("thx", "thanks"),
            Map.entry("tmrw", "tomorrow"),
            Map.entry("tmr", "tomorrow"),
            Map.entry("2moro", "tomorrow"),
            Map.entry("im", "i'm"),
            Map.entry("ill", "i'll"),
            Map.entry("dont", "don't"),
            Map.entry("cant", "can't"),
            Map.entry("wont", "won't"),
            Map.entry("asap", "as soon as possible"));

    /** Groups of words and phrases that make the same point; a cue in a group is made by any of them. */
    static final List<List<String>> SYNONYMS = List.of(
            List.of("refund", "money back", "reimburse", "pay you back", "give you back"),
            List.of("repair", "fix", "mend"),
            List.of("replacement", "replace", "new one", "swap"),
            List.of("review", "look into", "assess", "investigate"),
            List.of("manager", "supervisor", "boss", "team lead"),
            List.of("raise", "pay rise", "salary increase", "pay increase", "more money"),
            List.of("salary", "pay"),
            List.of("deadline", "due date"),
            List.of("cancel", "call off"),
            List.of("courier", "driver", "delivery company"),
            List.of("call you back", "ring you back", "get back to you", "phone you"),
            List.of("email", "e-mail", "mail"),
            List.of("tomorrow", "tmrw", "2moro"),
            List.of("can't", "cannot", "can not", "won't be able"),
            List.of("sorry", "apologise", "apologize"));

    private CueMatch() {}

    /** A question: the words up to a question mark, from the start or the end of the sentence before. */
    private static final Pattern QUESTION = Pattern.compile("[^.!?]*\\?+");

    /**
     * Returns whether the text makes the key point, by a cue said exactly or recognisably, or by the point's
     * substance said in other words ({@link PointSubstance}). Questions are left out: "is the depot you mean the one
     * in Leeds?" names a cue of the options but says none of them, and a point you came to say is said, not asked.
     */
    static boolean makes(Scenario scenario, KeyPoint point, String text) {
        String said = statements(text);
        String pointText = scenario.withFacts(point.text());
        Set<String> name = theirName(scenario);
        List<String> phrases = point.cues().stream().filter(c -> !isOneWord(c)).toList();
        List<String> words = point.cues().stream()
                .filter(CueMatch::isOneWord)
                .filter(c -> !name.contains(c.strip().toLowerCase(Locale.ROOT)))
                .toList();
        if (phrases.stream().anyMatch(c -> Cues.mentions(said, c))
                || findAny(said, phrases).isPresent()) {
            return true;
        }
        // One word of the point is a topic raised ("so the kitchen."), not the point made: a one-word cue makes it
        // with a second one, or with more of the point's words, as the counterpart hears it; unless the author gave
        // that one word as the only sign of the point.
        long wordsSaid = words.stream()
                .filter(c -> findAny(said, List.of(c)).isPresent())
                .count();
        boolean onlySign = point.cues().size() == 1;
        return wordsSaid >= (onlySign ? 1 : 2)
                || (wordsSaid == 1 && PointSubstance.wordsSaid(pointText, said, name) >= 2)
                || PointSubstance.said(pointText, said, name);
    }

    /** Whether a cue is one word, not a figure or a code: a topic word, which alone names what a point is about. */
    private static boolean isOneWord(String cue) {
        String c = cue.strip();
        return !c.contains(" ") && c.chars().noneMatch(Character::isDigit);
    }

    /** Returns the text with each question that only asks blanked out, as {@link #makes} reads it. */
    static String statements(String text) {
        return QUESTION.matcher(text).replaceAll(q -> Matcher.quoteReplacement(saidIn(q.group())));
    }

    /** Returns the words of the other person's name: any line may say it, and it makes no point. */
    static Set<String> theirName(Scenario scenario) {
        return Set.copyOf(
                List.of(scenario.persona().name().toLowerCase(Locale.ROOT).split("[^\\p{L}']+")));
    }

    /**
     * Returns what a question says: all of a request, the statement before a tag ("this is for your brother's wedding
     * on Saturday, right?" says it and checks it), and nothing of a question that only asks.
     */
    private static String saidIn(String question) {
        if (asks(question)) {
            return question;
        }
        Matcher tag = TAG.matcher(question);
        if (tag.find()) {
            String stem = question.substring(0, tag.start());
            if (!ASKING_START.matcher(stem).lookingAt()) {
                return stem + ".";
            }
        }
        return " ";
    }

    /** A tag that turns a statement into a check: ", right?", "yeah?", "isn't it?". */
    private static final Pattern TAG = Pattern.compile(
            "[,\\s]+(?:right|yeah|yes|correct|ok|okay|no|innit|isn't it|is that right|am i right|wasn't it|don't you"
                    + "|didn't you|aren't you|haven't you|won't you|doesn't it|didn't it)\\s*\\?+\\s*$",
            Pattern.CASE_INSENSITIVE);

    /** A sentence that is itself a question, tag or not: "is the depot the one in Leeds, right?". */
    private static final Pattern ASKING_START = Pattern.compile(
            "\\s*(?:(?:so|and|but|ok|okay|then)[, ]+)*(?:is|are|was|were|do|does|did|can|could|will|would|should|shall"
                    + "|have|has|had|what|when|where|why|how|who|which|whose)\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * A question that asks them to do something ("could you text before you drop by?", "would you mind...", "can we
     * put that in writing?"): a request says what the learner came to ask for, unlike a question that asks them to
     * tell something, or only asks to talk about it ("can we talk about my salary?").
     */
    private static final Pattern REQUEST = Pattern.compile(
            "\\s*(?:(?:so|and|but|maybe|just|ok|okay|then)[, ]+)*(?:(?:could|can|would|will) (?:you|u)(?: please| maybe| possibly"
                    + "| just)?(?! (?:tell|confirm|remind|explain|say|clarify|check|let me know|give me|read|spell|describe)\\b)"
                    + " \\w+|(?:can|could|shall) we(?: please| maybe| just)?"
                    + "(?! (?:talk|discuss|chat|speak|go over|have a word)\\b) \\w+|would you mind|please)\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * Returns whether a question asks them to do something, at its start or after a clause of its own: in "we love
     * having you around, but could you text before you come over?" the request follows a statement in the same
     * sentence, and both are said.
     */
    private static boolean asks(String question) {
        for (String clause : CLAUSE.split(question)) {
            if (REQUEST.matcher(clause).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** Where a clause of a sentence ends. */
    private static final Pattern CLAUSE = Pattern.compile("[,;:\u2014]|\s-\s");

    /** Returns where the first cue of a key point is recognised in the text, if any. */
    static OptionalInt findAny(String text, List<String> cues) {
        List<Token> tokens = tokens(text);
        for (String cue : cues) {
            OptionalInt at = find(tokens, cue);
            if (at.isPresent()) {
                return at;
            }
        }
        return OptionalInt.empty();
    }

    /** Returns the offset where the cue, or a synonym of it, is recognised among the text's words. */
    private static OptionalInt find(List<Token> tokens, String cue) {
        for (String variant : variants(cue)) {
            List<String> want = List.of(variant.split("\\s+"));
            if (want.isEmpty()) {
                continue;
            }
            for (int i = 0; i + want.size() <= tokens.size(); i++) {
                boolean all = true;
                for (int j = 0; j < want.size() && all; j++) {
                    all = same(tokens.get(i + j).word(), want.get(j));
                }
                if (all) {
                    return OptionalInt.of(tokens.get(i).start());
                }
            }
        }
        return OptionalInt.empty();
    }

    /** Returns the text with common shorthand ("u", "2moro", "ill") spelled out, for a second reading. */
    static String spelledOut(String text) {
        Matcher m = WORD.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String full = SHORTHAND.get(m.group().toLowerCase(Locale.ROOT));
            m.appendReplacement(out, Matcher.quoteReplacement(full == null ? m.group() : full));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static List<String> variants(String cue) {
        String c = cue.toLowerCase(Locale.ROOT).strip();
        List<String> out = new ArrayList<>();
        out.add(c);
        for (List<String> group : SYNONYMS) {
            if (group.contains(c)) {
                group.stream().filter(s -> !s.equals(c)).forEach(out::add);
            }
        }
        return out;
    }

    private static boolean same(String said, String cue) {
        if (said.equals(cue) || stem(said).equals(stem(cue))) {
            return true;
        }
        return cue.length() >= FUZZY_MIN_LENGTH
                && Math.abs(said.length() - cue.length()) <= 1
                && Fuzzy.withinOneEdit(said, cue);
    }

    private static String stem(String word) {
        for (String ending : ENDINGS) {
            if (word.length() > ending.length() + 3 && word.endsWith(ending)) {
                return word.substring(0, word.length() - ending.length());
            }
        }
        return word;
    }

    private record Token(String word, int start) {}

    private static List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        Matcher m = WORD.matcher(text.replace('\u2019', '\''));
        while (m.find()) {
            String lower = m.group().toLowerCase(Locale.ROOT);
            out.add(new Token(SHORTHAND.getOrDefault(lower, lower), m.start()));
        }
        return out;
    }
}
