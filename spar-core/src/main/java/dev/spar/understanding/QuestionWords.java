package dev.spar.understanding;

import java.util.regex.Pattern;

/** The openings of a question typed without its question mark ("can you tell me the order number"). */
final class QuestionWords {
    private QuestionWords() {}

    /** A question that says it asks again ("what was the order number again?", "when did u say it started?"). */
    static final Pattern AGAIN = Wording.pattern(
            "(?:what|when|who|where|which|how much|how many|how long)\\b[^?]*\\bagain(?=\\s*\\??\\s*$)|did (?:you|u) say"
                    + "|was it you said|you said it was");

    /** A sentence opening that asks, whatever its last character. */
    static final Pattern OPENING = Wording.openingAfter(
            "wait|sorry|hang on|um+|erm+",
            "(?:can|could|would|will) (?:you|u) (?:please )?(?:tell|give|send|confirm"
                    + "|let me know|check|provide|share|read|spell|remind)|(?:can|could|may) i (?:please )?(?:have|get|ask|take|grab"
                    + "|check)|what(?:'s| is| was| are| were| did| do| does)|whats|wats|wots|when(?:'s| is| was| did| will| do| does"
                    + "| can)|where(?:'s| is| was| did| are| do| does)|who(?:'s| is| was| did)|which (?!(?:is|was|means|would|will|makes|has|i|we)\\b)\\w+|why (?:did|is|was|do|does|are|were|has|have|would)|how (?:long|much|many|often|did|do"
                    + "|does|is|was|are|can|come)|do (?:you|u) (?:have|know|remember)|did (?:you|u)|have (?:you|u)|are (?:you|u)"
                    + "|is (?:it|there|that|this)|tell me (?:the|your|ur|what|when|where|how)");
}
