package dev.spar.assist;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small text helpers: normalising for matching, finding clauses and sentences, tidying a rewrite. */
final class Text {
    private static final Pattern SPACES = Pattern.compile("[ \\t]{2,}");
    private static final Pattern SPACE_BEFORE_PUNCTUATION = Pattern.compile("\\s+([,.!?;:])");
    private static final Pattern PAUSE_BEFORE_END = Pattern.compile("[,;:]\\s*([.!?])");
    private static final Pattern DOUBLED_PAUSE = Pattern.compile("([,;:])\\s*[,;:]");
    private static final Pattern AFTER_SENTENCE_END = Pattern.compile("([.!?])(?:\\s*[,;:.])+");
    private static final Pattern LEADING_PUNCTUATION = Pattern.compile("^[\\s,;:.]+");
    private static final Pattern SENTENCE_START = Pattern.compile("(^|[.!?]\\s+)(\\p{Ll})");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'\\-]*");

    private Text() {}

    /**
     * Returns the text lower-cased with straight apostrophes and plain spaces; one character for one, so
     * offsets into the result are offsets into the text.
     */
    static String normalize(String text) {
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++) {
            char c = text.charAt(i);
            out[i] = switch (c) {
                case '\u2019', '\u2018', '\u02BC', '`', '\u00B4' -> '\'';
                case '\u201C', '\u201D' -> '"';
                case '\u00A0', '\u2007', '\u202F', '\u2009', '\t' -> ' ';
                default -> Character.toLowerCase(c);
            };
        }
        return new String(out);
    }

    /** Compiles a case-insensitive pattern with whole-word guards, for normalized text. */
    static Pattern words(String regex) {
        return Pattern.compile("(?<![\\w'])(?:" + regex + ")(?![\\w'])");
    }

    /** Returns the start of the clause holding this offset: after the last , ; : . ! ? or line break. */
    static int clauseStart(String text, int at) {
        for (int i = Math.min(at, text.length()) - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (isSentenceEnd(text, i) || c == ';' || c == ':' || c == '\n' || isClauseComma(text, i)) {
                return skipSpaces(text, i + 1);
            }
        }
        return skipSpaces(text, 0);
    }

    /** Returns the end of the clause holding this offset, before its closing punctuation. */
    static int clauseEnd(String text, int at) {
        for (int i = Math.max(at, 0); i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSentenceEnd(text, i) || c == ';' || c == ':' || c == '\n' || isClauseComma(text, i)) {
                return i;
            }
        }
        return text.length();
    }

    /** Returns the start of the sentence holding this offset. */
    static int sentenceStart(String text, int at) {
        for (int i = Math.min(at, text.length()) - 1; i >= 0; i--) {
            if (isSentenceEnd(text, i) || text.charAt(i) == '\n') {
                return skipSpaces(text, i + 1);
            }
        }
        return skipSpaces(text, 0);
    }

    /** Returns the end of the sentence holding this offset, after its closing punctuation. */
    static int sentenceEnd(String text, int at) {
        for (int i = Math.max(at, 0); i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                return i;
            }
            if (isSentenceEnd(text, i)) {
                int end = i + 1;
                while (end < text.length() && isTerminator(text.charAt(end))) {
                    end++;
                }
                return end;
            }
        }
        return text.length();
    }

    /** Splits text into its sentences, stripped, in order. */
    static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        int at = 0;
        while (at < text.length()) {
            int end = sentenceEnd(text, at);
            String sentence = text.substring(at, end).strip();
            if (!sentence.isEmpty()) {
                out.add(sentence);
            }
            at = end == at ? at + 1 : end;
        }
        return out;
    }

    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,:]\\d+)*");

    /** Returns the numbers in a text (amounts, times, references), the facts a rewrite must keep. */
    static java.util.Set<String> numbers(String text) {
        java.util.Set<String> found = new java.util.HashSet<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    /** Counts the words of a text. */
    static int wordCount(String text) {
        Matcher m = WORD.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** Returns the text with the first letter upper-cased. */
    static String capitalise(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                return s.substring(0, i) + Character.toUpperCase(s.charAt(i)) + s.substring(i + 1);
            }
        }
        return s;
    }

    /** Returns the text with the first letter lower-cased, unless it is "I" or looks like a name or acronym. */
    static String decapitalise(String s) {
        String t = s.stripLeading();
        if (t.isEmpty() || t.startsWith("I ") || t.startsWith("I'") || t.equals("I")) {
            return t;
        }
        int end = 0;
        while (end < t.length() && Character.isLetter(t.charAt(end))) {
            end++;
        }
        String first = t.substring(0, end);
        boolean acronym = first.length() > 1 && first.equals(first.toUpperCase(java.util.Locale.ROOT));
        if (acronym) {
            return t;
        }
        return Character.toLowerCase(t.charAt(0)) + t.substring(1);
    }

    /** Returns a rewritten text with its spacing, punctuation and sentence capitals put right. */
    static String tidy(String s) {
        String t = SPACES.matcher(s).replaceAll(" ");
        String before;
        do {
            before = t;
            t = SPACE_BEFORE_PUNCTUATION.matcher(t).replaceAll("$1");
            t = PAUSE_BEFORE_END.matcher(t).replaceAll("$1");
            t = DOUBLED_PAUSE.matcher(t).replaceAll("$1");

            t = AFTER_SENTENCE_END.matcher(t).replaceAll("$1");
        } while (!t.equals(before));
        t = LEADING_PUNCTUATION.matcher(t).replaceAll("");
        Matcher m = SENTENCE_START.matcher(t);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(
                    out, Matcher.quoteReplacement(m.group(1) + m.group(2).toUpperCase(java.util.Locale.ROOT)));
        }
        m.appendTail(out);
        return out.toString().strip();
    }

    /** Returns the text without its closing punctuation. */
    static String withoutEnd(String s) {
        String t = s.strip();
        int end = t.length();
        while (end > 0 && (isTerminator(t.charAt(end - 1)) || t.charAt(end - 1) == ',')) {
            end--;
        }
        return t.substring(0, end).strip();
    }

    /** Returns the text ending with a full stop unless it already ends a sentence. */
    static String asSentence(String s) {
        String t = s.strip();
        if (t.isEmpty() || isTerminator(t.charAt(t.length() - 1))) {
            return t;
        }
        return t + ".";
    }

    private static boolean isTerminator(char c) {
        return c == '.' || c == '!' || c == '?';
    }

    /** A full stop in "3.5", "e.g." or "Mr." does not end a sentence; one followed by a space or the end does. */
    private static boolean isSentenceEnd(String text, int i) {
        char c = text.charAt(i);
        if (c == '!' || c == '?') {
            return i + 1 >= text.length() || !isTerminator(text.charAt(i + 1));
        }
        if (c != '.') {
            return false;
        }
        if (i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1))) {
            return false;
        }
        return true;
    }

    /** A comma between digits ("1,000") does not end a clause. */
    private static boolean isClauseComma(String text, int i) {
        if (text.charAt(i) != ',') {
            return false;
        }
        return !(i > 0
                && i + 1 < text.length()
                && Character.isDigit(text.charAt(i - 1))
                && Character.isDigit(text.charAt(i + 1)));
    }

    private static int skipSpaces(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
