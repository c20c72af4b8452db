package dev.spar.understanding;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Jabs by the shape of the sentence rather than by a stock phrase: a fault or a motive put on the other person
 * with a guess's certainty, blame turned back on them, and sarcasm's markers with their everyday spellings
 * ("cos", "who'd have thought"). {@link JabWords} holds the stock phrases.
 */
final class JabFamilies {
    private JabFamilies() {}

    private static final String YOU = "(?:you|u)";
    /** How sure a guess sounds ("you probably", "I reckon you", "you must have"). */
    private static final String GUESSED =
            "(?:(?:i (?:reckon|bet|suspect)|i'm (?:guessing|betting)|no doubt|clearly|obviously)"
                    + " (?:that )?" + YOU + "(?: (?:probably|just|obviously|clearly))?"
                    + "|" + YOU + " (?:probably|must have|must've|most likely|obviously|clearly|definitely))";
    /** Things done wrong, in the past tense: what a guess blames them for. */
    private static final String DONE_WRONG =
            "(?:put|typed|entered|set up|setup|ticked|clicked|picked|chose|selected|gave us"
                    + "|lost(?! (?:a lot|so much|a whole|hours|days|time|work|money|sleep|your|all|out|patience|faith|trust))"
                    + "|dropped|forgot|forgotten|broke|broken|ignored|deleted|knew|waited|kept|hid|binned"
                    + "|didn't (?:read|check|pay|look|notice|bother|listen|think|save|back)|got (?:it|the \\w+) wrong"
                    + "|never (?:bothered|backed|read|checked|saved|paid|listened|looked|told|asked))";

    /** Naming a fault or a motive the other person is guessed to have. */
    static final List<Pattern> ACCUSE = List.of(
            // A fault guessed at ("you probably put the wrong address in", "I reckon you knew it was faulty").
            Wording.pattern(GUESSED + " (?:just )?" + DONE_WRONG + "\\b"),
            // Blame turned back ("it was you that didn't pay", "and now you're blaming us").
            Wording.pattern(
                    "it (?:was|is|'s) (?:you|u)(?: lot)? (?:that|who)\\b|(?:and )?now (?:you're|you are|ur) (?:blaming|trying to blame)"
                            + "|(?:you're|you are) the (?:one (?:to blame|at fault)|reason (?:this|it|that) (?:happened|went|is|was))"
                            + "|(?:don't|do not|stop) pretend(?:ing)? (?:you|that you|u)"),
            // Bad faith assumed, whatever happened ("you'd say that whatever I asked for", "you'd have made me wear
            // something awful anyway").
            Wording.pattern(
                    "(?:you|u)(?:'d| would) (?:have )?(?:made me|said that|say that|find|complain|moan|only|just)\\b"
                            + "[^.!?]{0,50}\\b(?:anyway|whatever (?:i|we) (?:said|did|asked for|do)|no matter what)"),
            // A motive put on them ("you're just looking for someone to shout at", "you're only threatening to leave").
            Wording.pattern(
                    "(?:you're|you are|ur|u r) (?:just|only|simply) (?:looking for (?:someone|somebody|a fight|an excuse|an argument"
                            + "|a reason|trouble|a freebie)|threatening\\b|(?:asking|calling|saying|doing)(?: (?:that|this|it))? (?:to get|so you|because you)[^,.!?]{0,40}|after (?:a |free |money"
                            + "|compensation|a discount)|in it for|here to (?:moan|complain|shout|cause))"));

    /** Saying the opposite of what is meant, by its markers. */
    static final List<Pattern> MOCK = List.of(
            // Mock surprise ("who'd have thought", "go figure").
            Wording.pattern(
                    "who(?:'d| would) (?:have|of|'ve) thought|who knew(?=\\s*[.!?]*\\s*$)|go figure|fancy that(?=\\s*[.!]*\\s*$)"
                            + "|what are the odds|shocking,? i know|quelle surprise"),
            // Mock thanks for what came late or not at all ("nice of you to finally show up").
            Wording.pattern(
                    "(?:nice|good|kind|decent|sweet) of (?:you|u) to (?:finally|eventually|bother|even|actually)"
                            + "|must be (?:nice|lovely|great) (?:to|having|being)"),
            // A mocking "because", in every spelling ("sure, cos Lisbon was the highlight of my year").
            Pattern.compile(
                    "^(?:right|sure|yeah|oh yeah|yeah right|oh right|oh sure|oh)[,.]*\\s+(?:cos|coz|cuz|'cause|cause|bc)\\b"),
            // Wishing luck with what is bound to fail ("good luck getting Rotaflow to pick up at 3am").
            Wording.pattern("good luck (?:getting|finding|trying|with (?:that|getting))"));
}
