package dev.spar.analysis;

import static dev.spar.analysis.FindingCategory.BLAME;
import static dev.spar.analysis.FindingCategory.GUESSING;

import dev.spar.analysis.PhraseBook.Builder;
import java.util.List;

/**
 * Fault laid on them after the event and guesses said as fact, as data. {@link ConflictPhrases} has the plain
 * forms ("you should have", "probably"); these are the ones that sound reasonable: advice in hindsight ("the
 * sensible thing would have been to ring us"), fault by emphasis ("we did email you", "you did agree to it"), a
 * cause named as if known ("that'll be your router", "something on their side must have failed") and someone
 * else's mind spoken for ("he'll love it", "you won't leave"). Each phrase names one kind of language, not one
 * sentence.
 */
final class HindsightPhrases {
    private HindsightPhrases() {}

    /**
     * Feelings a "must have been" names, which is empathy ("it must have been awful"), not a guess at the cause: the
     * phrase book's feeling words and a few that only follow "must have been".
     */
    private static final String FEELING = "(?:(?:so|really|very|such|quite|pretty|absolutely) )?(?:"
            + PhraseBook.FEELING_WORDS + "|frightening|a shock|embarrassing|a lot|worse|horrid|gutting|a worry)\\b";

    /** Adds fault laid on them in hindsight or by emphasis. */
    static void faultInHindsight(List<Builder> b) {
        b.add(PhraseBook.phrase(
                        "blame.in-hindsight",
                        "(?:the )?(?:sensible|smart|right|best|obvious|safest|safe|wise|wiser|normal|usual|proper|clever)"
                                + " (?:thing|move|option|course|approach|call)(?: to do| of action)? (?:would've|would have|would of"
                                + "|'d have|was)(?: been)? (?:to|for you to)\\b"
                                + "|(?:it's|it is) (?:always|usually|generally) (?:safer|wiser|best|better|a good idea|sensible|smart)"
                                + " to (?!(?:ring|call|contact|phone|email|message) us\\b)\\w+"
                                + "|(?:shouldn't|should not|wouldn't|would not|should)(?: really)? have (?:been|come as) (?:a |any |much"
                                + " of a |such a |that much of a )?surprise")
                .moves(Move.BLAME)
                .problem(
                        BLAME,
                        "Leave what they could have done and say what happens now: \"It's close to the date, so here's"
                                + " the fastest thing I can do.\""));
        b.add(
                PhraseBook.phrase(
                                "blame.we-did-tell-you",
                                "(?:we|i) did (?:email|send|write|warn|remind|notify|text|message|mail|post)(?:ed)? (?:you|it to you"
                                        + "|(?:a|the) (?:[\\w-]+ )?(?:notice|reminder|email|letter|warning|invoice|link|code))"
                                        + "|you did (?:agree|sign|accept|tick|choose|approve|inherit|know|click|confirm|read|see|get)\\b"
                                        + "|(?:it|that|this)(?: one)? (?:kind of |sort of |really |partly |mostly |all |probably )?is on you\\b"
                                        + "|(?:this|that|it) one(?:'s| is) (?:kind of |sort of |really |partly |mostly |all |probably )?on you\\b"
                                        + "|you (?:clearly |obviously |probably )?(?:got|read|saw|received|opened) (?:it|them|that|the \\w+)"
                                        + " and (?:just |then )?(?:ignored|binned|deleted|forgot about|didn't read) (?:it|them|that)"
                                        + "|you (?:probably |must have |must've |might have |likely |just |only |basically )?(?:made (?:it|this"
                                        + "|that|things) worse|caused (?:it|this|that) yourself|broke (?:it|this|that) yourself)")
                        .moves(Move.BLAME)
                        .problem(
                                BLAME,
                                "Say what happened without scoring the point: \"The notice went to your work address in May."
                                        + " Let's look at what we can do now.\"")
                        .unlessBefore("(?:if|whether|not saying|unless) $")
                        .unlessAfter(
                                "[^.!?]{0,50}(?:sorry|our mistake|my mistake|our fault|my fault|let you down|we got it wrong)"));
    }

