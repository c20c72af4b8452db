package dev.spar.analysis;

import static dev.spar.analysis.FindingCategory.CONDESCENSION;
import static dev.spar.analysis.FindingCategory.JUDGEMENTAL_FRAMING;

import dev.spar.analysis.PhraseBook.Builder;
import java.util.List;

/**
 * What the learner says about the other person's manner, and talk that treats them as slow, as data. {@link
 * ConflictPhrases} has the textbook forms ("you claim", "it's really simple"), {@link EverydayPhrases} the
 * everyday ones ("I'd have thought", "in your day"); these are the labels people put on someone's manner (their
 * tone, "being precious", "your endless emails", "calling it a scam is over the top", "a witch hunt") and the
 * ways of saying they cannot follow ("simple for you", "more complicated than you realise"). Each phrase names
 * one kind of language, not one sentence.
 */
final class JudgementPhrases {
    private JudgementPhrases() {}

    /** Degree words between "you're" and what they are called ("a bit", "very", "really"). */
    private static final String DEGREE =
            "(?:(?:a bit|a little|very|really|quite|rather|so|incredibly|extremely|too|being|kind of|pretty|just) )*";

    /** Adds the labels put on how they are behaving in this conversation. */
    static void labellingTheirManner(List<Builder> b) {
        b.add(PhraseBook.phrase(
                        "judgemental.being-precious",
                        "(?:you're|you are|ur|u r|you've been|you were) " + DEGREE
                                + "(?:precious|picky|fussy|touchy|pedantic|nitpicky|negative|awkward|obstructive|melodramatic"
                                + "|over the top|hard work|high-maintenance|high maintenance|emotional|worked up)\\b")
                .problem(
                        JUDGEMENTAL_FRAMING,
                        "Name what they want, not how they are: \"You want the wording exactly right. Let's get it"
                                + " right.\"")
                .unlessBefore("(?:not saying|if|whether|don't think|didn't mean|never said) $"));
        b.add(PhraseBook.phrase(
                        "judgemental.your-tone",
                        "(?:your|ur) (?:tone|attitude|manner|behaviou?r)(?: (?:here|today|right now|on (?:this|the) call))?"
                                + " (?:is|isn't|is not|has been|was|wasn't|really|doesn't|does not|won't|will not|needs)\\b"
                                + "|the way (?:you're|you are|ur) (?:talking|speaking|behaving|acting|carrying on)\\b")
                .problem(
                        JUDGEMENTAL_FRAMING,
                        "Say what you need, not what is wrong with them: \"I want to sort this, and I can do that"
                                + " best if we go through it together.\""));
        b.add(PhraseBook.phrase(
                        "judgemental.your-constant",
                        "(?:your|ur) (?:constant|endless|continual|incessant|never-ending|relentless|non-stop|nonstop)"
                                + " [\\w-]+")
                .problem(
                        JUDGEMENTAL_FRAMING,
                        "Count what happened, not what they are like: \"You've emailed four times this week, so this"
                                + " clearly matters.\""));
        b.add(PhraseBook.phrase(
                        "judgemental.calling-it",
                        "calling (?:it|this|that|an? [\\w-]+(?: [\\w-]+)?|the [\\w-]+|our [\\w-]+|my [\\w-]+|your [\\w-]+)"
                                + " (?:an? )?[\\w-]+ (?:is|was|seems|feels) (?:(?:a bit|rather|really|very|quite|pretty|just|a"
                                + " little|a tad) )?(?:over the top|unfair|not fair|a stretch|ridiculous|extreme|harsh|dramatic"
                                + "|excessive|going too far|much|a bit much|strong|uncalled for)"
                                + "|(?:let's not|don't|no need to|there's no need to) jump to (?:conclusions|calling)"
                                + "|(?:that's|it's|that is|thats|it is) (?:quite |a bit of |rather |a very |a huge |a massive |a big"
                                + " |a )+(?:leap|stretch)(?=\\s*(?:[,.!;]|$| from| to| there))")
                .problem(
                        JUDGEMENTAL_FRAMING,
                        "Take their word as their view, then give yours: \"I can see why it looks that way. Here's what"
                                + " I found.\"")
                .unlessBefore("(?:i|we) $"));
        b.add(PhraseBook.phrase(
                        "judgemental.frankly-unreasonable",
                        "(?:your|ur) [\\w' -]{1,30}? (?:is|are|were|was|seems?|feels?) (?:frankly|quite frankly|honestly|just"
                                + "|simply|bordering on|getting|verging on) (?:unreasonable|ridiculous|absurd|outrageous|insulting"
                                + "|excessive|exploitative|unacceptable|a joke|too much|over the top|laughable)")
                .problem(
                        JUDGEMENTAL_FRAMING,
                        "Say what you can and cannot do, not what their request is: \"I can't do Sundays. Here's what I"
                                + " can do.\""));
        b.add(PhraseBook.phrase(
                        "judgemental.witch-hunt",
                        "(?:personal )?(?:vendetta|witch[- ]?hunt)|dressed up as (?:feedback|concern|advice|help|a review"
                                + "|support|a question|a favour|a joke)|(?:just |all )?(?:point[- ]scoring|nitpicking)\\b")
                .problem(
                        JUDGEMENTAL_FRAMING,
                        "Answer what they said, not their motive: \"Which of the points do you want to go through"
                                + " first?\""));
    }

