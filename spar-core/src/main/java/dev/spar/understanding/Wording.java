package dev.spar.understanding;

import dev.spar.analysis.FirstChars;
import dev.spar.analysis.Literals;
import dev.spar.analysis.Span;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The small text tools the family readers share: phrase patterns written once for every register, and the
 * clause a phrase opens.
 *
 * <p>Patterns are written in lower case with straight apostrophes and matched against the line lower-cased
 * with curly apostrophes straightened, which keeps every character in place so a match is a span of the line.
 * Every apostrophe in a pattern is optional, so "don't" also reads "dont" and "I'm" reads "im".
 */
final class Wording {
    /** Words that end the clause a phrase opens: what follows is another thought. */
    private static final Pattern CLAUSE_BREAK =
            Pattern.compile("[,;:()\u2014]| - |\\b(?:but|because|cause|though|although|so that|unless|and then)\\b");

    /** Filler at the end of a clause that says nothing about what is offered or limited. */
    private static final Pattern TRAILING_FILLER =
            Pattern.compile("(?:\\s+(?:for you|then|ok|okay|please|if you like|if you want|if that helps))+$");

    /** Words that may come before a sentence's opening phrase without changing what it says. */
    private static final String OPENERS = "oh|ok|okay|well|so|look|listen|honestly|and|alright|right";

    private Wording() {}

    /**
     * Returns whether a pattern could match in these words, judged by the literals every match contains
     * ({@link Literals#mayFind}): a few substring searches instead of the pattern tried at every position.
     * False means it cannot match; true means run it.
     */
    static boolean mayMatch(Pattern pattern, String words) {
        return Literals.mayFind(pattern, words);
    }

    /** Compiles a phrase pattern, making its apostrophes optional and its words whole. */
    static Pattern pattern(String regex) {
        String words = regex.replace("'", "'?");
        return Pattern.compile("\\b" + FirstChars.lookahead(words).orElse("") + "(?:" + words + ")\\b");
    }

    /** Compiles a phrase pattern that must open a sentence (after any "oh", "ok", "well" or "so"). */
    static Pattern opening(String regex) {
        return Pattern.compile("^(?:(?:" + OPENERS + ")[,.!]?\\s+)*(?:" + regex.replace("'", "'?") + ")\\b");
    }

    /**
     * Compiles a phrase pattern that must open a sentence, after the usual openers or these ("wait", "sorry"),
     * which open a question but not a statement.
     */
    static Pattern openingAfter(String fillers, String regex) {
        return Pattern.compile(
                "^(?:(?:" + OPENERS + "|" + fillers + ")[,.!]?\\s+)*(?:" + regex.replace("'", "'?") + ")\\b");
    }

    /** Returns the text lower-cased with straight apostrophes, character for character. */
    static String normalise(String text) {
        return text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'');
    }

    /** Returns the sentence's words, normalised. */
    static String words(Passage passage, Span sentence) {
        return passage.words(sentence);
    }

    /**
     * Adds an act for each match of the patterns in each sentence, quoting the match; the named group
     * {@code d}, when a pattern has one and it matched, is the detail. A match that a veto finds in the words
     * just before it, or that overlaps an act of the same kind, is left out.
     */
    static void readPhrases(Passage passage, ActKind kind, List<Pattern> patterns, Pattern vetoBefore, List<Act> out) {
        for (Span sentence : passage.sentences()) {
            String words = words(passage, sentence);
            for (Pattern pattern : patterns) {
                if (!mayMatch(pattern, words)) {
                    continue;
                }
                Matcher m = pattern.matcher(words);
                while (m.find()) {
                    Span span = new Span(sentence.start() + m.start(), sentence.start() + m.end());
                    if (m.end() == m.start()
                            || vetoBefore.matcher(words.substring(0, m.start())).find()) {
                        continue;
                    }
                    Act earlier = sameSentence(out, kind, sentence);
                    if (earlier != null) {
                        out.set(out.indexOf(earlier), widened(passage, earlier, span));
                        continue;
                    }
                    String detail = pattern.pattern().contains("?<d>") && m.group("d") != null
                            ? passage.text().substring(sentence.start() + m.start("d"), sentence.start() + m.end("d"))
                            : "";
                    out.add(Act.of(kind, passage.text(), span, java.util.Optional.empty(), detail.strip()));
                }
            }
        }
    }

    /** Returns the act of this kind already read in the sentence, or null. */
    private static Act sameSentence(List<Act> acts, ActKind kind, Span sentence) {
        return acts.stream()
                .filter(a -> a.kind() == kind
                        && a.span().start() >= sentence.start()
                        && a.span().end() <= sentence.end())
                .findFirst()
                .orElse(null);
    }

    /** Returns the act quoting from its start or the span's, whichever is first, to the later end. */
    private static Act widened(Passage passage, Act act, Span span) {
        Span both = new Span(
                Math.min(act.span().start(), span.start()), Math.max(act.span().end(), span.end()));
        return Act.of(act.kind(), passage.text(), both, act.topic(), act.detail());
    }

    /** Returns whether an act of this kind already covers part of the span. */
    static boolean overlaps(List<Act> acts, ActKind kind, Span span) {
        return acts.stream().anyMatch(a -> a.kind() == kind && a.span().overlaps(span));
    }

    /** Returns the end moved back over whitespace and closing punctuation. */
    static int trimEnd(String text, int end) {
        int e = end;
        while (e > 0 && (Character.isWhitespace(text.charAt(e - 1)) || ",;:".indexOf(text.charAt(e - 1)) >= 0)) {
            e--;
        }
        return e;
    }

    /** A veto that never applies. */
    static final Pattern NO_VETO = Pattern.compile("(?!)");

    /** Returns whether a pattern matches anywhere in a sentence. */
    static boolean in(Pattern pattern, Passage passage, Span sentence) {
        String words = words(passage, sentence);
        return mayMatch(pattern, words) && pattern.matcher(words).find();
    }

    /**
     * Returns the clause that starts at {@code from}: up to the next comma, "but", "because" or the end of
     * the sentence, without closing punctuation or trailing filler.
     */
    static Span clause(Passage passage, Span sentence, int from) {
        while (from < sentence.end() && Character.isWhitespace(passage.text().charAt(from))) {
            from++;
        }
        String lower = normalise(passage.text().substring(from, sentence.end()));
        Matcher br = CLAUSE_BREAK.matcher(lower);
        int end = br.find() ? br.start() : lower.length();
        String kept = lower.substring(0, end).replaceAll("[\\s.!?\"']+$", "");
        Matcher filler = TRAILING_FILLER.matcher(kept);
        if (filler.find()) {
            kept = kept.substring(0, filler.start());
        }
        return new Span(from, from + kept.length());
    }

    /** Returns where the words after a pause start ("like you said, | it froze"), skipping the comma. */
    static int afterPause(Passage passage, Span sentence, int from) {
        int at = from;
        while (at < sentence.end()
                && (Character.isWhitespace(passage.text().charAt(at))
                        || ",;:—-".indexOf(passage.text().charAt(at)) >= 0)) {
            at++;
        }
        return at;
    }

    /** Returns the words of the clause that starts at {@code from}, as said. */
    static String clauseText(Passage passage, Span sentence, int from) {
        return clause(passage, sentence, from).of(passage.text()).strip();
    }
}
