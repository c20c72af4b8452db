package dev.spar.scenario;

import java.util.Locale;

/**
 * Finds a scenario's cue words in what someone said: whole words or phrases, ignoring case and curly
 * apostrophes, so "refund" is found in "a refund." but not in "refunded".
 */
public final class Cues {
    private Cues() {}

    /** Returns whether the cue occurs in the text as whole words. */
    public static boolean mentions(String text, String cue) {
        return indexIn(text, cue) >= 0;
    }

    /** Returns where the cue first occurs in the text as whole words, or -1. */
    public static int indexIn(String text, String cue) {
        String t = normalise(text);
        String c = normalise(cue).strip();
        if (c.isEmpty()) {
            return -1;
        }
        int from = 0;
        while (true) {
            int at = t.indexOf(c, from);
            if (at < 0) {
                return -1;
            }
            int end = at + c.length();
            boolean startOk = at == 0 || !Character.isLetterOrDigit(t.charAt(at - 1));
            boolean endOk = end >= t.length() || !Character.isLetterOrDigit(t.charAt(end));
            if (startOk && endOk) {
                return at;
            }
            from = at + 1;
        }
    }

    // Lower-casing and the apostrophe swap keep every character in place, so indexes map back to the text.
    private static String normalise(String s) {
        return s.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    }
}