    /** Words for a person's character or state of mind, which said of their words label them, not the words. */
    private static final String CHARACTER =
            "(?:paranoid|childish|dramatic|melodramatic|over-dramatic|overdramatic|hysterical|self-indulgent"
                    + "|irrational|entitled|greedy|selfish|petty|immature|needy|controlling|interfering|aggressive|rude|hostile"
                    + "|spiteful|manipulative|ungrateful|unreasonable|passive-aggressive|vindictive|hypocritical)";

    /** What is said of a request to call it too much ("a bit much", "stretching it", "not really reasonable"). */
    private static final String TOO_MUCH =
            "(?:(?:is|seems|sounds|feels|was|'s) " + DEGREE + "(?:a bit much|too much|over the top"
                    + "|excessive|extreme|overkill|stretching it|pushing it|a stretch|unrealistic|out of order|"
                    + CHARACTER + ")"
                    + "|(?:isn't|is not|wasn't|doesn't seem|does not seem|doesn't sound) " + DEGREE
                    + "(?:reasonable|realistic|fair|necessary|on|proportionate))";

    /**
     * Rudeness and aggression named back are snapping back ({@code reactive.being-rude}), not a label on what they
     * want.
     */
    private static final String NOT_RUDE = "(?!(?:rude|aggressive|hostile|abusive|controlling)\\b)";

    /** Adds the character words said of the person themselves: "while you're being this dramatic". */
    static void labellingThem(List<Builder> b) {
        b.add(PhraseBook.phrase(
                        "judgemental.being-so",
                        "(?:you're|you are|ur|u r|you've been|you were|you get|you got) " + DEGREE
                                + "(?:this |that |so )?" + NOT_RUDE + CHARACTER + "\\b"
                                + "|(?:being|be) (?:this|that|so) " + NOT_RUDE + CHARACTER + "\\b|not the one being "
                                + CHARACTER + "\\b"
                                + "|(?:the|your) (?:problem|trouble|thing) with you(?: is)?\\b"
                                + "|(?:your|ur) [\\w' -]{1,30}? (?:come|comes|came|are coming|is coming) across as "
                                + DEGREE
                                + "(?:" + CHARACTER
                                + "|toxic|arrogant|abrasive|lazy|sloppy|careless|clueless|incompetent)\\b")
                .problem(
                        JUDGEMENTAL_FRAMING,
                        "Say what happened and what you need, not what they are: \"When the review turned into a"
                                + " debate, I lost the thread. Can we take the rating first?\"")
                .unlessBefore("(?:not saying|if|whether|don't think|didn't mean|never said|not calling you|not that"
                        + " you're|i'm not saying you're) $"));
    }

