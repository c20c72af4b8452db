package dev.spar.understanding;

import java.util.List;
import java.util.regex.Pattern;

/** The words of taking up or turning down what was put on the table, and of ending the conversation. */
final class StanceWords {
    private StanceWords() {}

    /** Taking something up in so many words ("Deal.", "Fine, do that", "let's do the repair"). */
    static final List<Pattern> ACCEPT = List.of(Wording.opening(
            "(?:(?:ok|okay|fine|alright|yes|yeah|yep|sure)[,.!]*\\s+)?(?:deal|it's a deal|you've got a deal"
                    + "|(?:let's|lets) do (?:that|it|this|the \\w+)|do that|go ahead(?: then)?|that works(?: for me)?"
                    + "|that would work|that'd work|sounds good|sounds fair|sounds like a plan|i'll take (?:it|that|the \\w+)"
                    + "|i accept|agreed|i agree|i can live with that|that'll do|that would be (?:great|good|fine|perfect)"
                    + "|that'd be (?:great|good|fine|perfect)|perfect,? (?:thanks|thank you|do that)|yes,? please"
                    + "|please do|i'd appreciate that|i'm happy with that|happy with that)"
                    + "(?=\\s*(?:$|[,.!]|please|then|thanks|thank you))"));

    /** A bare yes ("ok", "fine", "that's fair") that takes up an offer only when one was just made. */
    static final Pattern BARE_YES =
            Pattern.compile("^(?:(?:ok|okay|fine|alright|all right|yes|yeah|yep|sure|right)[,.!]*\\s*)+"
                    + "(?:that's fair|that is fair|then|thanks|thank you)?[.!]*$");

    /** Turning something down ("No, that doesn't help me", "A refund doesn't help"); the thing is group {@code d}. */
    static final List<Pattern> REJECT = List.of(
            Wording.opening(
                    "(?:no|nope|nah)[,.!]*\\s+(?:that|this|it)(?:'s| is| does|'ll| will)? ?n[o']t? (?:help|work|good"
                            + "|enough|acceptable|going to (?:work|help|cut it)|gonna (?:work|help|cut it)|what i (?:want|asked for|need))"),
            Wording.pattern(
                    "(?<d>(?:a|an|the|your|another) [\\w' -]{2,30}?) (?:doesn't|does not|won't|will not|isn't|is not)"
                            + " (?:help|work|cut it|good enough|enough|what i (?:want|asked for|need))"),
            Wording.pattern(
                    "(?:that|this|it) (?:doesn't|does not|won't|will not) (?:help|work|cut it)(?: (?:me|for me|at all))?"
                            + "(?=\\s*(?:$|[,.!;]|at all|either|one bit|i want|i need))"
                            + "|(?:that's|that is|it's) not (?:good enough|acceptable|what i (?:want|asked for|need)|going to work)"
                            + "|(?:that's|that is) (?:unacceptable|no good|useless to me)|i'll pass|i'd rather not(?=\\s*(?:$|[,.!]))|not happening|i don't want you to|i don't want (?<d2>(?:a|an|the|your|another) [\\w' -]{2,30}?)"
                            + "(?=[,.!?]|$)|i'm not (?:accepting|taking) (?:that|it)"
                            + "|i'm not (?:going to )?(?:accept|accepting|take|taking|sign|signing)(?: that| it)?"),
            Wording.pattern("(?<d3>[\\w'-][\\w' -]{1,49}?) (?:isn't|is not|aren't|are not) (?:going to"
                    + " happen|an option|happening|fair|a compromise|good enough|acceptable|something i can (?:sign|accept"
                    + "|agree to|live with))"),
            Wording.opening("(?:no|nope|nah)[,.!]*\\s+(?:i don't want|i do not want) (?:that|it)"),
            Wording.opening("(?:no thanks|no,? thank you|not interested|absolutely not|no way|no chance|not a chance)"
                    + "(?=\\s*(?:$|[,.!]))"));

    /** A bare no that turns down an offer only when one was just made. */
    static final Pattern BARE_NO = Pattern.compile("^(?:no|nope|nah)[.!]*$");

    /** Ending the conversation ("I'm hanging up", "Forget it, cancel the order", "Bye", "Thanks, that's all"). */
    static final List<Pattern> END = List.of(
            Wording.pattern(
                    "i'm (?:going to |gonna )?hang(?:ing)? up|i'm done(?: here| talking| with this)?(?=\\s*(?:$|[,.!]))"
                            + "|we're done(?: here)?(?=\\s*(?:$|[,.!]))|(?:forget it|never mind)[,.!]*\\s+(?:just )?cancel (?:the|my) \\w+"
                            + "|(?<!why |that |because |if )i'm (?:leaving|going elsewhere|taking my business elsewhere)"
                            + "(?=\\s*(?:$|[,.!]|now|then))|i'll take my business elsewhere|this conversation is over"
                            + "|i have nothing more to say|i'm out(?=\\s*(?:$|[,.!]))|i've had enough(?=\\s*(?:$|[,.!]))"),
            Pattern.compile(
                    "^(?:(?:ok|okay|right|thanks|thank you|cheers)[,.!]*\\s+)*(?:bye|goodbye|good bye|bye bye|bye for now"
                            + "|see ya|see you|later|talk (?:to you )?(?:later|soon)|speak (?:to you )?(?:later|soon)|take care"
                            + "|have a (?:good|nice|great) (?:day|one|evening|weekend))[.!]*$"),
            Pattern.compile(
                    "^(?:(?:ok|okay|right|great|perfect)[,.!]*\\s+)*(?:thanks|thank you|cheers)[,.!]*\\s+(?:that's|thats"
                            + "|that is) (?:all|everything|it)(?: (?:i need|for now|for today))?[.!]*$"));
}
