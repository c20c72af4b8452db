package dev.spar.simulation;

import java.util.regex.Pattern;

/**
 * A line that says back their situation as their own fault: a failure of theirs stated flatly and made small ("you
 * just didn't read it"), or hindsight on what they should have done or known ("you'd think you'd know by now", "you
 * should've checked"). The analyser may read such a line as a summary; said to them, it is a verdict, and it soothes
 * no one. Read by the shape of the sentence, for lines no reader of jabs caught.
 */
final class FaultOnThem {
    private FaultOnThem() {}

    /** A failure of theirs, stated with a word that makes it small or plain: "you just didn't", "you clearly never". */
    private static final Pattern MADE_SMALL = Pattern.compile(
            "\\byou (?:just|simply|obviously|clearly) (?:didn'?t|did not|never|haven'?t|have not|forgot|missed|ignored)\\b");

    /**
     * Hindsight on them: what they would be expected to know ("you'd think", "you'd have thought") or should have
     * done ("you should've checked"); not what they were owed ("you should have had a call").
     */
    private static final Pattern HINDSIGHT = Pattern.compile(
            "\\byou(?:'d| would)(?: have)? (?:think|thought)\\b"
                    + "|\\byou (?:should|could)(?:'ve| have) (?!(?:had|been|got|gotten|received|heard|expected)\\b)(?:just )?[a-z]+");

    /** A sentence that asks, or lays a condition, is not the verdict. */
    private static final Pattern NOT_STATED = Pattern.compile("^(?:if|unless|whether|in case)\\b");

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+");

    /** Returns whether a line puts the fault on them in one of its statements. */
    static boolean in(String text) {
        for (String sentence :
                SENTENCE_END.split(text.toLowerCase(java.util.Locale.ROOT).replace('\u2019', '\''))) {
            String s = sentence.strip();
            if (s.endsWith("?") || NOT_STATED.matcher(s).find()) {
                continue;
            }
            if (MADE_SMALL.matcher(s).find() || HINDSIGHT.matcher(s).find()) {
                return true;
            }
        }
        return false;
    }
}