    /** What is said of their words to call them unfair: "'sneaky' is a bit strong", "a bit of a cop-out". */
    static void labellingTheirWords(List<Builder> b) {
        b.add(PhraseBook.phrase(
                        "judgemental.a-bit-strong",
                        "(?:that's|that is|thats|it's|it is|that was|that seems|that sounds|is|was|seems|sounds) (?:a bit"
                                + " |a little |slightly |rather |quite |pretty |a tad |bit )(?:strong|harsh|over the top)(?=\\s*(?:[,.!;]|$|to be (?:fair|honest)|if i'm honest|tbh|though|with respect|don't"
                                + " you think|no\\?))"
                                + "|(?:a |an )?(?:bit |slightly |rather |quite |pretty )?unfair way (?:of|to) (?:put|putting|say"
                                + "|saying|describe|describing|look at|looking at|see|seeing) (?:it|that|this|things)"
                                + "|(?:a bit of a |bit of a |a |such a |just a |the )cop[- ]?out\\b")
                .problem(
                        JUDGEMENTAL_FRAMING,
                        "Take their word as how it felt, then give your side: \"I can see why it felt that way. Here's"
                                + " what happened.\"")
                .unlessBefore("(?:i know|i admit|i'll admit|i realise|i realize|maybe|perhaps) (?:this |that |it )?$"));
        b.add(PhraseBook.phrase(
                        "judgemental.a-big-ask",
                        "(?:is|was|'s|seems|sounds|feels) (?:like )?(?:a |an )" + DEGREE
                                + "(?:big|huge|massive|tall|unrealistic|unreasonable|steep|bit of an) ask\\b"
                                + "|(?:isn't|is not|not|wasn't|hardly) (?:really |exactly |quite )?(?:a |an )?(?:realistic|reasonable"
                                + "|fair|sensible) (?:ask|request|expectation)\\b")
                .problem(
                        JUDGEMENTAL_FRAMING,
                        "Say what you can do about what they ask, not what the asking is: \"I can't match that figure."
                                + " Here's what I can do.\"")
                .unlessBefore(
                        "(?:i know|i realise|i realize|i appreciate|i'm aware|i get that|this might be|this may be"
                                + "|i know this|i know that|it might be|it may be|might be|may be)(?: it| this| that| mine)? ?$")
                .unlessAfter(",?\\s*(?:but|and|so) (?:could|would|can|i'd|i|is there|would you|if)\\b"));
    }

    /** Adds the labels put on what they ask for or how they see it: "a paranoid way to see it", "a bit much". */
    static void labellingWhatTheyAsk(List<Builder> b) {
        b.add(PhraseBook.phrase(
                        "judgemental.that-is-childish",
                        "(?:that's|that is|thats|that was|that sounds|that seems|this is|it's|it is|it sounds|it seems|it comes"
                                + " across as|that comes across as|you come across as|you sound|you seem) (?:like )?"
                                + DEGREE
                                + "(?:an? )?" + DEGREE + CHARACTER + "(?: (?:thing to (?:say|ask|do|want)|way (?:to|of)"
                                + " (?:look(?:ing)? at|see(?:ing)?|put(?:ting)?|think(?:ing)? about|react(?:ing)? to) (?:it|this|that"
                                + "|things)|request|demand|reaction|attitude|take on (?:it|this|that)))?(?=\\s*(?:[,.!?;]|$|of you"
                                + "|tbh|honestly|to be (?:fair|honest)))")
                .problem(
                        JUDGEMENTAL_FRAMING,
                        "Say what you see and what you need, not what they are: \"I can see this has really worried"
                                + " you. Here's what actually happened.\"")
                .unlessBefore("(?:not saying|don't think|didn't mean|never said|if|whether|not that) $")
                .unlessAfter("\\s*[,.!]?\\s*(?:(?:and )?i'm (?:so |really |very )?sorry|sorry (?:that|they|he|she))"));
        b.add(PhraseBook.phrase(
                        "judgemental.wanting-is-much",
                        "(?:^{lead}|(?<=[,;]\\s))(?:wanting|expecting|asking|demanding|threatening|insisting on|going|bringing"
                                + "|dragging|calling|refusing)\\b[^.!?;]{1,70}? " + TOO_MUCH
                                + "(?!\\s*(?:to ask,? so|, so i))"
                                + "|is (?:that|this|all (?:that|this)) really (?:necessary|called for|needed)\\?")
                .problem(
                        JUDGEMENTAL_FRAMING,
                        "Say what you can do about what they ask, not what the asking is: \"I can't cover the bank's fee."
                                + " I can refund ours today.\""));
    }