    /**
     * Adds fault laid on them as a lesson for next time ("worth allowing a buffer in future", "that's why we tell
     * people to save them"), as what their part should have been ("if the tickets had more detail we wouldn't have
     * to ask") and as a habit of theirs ("you treat every invoice like it's optional").
     */
    static void lessonsForThem(List<Builder> b) {
        b.add(
                PhraseBook.phrase(
                                "blame.for-next-time",
                                "(?:for|in) (?:the )?future(?: \\w+)?,? (?:it's|it is|it'd be|you'll|you might|you may|i'd|i would|always"
                                        + "|just|best|try|make sure|remember)\\b"
                                        + "|(?:worth|wise|best|a good idea|sensible|advisable|helpful|handy)\\b[^.!?]{0,40}\\b(?:next time"
                                        + "|in future|for the future|going forward|for future \\w+)\\b"
                                        + "|something to (?:bear|keep) in mind(?: for)? (?:next time|in future|for the future|going forward"
                                        + "|for future \\w+)"
                                        + "|that's (?:exactly |precisely |kind of |partly )?why we (?:tell|ask|recommend|advise|remind|always"
                                        + " tell|always ask) (?:people|customers|everyone|you|clients)"
                                        + "|next time,? (?:it's worth|it might be worth|you might want|you'll want|make sure|remember to|try to"
                                        + "|i'd (?:suggest|recommend)|just (?:make sure|remember))")
                        .moves(Move.BLAME)
                        .problem(
                                BLAME,
                                "Leave the lesson and say what happens now: \"It's close to the date, so here's the fastest thing"
                                        + " I can do.\"")
                        .unlessBefore(
                                "(?:i'll|i will|we'll|we will|i'm going to|we're going to|let me|i can|we can) (?:\\w+ ){0,6}$"));
        b.add(PhraseBook.phrase(
                        "blame.if-yours-had-been-better",
                        "(?:maybe |perhaps )?if (?:the|your|ur) [\\w-]+(?: [\\w-]+)? (?:had|came|were|was|included|gave"
                                + "|arrived|said)\\b[^.!?]{0,50}?\\b(?:more|clearer|better|less|fewer|sooner|earlier|on time|properly"
                                + "|an? actual|the right)\\b[^.!?]{0,40}?\\b(?:i|we|the team|they) (?:wouldn't|would not|would|could"
                                + "|'d|might)\\b"
                                + "|you treat (?:every|each|all|your|the|my|our) [\\w-]+(?: [\\w-]+)? (?:like|as if|as though)\\b"
                                + "|(?:it (?:might|would|could|'d|may) help|try|best|better|worth trying|you might want) not (?:to )?"
                                + "(?:have|having|run|running|use|using|open|opening|leave|leaving|keep|keeping) (?:so many|that many"
                                + "|all those|lots of|loads of|too many)\\b")
                .moves(Move.BLAME)
                .problem(
                        BLAME,
                        "Say what you'll do with what they gave you: \"You shouldn't have to explain it twice. I'll"
                                + " be your one contact from now on.\""));
    }

