package dev.spar.understanding;

import java.util.regex.Pattern;

/** The words of an honest limit: what cannot be done, promised or known yet. */
final class LimitPhrases {
    private LimitPhrases() {}

    /** Opens a limit; the clause after it is what is limited ("I can't guarantee | Saturday"). */
    static final Pattern LEAD = Pattern.compile("\\b(?:"
            + ("(?:i'm not going to (?:pretend|promise|tell you)|i won't (?:pretend|promise|lie to you)"
                            + "|(?:i|we) (?:honestly |really |just |simply )?(?:can't|cannot|can not|won't be able to|am not able to|are not able to|am unable to"
                            + "|are unable to)|i'm not able to|i'm unable to|we're not able to|we're unable to)"
                            + "(?: (?:(?:guarantee|promise)(?: you)?(?: that)?|say for (?:sure|certain)(?: whether| if| that| when)?"
                            + "|confirm(?: that| whether| if)?|tell you (?:for sure |exactly |yet )?(?:whether|if|when|that)?))?"
                            + "|that(?:'s| is|'s just) not something (?:i|we) can (?:promise|guarantee|do|confirm|say)"
                            + "|that isn't something (?:i|we) can (?:promise|guarantee|do|confirm|say)"
                            + "|(?:i|we) (?:don't|do not) know (?:yet |for sure |exactly )?(?:whether|if|when|how long|how much)"
                            + "|(?:i'm|i am) not sure (?:yet )?(?:whether|if|when)"
                            + "|(?:i|we) (?:don't|do not) have (?:an answer|a date|a time|that information|the details)"
                            + "(?: yet)?(?: on| about| for)?"
                            + "|there's no way (?:for me )?to know(?: whether| if| when)?")
                    .replace("'", "'?")
            + ")(?=[\\s.,!?;]|$)\\s*");

    /** A whole sentence that says the speaker does not know yet ("I don't know yet.", "not sure yet"). */
    static final Pattern NOT_KNOWN = Pattern.compile("^(?:(?:honestly|to be honest|i'm sorry|sorry)[,.]?\\s+)?(?:"
            + "(?:i|we) (?:don't|do not) know(?: yet| for sure| right now| at the moment)?|(?:i'm |i am )?not sure yet"
            + "|(?:i|we) (?:don't|do not) have (?:an answer|a date|that) yet|i can't say yet|too early to (?:say|tell))"
                    .replace("'", "'?")
            + "[.!]*$");

    /** What follows "I can't" without being a limit on the matter at hand ("I can't believe this"). */
    static final Pattern NOT_A_LIMIT = Pattern.compile(
            "^(?:believe|stand|wait|hear|imagine|see|understand|even"
                    + "|say i blame|do this any ?more|take (?:this|it) any ?more|deal with|stop|thank you|thank|help (?:it|myself)"
                    + "|tell you how|express|emphasi[sz]e|stress|remember|begin|argue|complain|fault|blame|disagree|what else"
                    + "|what you want|why you|you (?:remember|know|heard|saw|got|received|read|understand|reali[sz]e)|how many times|about you|what your|if you're|whether you're|put into words|wrap my head)\\b");
}
