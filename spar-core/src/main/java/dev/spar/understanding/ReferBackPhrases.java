package dev.spar.understanding;

import java.util.regex.Pattern;

/** The words that point back to an earlier turn: whose turn, and what about. */
final class ReferBackPhrases {
    private ReferBackPhrases() {}

    /** Pointing back to what the other person said ("like you said", "earlier you mentioned"). */
    static final Pattern THEIRS = Wording.pattern("(?:like|as|what) (?:you|u) (?:said|say|mentioned|told me|were saying"
            + "|put it|pointed out|explained)|(?<!believe |how could |why would |why did |can't believe )(?:you|u) (?:mentioned|said|told me|were saying)"
            + "(?: (?:earlier|before|at the start|a minute ago|just now|last time))?|earlier (?:you|u) (?:said|mentioned|told me)|to your (?:earlier |last )?point"
            + "|(?<!why (?:have|did|would) )(?:you|u) (?:brought up|were talking about|were telling me about)"
            + "|(?:back|going back|coming back|to go back|circling back) to what (?:you|u) said");

    /** Pointing back to what the speaker said ("as I said", "like I mentioned"). */
    static final Pattern OWN = Wording.pattern(
            "(?:like|as) i (?:said|mentioned|told you|explained)(?: (?:earlier|before))?"
                    + "|as i was saying|i (?:said|mentioned|told you) (?:earlier|before)|as we (?:discussed|agreed|said)");

    /** Going back to a subject named after the phrase ("going back to the refund"): the subject is one of the named groups. */
    static final Pattern SUBJECT =
            Wording.pattern("(?:going|coming|getting|circling|to go|let's go|can we go|back) back to"
                    + " (?<d>(?:the|your|my|our|that|this|what) [\\w' -]+)|(?:going|coming|getting|circling|to go) back to"
                    + " (?<e>\\w[\\w' -]*)|about (?:the|your|that) (?<f>\\w+) you (?:mentioned|said)"
                    + "|(?:the|that) (?<g>\\w+(?: \\w+)?) (?:i|you|u) (?:mentioned|talked about|told you about|spoke to|dealt with)"
                    // Asking to hear more of it ("can I ask more about your dad's phone"), or taking it up as the
                    // line's heading ("about the key - ...", "About the March report:").
                    + "|(?:ask|hear|know) (?:a (?:bit|little) )?more about (?:the|your|that|ur) (?<h>[\\w' -]+?)(?= -|[,:?]|$)"
                    + "|^(?:and |so |ok,? |okay,? )?(?:about|re|regarding|on) (?:the|your|that|this|ur) (?<i>[\\w' ]{1,30}?)"
                    + "(?= -|:| \u2014)");
}
