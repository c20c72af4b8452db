package dev.spar.coaching;

import dev.spar.scenario.Cues;
import java.util.List;

/** Splits the analysis's advice into tip and words, and finds the sentence of a line that holds a point. */
final class Rewrites {
    private static final java.util.regex.Pattern TIP_THEN_QUOTE =
            java.util.regex.Pattern.compile("^(.*?):\\s*\"([^\"]+)\"");

    private Rewrites() {}

    /**
     * A better phrasing split into the tip ("Start with their situation, then the rule.") and the words to
     * say instead.
     */
    record Advice(String tip, String replacement) {
        /** Splits "tip: \"words\"" into its parts; plain words have no tip. */
        static Advice of(String alternative) {
            java.util.regex.Matcher m = TIP_THEN_QUOTE.matcher(alternative.strip());
            if (m.find()) {
                String tip = m.group(1).strip();
                return new Advice(
                        tip.endsWith(".") ? tip : tip + ".", m.group(2).strip());
            }
            return new Advice("", alternative.strip());
        }
    }

    /** Returns the sentence of the text that contains one of the cues, or the whole text. */
    static String sentenceWith(String text, List<String> cues) {
        for (String cue : cues) {
            int at = Cues.indexIn(text, cue);
            if (at >= 0) {
                int start = sentenceStart(text, at);
                int end = sentenceEnd(text, at + cue.length());
                return text.substring(start, end).strip();
            }
        }
        return text;
    }

    /** Returns the sentence of the text around a character offset. */
    static String sentenceAt(String text, int at) {
        return text.substring(sentenceStart(text, at), sentenceEnd(text, at)).strip();
    }

    private static int sentenceStart(String text, int from) {
        for (int i = from - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?' || c == '\n') && i < from) {
                return i + 1;
            }
        }
        return 0;
    }

    private static int sentenceEnd(String text, int from) {
        for (int i = Math.max(from, 0); i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == '\n') {
                return i + 1;
            }
        }
        return text.length();
    }
}