    /** Adds the ways of saying they cannot follow. */
    static void treatingThemAsSlow(List<Builder> b) {
        b.add(PhraseBook.phrase(
                        "condescension.tone-orders",
                        "(?:i'm going to |i am going to |i'll |i )?need you to (?:calm down|lower your voice|take a (?:deep |big"
                                + " |little )?breath|relax|settle down|stop shouting)|(?:lower|keep down|bring down|keep) your voice"
                                + "(?: down)?\\b|take a (?:deep |big |little )?breath(?! with me| together)")
                .moves(Move.CONDESCEND)
                .problem(
                        CONDESCENSION,
                        "Lower your own voice and name what they're up against: \"You've been cut off with a business to"
                                + " run. Here's what I'm doing first.\"")
                .unlessBefore("(?:let's|let us|we|we can|we could|both|i|i'll|i need to|i just need to|let me)"
                        + " (?:both |all |just )?$"));
        b.add(PhraseBook.phrase(
                        "condescension.as-you-should-know",
                        "^{lead}just so (?:you know|you're aware|we're (?:clear|on the same page))"
                                + "|which you(?:'d| would|'ll| will| should)(?: have)? (?:seen|read|known|been told|agreed to|signed"
                                + "|noticed)|as you (?:should|would|will|ought to) (?:know|have seen|be aware|remember)"
                                + "|(?:you can|you could|i'll let you|go ahead and) do the maths?|it's called being (?:a |an )?[\\w-]+"
                                + "(?=\\s*[.!]|$)")
                .moves(Move.CONDESCEND)
                .problem(
                        CONDESCENSION,
                        "Give the fact as news, not as something they should have known: \"The contract renews"
                                + " automatically; here's what that means for this month.\"")
                .unlessAfter(",?\\s*(?:i|i'm|i'll|i've|i'd|we|we'll|we've|we're|my|our)\\b"));
        b.add(PhraseBook.phrase(
                        "condescension.simple-for-you",
                        "(?:keep|make|put) (?:this|it|things) (?:nice and |really |very |super )?simple for (?:you|ya|u)\\b"
                                + "|not (?:quite |really |that |always )?(?:as )?(?:simple|easy|straightforward) as (?:you|u)"
                                + " (?:might |may |probably |seem to )?(?:think|imagine|assume|believe|expect)"
                                + "|(?:a lot |much |far |way )?more (?:complicated|complex|involved|technical) than (?:you|u)"
                                + " (?:might |may |probably )?(?:think|realise|realize|imagine|know|assume)")
                .moves(Move.CONDESCEND)
                .problem(
                        CONDESCENSION,
                        "Explain it plainly, as to an equal: \"There are a few steps to this. Here's the first.\""));
        b.add(PhraseBook.phrase(
                        "condescension.we-know-more",
                        "we (?:know|understand) (?:a (?:lot|bit|little|great deal) |much |far |quite a bit )?more (?:about"
                                + " [\\w-]+(?: [\\w-]+)? )?(?:these days|nowadays|than you (?:did|think|might think))"
                                + "|(?:that|it|this) (?:should|ought to) (?:be|have been) (?:obvious|self-explanatory)")
                .moves(Move.CONDESCEND)
                .problem(
                        CONDESCENSION,
                        "Share what you know without ranking it: \"Here's what the nursery told us, and why we're trying"
                                + " it.\""));
    }
}
