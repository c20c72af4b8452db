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
                                + "|not care|get over it|be thrilled|be delighted|forgive (?:you|me|us)|come round|come around)\\b"
                                + "|^{lead}you (?:won't|will not|wouldn't|would never) (?:really |actually |ever )?(?:leave|quit"
                                + "|go anywhere|walk away|switch|move)(?=\\s*[,.!]|$)")
                .problem(GUESSING, "Ask rather than answer for them: \"How do you think he'll take it?\"")
                .unlessBefore("(?:hope|hoping|if|whether|not sure|don't know if|wonder if|maybe) $"));
    }
}
