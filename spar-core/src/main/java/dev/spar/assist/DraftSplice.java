package dev.spar.assist;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Puts a replacement into a draft where an edit says, keeping the rest of the draft as the rep typed it. */
final class DraftSplice {
    private static final Pattern OPENING_CONJUNCTION =
            Pattern.compile("^(?:and|but|so|because|though|although|as|since|then|which|while|or)\\s+");
    private static final Pattern INDEPENDENT = Pattern.compile("\\s*(?:i|i'm|i'll|i've|we|we're|we'll|you|you're|you'll"
            + "|it|it's|it'll|the|that|that's|this|they|they're|there|there's|he|she|our|your|my|most|just|please|let"
            + "|let's)\\b");

    /** Words that open a sentence and are written with a capital only there. */
    private static final Pattern OWN_SENTENCE =
            Pattern.compile("(?:Let|Here|That|This|There|What|Before|Whatever" + "|However|Thanks|Back|We|You|It)\\b");
    /** "but, I'll refund you" once the clause between the two was dropped. */
    private static final Pattern JOINT_THEN_COMMA = Pattern.compile("(?i)\\b(and|but|or),\\s+");

    private DraftSplice() {}

    /** The start of the clause, after a conjunction that opens it, which stays. */
    static int clauseFrom(String draft, int at) {
        int start = Text.clauseStart(draft, at);
        Matcher m = OPENING_CONJUNCTION.matcher(Text.normalize(draft)).region(start, Math.max(start, at));
        return m.lookingAt() ? m.end() : start;
    }

    /**
     * Replaces a clause; when a comma and a clause that stands on its own follow ("..., the courier is a
     * separate company"), the replacement ends the sentence there instead of running on.
     */
    static String replaceClause(String draft, int start, int end, String replacement) {
        // New words that start a sentence of their own ("Let me show you...") after a comma start one: "30 days,
        // Let me show you" reads broken.
        int comma = draft.substring(0, start).stripTrailing().length() - 1;
        if (comma > 0
                && draft.charAt(comma) == ','
                && OWN_SENTENCE.matcher(replacement).lookingAt()) {
            return replace(draft, comma, end, ". " + replacement);
        }
        boolean standsAlone = !replacement.isEmpty()
                && end < draft.length()
                && draft.charAt(end) == ','
                && INDEPENDENT
                        .matcher(Text.normalize(draft))
                        .region(end + 1, draft.length())
                        .lookingAt();
        return standsAlone
                ? replace(draft, start, end + 1, Text.asSentence(replacement) + " ")
                : replace(draft, start, end, replacement);
    }

    /**
     * Returns the draft with one stretch replaced, tidying only the sentences the edit touches, so the rest of
     * the draft stays exactly as the rep typed it.
     */
    static String replace(String draft, int start, int end, String replacement) {
        int to = Math.max(start, end);
        int windowStart = Text.sentenceStart(draft, start);
        int windowEnd = Math.max(to, Text.sentenceEnd(draft, Math.max(windowStart, to - 1)));
        String middle = Text.tidy(draft.substring(windowStart, start) + replacement + draft.substring(to, windowEnd));
        if (replacement.isEmpty()) {
            middle = JOINT_THEN_COMMA.matcher(middle).replaceAll("$1 ");
        }
        String before = draft.substring(0, windowStart).stripTrailing();
        String after = draft.substring(windowEnd).stripLeading();
        StringBuilder out = new StringBuilder(before);
        for (String part : List.of(middle, after)) {
            if (!part.isEmpty()) {
                out.append(out.isEmpty() ? "" : " ").append(part);
            }
        }
        return out.toString();
    }
}
