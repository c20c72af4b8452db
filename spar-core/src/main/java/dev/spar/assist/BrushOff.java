package dev.spar.assist;

import dev.spar.analysis.FindingCategory;
import dev.spar.analysis.Flag;
import dev.spar.analysis.Span;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reply of a word or two that takes note and answers nothing ("k", "ok.", "fine", "noted", "sure") sent to a
 * customer who is upset: it reads as not caring. To a calm customer the same word is an ordinary reply ("my order
 * number is 55102" / "ok"), and "yes" or "no" answers a question, so neither is flagged. Upset is as upset as
 * the planner's move to acknowledge it.
 */
final class BrushOff {
    /** The whole reply: a word of receipt and nothing else but punctuation or an emoji. */
    private static final Pattern BARE = Pattern.compile(
            "(?i)^[\\s\\p{P}\\p{S}]*(?<words>ok(?:ay)?|fine|sure|noted|right|alright|all right|cool|got it|understood"
                    + "|mhm+|hm+|uh[- ]?huh|k+|if you say so|as you wish|so|and)[\\s\\p{P}\\p{S}]*$");

    /** Why, beyond the category's reason, with the words of a better reply. */
    private static final String TIP = "A word of receipt alone, to someone this upset, reads as not caring: say you"
            + " heard what it has cost them and what you will do now: \"I'm sorry, that sounds really stressful. Let me"
            + " look into this for you right now.\"";

    private BrushOff() {}

    /**
     * Returns the flag of a bare word of receipt, when the customer spoke last and is upset.
     *
     * @param draft the draft as meant to be spelled
     * @param customer the customer as read so far
     * @param customerSpokeLast whether the draft answers a customer line rather than the rep's own
     */
    static Optional<Flag> of(String draft, CustomerRead customer, boolean customerSpokeLast) {
        boolean upset = customer.intensity() >= Planner.ACKNOWLEDGE_FROM
                || customer.safety().isPresent();
        if (!customerSpokeLast || !upset) {
            return Optional.empty();
        }
        Matcher m = BARE.matcher(draft);
        if (!m.matches()) {
            return Optional.empty();
        }
        Span span = new Span(m.start("words"), m.end("words"));
        return Optional.of(new Flag(FindingCategory.DISMISSAL, span, span.of(draft), TIP));
    }

    /** The whole reply instead: what it has cost them, in their words, and that you are on it. */
    static String rewrite(CustomerWords words) {
        return Phrasings.shortAcknowledgement(words) + ". Let me look into this for you right now.";
    }
}
