package dev.spar.understanding;

import java.util.regex.Pattern;

/**
 * A line that only greets. It carries no problem and no matter of theirs: as an opening line it is only a greeting,
 * and said to someone already upset it is small talk.
 */
public final class Greeting {
    /**
     * A line that only greets: hello, a name or two, thanks for their time, and whether they have a minute ("Hi
     * Margaret, thanks for making time.", "Morning Kofi, have you got ten minutes?").
     */
    private static final Pattern ONLY_A_GREETING = Pattern.compile(
            "\\s*(?:(?i:hi|hello|hey|hiya|morning|good (?:morning|afternoon|evening)|afternoon|evening)(?i: there)?"
                    // A name, as people type it too ("hey sam"): a lowercase word that insults or asks is no name.
                    + "(?: [A-Z][\\w'-]*){0,2}(?: (?!(?:you|u|ya|idiot|genius|mate|sorry|so|listen|look|whatever)\\b)"
                    + "[a-z][a-z'-]{1,15}(?=[,.!]*\\s*$))?[,.!]*\\s*)?"
                    + "(?:(?i:(?:and )?(?:thanks|thank you|cheers)(?: (?:so much|very much|a lot))?(?: for (?:making|taking"
                    + "|finding) (?:the |some )?time(?: (?:for|to see) (?:me|this|us))?| for (?:coming|popping) (?:in|over|round"
                    + "|by)| for (?:seeing|meeting|having) me| for (?:calling|ringing)(?: back)?| for fitting me in)"
                    + "(?: today| this morning| this afternoon)?)(?:,? [A-Z][\\w'-]*)?[,.!]*\\s*)?"
                    + "(?:(?i:(?:have|got|do) you got (?:a|ten|five|two) (?:minute|minutes|sec|second|moment)s?)\\??[.!]*"
                    + "\\s*)?");

    private Greeting() {}

    /** Returns whether the line only greets, thanks them for their time or asks whether they have a minute. */
    public static boolean only(String line) {
        return !line.isBlank() && ONLY_A_GREETING.matcher(line.strip()).matches();
    }
}
