package dev.spar.review;

import java.util.regex.Pattern;

/**
 * What is courtesy in a real chat rather than a habit to fix: a "sorry again" in the goodbye after the customer
 * thanked the agent leaves nothing to push on, so it is not over-apologising.
 */
final class Courtesy {
    /** A goodbye longer than this is doing more than saying goodbye. */
    static final int GOODBYE_WORDS = 25;

    private static final Pattern THANKED = Pattern.compile(
            "\\b(?:thanks|thank you|thx|many thanks|cheers|bye|goodbye|have a (?:nice|good|great|lovely))\\b",
            Pattern.CASE_INSENSITIVE);

    /** The customer still has something open, thanks or not. */
    private static final Pattern STILL_OPEN = Pattern.compile(
            "\\?|\\b(?:but|still|not|don't|doesn't|didn't|disappoint\\w*|unacceptable)\\b", Pattern.CASE_INSENSITIVE);

    private static final Pattern GOODBYE = Pattern.compile(
            "\\b(?:you're welcome|you are (?:very |most )?welcome|thank you|thanks|have a (?:lovely|nice|good|great|"
                    + "wonderful)|take care|all the best|bye|goodbye)\\b",
            Pattern.CASE_INSENSITIVE);

    private Courtesy() {}

    /** Whether an agent turn is a goodbye answering the customer's thanks, an apology in it being courtesy. */
    static boolean goodbyeAfterThanks(String text, String customerBefore) {
        return THANKED.matcher(customerBefore).find()
                && !STILL_OPEN.matcher(customerBefore).find()
                && GOODBYE.matcher(text).find()
                && text.strip().split("\\s+").length <= GOODBYE_WORDS;
    }
}
