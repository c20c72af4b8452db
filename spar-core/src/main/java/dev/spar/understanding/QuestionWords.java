package dev.spar.understanding;

import java.util.regex.Pattern;

/** The openings of a question typed without its question mark ("can you tell me the order number"). */
final class QuestionWords {
    private QuestionWords() {}

    /** A question that says it asks again ("what was the order number again?", "when did u say it started?"). */
    static final Pattern AGAIN = Wording.pattern(
            "(?:what|when|who|where|which|how much|how many|how long)\\b[^?]*\\bagain(?=\\s*\\??\\s*$)|did (?:you|u) say"
                    + "|was it you said|you said it was|repeat|one more time|once more|say (?:that|it) again|come again");

    /**
     * A statement that a fact given was not taken in, which asks for it again as surely as a question ("sorry i
     * didnt catch the account number", "I forgot to write it down").
     */
    static final Pattern MISSED = Wording.pattern(
            "(?:i )?(?:didn't|did not|don't think i|never) (?:quite )?(?:catch|hear|note|write|take down|jot|get that)"
                    + "|i(?:'ve)? (?:forgot|forgotten|missed|lost|misplaced) (?:to (?:write|note|take|jot)|the|that|your|what)");

    /** A sentence opening that asks, whatever its last character. */
    static final Pattern OPENING = Wording.openingAfter(
            "wait|sorry|hang on|um+|erm+",
            "(?:can|could|would|will) (?:you|u) (?:please )?(?:tell|give|send|confirm|repeat|say|go over"
                    + "|let me know|check|provide|share|read|spell|remind)|(?:can|could|may) i (?:please )?(?:have|get|ask|take|grab"
                    + "|check)|what(?:'s| is| was| are| were| did| do| does)|whats|wats|wots|what (?:time|day|date)(?:'s| is| was| do| does| did| will)|when(?:'s| is| was| did| will| do| does"
                    + "| can)|where(?:'s| is| was| did| are| do| does| can| should| will)|who(?:'s| is| was| did| do| does| should| can| will)|which (?!(?:is|was|means|would|will|makes|has|i|we)\\b)\\w+|why (?:did|is|was|do|does|are|were|has|have|would)|how (?:long|much|many|often|did|do"
                    + "|does|is|was|are|can|come)|do (?:you|u) (?:have|know|remember)|did (?:you|u)|have (?:you|u)|are (?:you|u)"
                    + "|is (?:it|there|that|this)|tell me (?:the|your|ur|what|when|where|how)|remind me (?:of )?(?:the|your|ur|what|when|where|how|who)");

    /** Asking after how something is going ("how's the shop doing?"): small talk, not a question for a fact. */
    static final Pattern HOW_IS_IT_GOING = Wording.opening(
            "how(?:'s|s| is| are)(?: the| your| ur)? (?:\\w+ ){1,3}?(?:doing|going|getting on|keeping|holding up)");
}