    /** Adds a cause, an outcome or someone's mind said as if known. */
    static void guessesSaidAsFact(List<Builder> b) {
        b.add(PhraseBook.phrase(
                        "guessing.that-will-be-your",
                        "^{lead}that(?:'ll| will)(?: have)? be(?:en)? (?:your|their|his|her|the)"
                                + " (?!(?:best|easiest|quickest|simplest|fastest|last|first|only|safest|cheapest|right|way|plan|one"
                                + "|same|next|end|case|deal|price|total|cost|fee|balance|amount)\\b)[\\w-]+"
                                + "|^{lead}it(?:'ll| will)(?: have)? be(?:en)? (?:your|their) [\\w-]+"
                                + "|^{lead}it(?:'ll| will)(?: have)? be(?:en)? the [\\w-]+(?: [\\w-]+)?,? (?:almost certainly|definitely"
                                + "|for sure|i reckon|i bet|no doubt|guaranteed|100%|trust me|i'd put money on it)")
                .problem(
                        GUESSING,
                        "Say what you know and what you'll check: \"I can't tell the cause from here yet."
                                + " I'll check the line and tell you what I find.\""));
        // A fault diagnosed unseen ("it'll be a loose connector"), what someone else will have done ("she'll have just
        // ticked the first box"), and a rival's price read as a trap ("that'll be a teaser rate").
        b.add(PhraseBook.phrase(
                        "guessing.a-cause-unseen",
                        "^{lead}(?:it|that|this)(?:'ll| will) (?:almost certainly |most likely |probably |definitely |just |only )?be"
                                + " (?:a|an) (?:[\\w-]+ ){0,2}(?:fault|glitch|bug|error|failure|connector|sensor|wiring|battery|bearing"
                                + "|board|motherboard|label|barcode|cable|setting|update|virus|duplicate|duplication|mix-up|typo|leak"
                                + "|blockage)s?\\b"
                                + "|(?<![\\w'])(?!(?:i|we|you|it|that|this|there|what|who)\\b)(?:he|she|they|[\\w-]+)(?:'ll| will)"
                                + " have (?:just |probably |simply |already )?(?:[a-z]+ed|sent|put|done|got|taken|gone|forgotten|hit"
                                + "|read|left|lost)\\b"
                                + "|[\\w-]+(?:'ll| will) be (?:an? |just an? )?(?:intro|introductory|teaser|promotional|promo|starter)"
                                + " (?:rate|price|offer|deal)|(?:they|he|she)(?:'ll| will) (?:just )?(?:put|push|hike|jack|bump|ramp)"
                                + " (?:the price|prices|the prices|it|your bill|the rate) up")
                .problem(
                        GUESSING,
                        "Say what you can see and how you'll find the rest: \"I can't tell the cause from here. The"
                                + " check will show it, and I'll tell you what it finds.\"")
                .unlessBefore("(?:if|whether|not sure|don't know if|wonder if|maybe|hope|hoping) $"));
        b.add(PhraseBook.phrase(
                        "guessing.must-have-failed",
                        "(?:something|someone|somebody|it|they|the [\\w-]+(?: [\\w-]+)?|(?:your|their|the) [\\w-]+(?:'s)?"
                                + " (?:side|end))(?: on (?:your|their|the [\\w']+) (?:side|end))? must(?:'ve| have) (?!been "
                                + FEELING
                                + ")(?:\\w+ed|gone|got|been|done|sent|come|broken|fallen|slipped|crashed|dropped|lost"
                                + "|forgotten|misread|mixed)\\b")
                .problem(
                        GUESSING,
                        "Say what you can see, not what must have happened: \"I can see two payments."
                                + " I'll find out why and tell you.\"")
                .unlessBefore("(?:if|whether|not|don't think|doesn't mean) $"));
        b.add(PhraseBook.phrase(
                        "guessing.their-mind",
                        "(?<![\\w'])(?!(?:it|that|this|you|i|we|there|what|which|who|everything|nothing|someone|one)\\b)"
                                + "(?:he|she|they|[\\w-]+)(?:'ll| will) (?:(?:totally|definitely|absolutely|surely|100%|honestly) )?"
                                + "(?:love (?:it|that|this|the)|be (?:fine|okay|ok|cool|happy) (?:with|about) (?:it|that|this)|not mind"
                                + "|not care|get over it|be thrilled|be delighted|forgive (?:you|me|us)|come round|come around"
                                + "|(?:say|tell you) (?:exactly |just )?the same(?: thing)?|drop (?:it|the [\\w-]+)|back down|see sense"
                                + "|be on board|understand)\\b"
                                + "|(?<![\\w'])(?!(?:it|that|this|you|i|we|there|what|which|who|everything|nothing|someone|one)\\b)"
                                + "(?:he|she|they|[\\w-]+) (?:won't|will not|wouldn't) (?:(?:really|even|honestly) )?(?:mind|care|object"
                                + "|say no|be bothered|be upset|have a problem)\\b"
                                + "|you'd (?:(?:likely|probably|just|only|soon) )?(?:be back|come back|end up (?:coming )?back)\\b"
                                + "|(?:i'd|i would) (?:bet|put money) on it|i'm (?:sure|certain|positive) of it"
                                + "|(?:it's|that's|it is|they're|he's|she's) almost certainly\\b|nine times out of ten\\b"
                                + "|^{lead}you (?:won't|will not|wouldn't|would never) (?:really |actually |ever )?(?:leave|quit"
                                + "|go anywhere|walk away|switch|move)(?=\\s*[,.!]|$)")
                .problem(GUESSING, "Ask rather than answer for them: \"How do you think he'll take it?\"")
                .unlessBefore("(?:hope|hoping|if|whether|not sure|don't know if|wonder if|maybe) $"));
    }
}
