package dev.spar.understanding;

import java.util.regex.Pattern;

/** The words of offers and promises: the leads that open them and the continuations that are neither. */
final class OfferPhrases {
    private OfferPhrases() {}

    /** Actions a service person takes for them, said as under way ("refunding") or done ("refunded"). */
    private static final String UNDER_WAY =
            "(?:refunding|crediting|putting|adding|sending|waiving|issuing|booking|arranging"
                    + "|ordering|upgrading|extending|reversing|couriering|posting|reissuing|replacing|transferring|switching)\\b";

    private static final String DONE = "(?:refunded|credited|put|added|sent|waived|issued|booked|arranged|ordered"
            + "|upgraded|extended|reversed|couriered|posted|reissued|replaced|transferred|switched)\\b";

    /** A commitment to act: what follows the lead is what will be done ("I'll call you by two"). */
    static final Pattern PROMISE = lead(
            "i'll personally|i will personally|i'll|i will|i'm going to|i'm gonna|i am going to|we'll|we will|we're going to"
                    + "|we are going to|i promise(?: to| i'll| that i'll| you i'll| you that i'll)?|you'll(?= (?:have|get|receive|hear))"
                    // An action declared as under way or done: "first thing I'm doing is refunding the $18", "I'm
                    // putting a $20 credit on", "I've just issued the refund".
                    + "|(?:the )?(?:first|next|one) thing i'm (?:doing|going to do) is(?: to)?"
                    + "|(?:i'm|we're|im)(?: (?:also|just|now|already))?(?= " + UNDER_WAY + ")"
                    + "|(?:i've|we've|i have|we have)(?: (?:also|just|now|already))?(?= " + DONE + ")");

    /** Something put on the table: what follows is what is offered ("I can refund the $18"). */
    static final Pattern OFFER = lead(
            "(?:here'?s|here is|this is) what (?:i|we) (?:can|could) (?:do|offer)(?: (?:right now|now|today|for you))?\\s*:"
                    + "|(?:the )?(?:first |only |best |one |main )?thing (?:i|we) can do (?:right now |now |today |for you )?is(?: to)?"
                    + "|the best i can do is(?: to)?|what (?:i|we) can do (?:right now |now |today |for you )?is(?: to)?|one option is(?: to)?"
                    + "|another option is(?: to)?|i can offer(?: you)?|we can offer(?: you)?|i could offer(?: you)?"
                    + "|i'd like to offer(?: you)?|i'm offering(?: you)?|i can give you|we can give you|i could give you"
                    + "|i can(?!'t)|we can(?!'t)|i could|we could|i'm happy to|i'd be happy to|we'd be happy to|happy to"
                    + "|i'm able to|we're able to|i'm willing to|we're willing to|i'd be willing to|i'm prepared to"
                    + "|how about(?! you\\b| that\\b| it\\b)|what if i|what if we|let me|let us|would it help if i"
                    + "|would you like me to|do you want me to|shall i|should i|why don't i|why don't we"
                    + "|would you (?:take|accept|consider|be (?:ok|okay|happy|fine) with)|could we (?=do|go|settle|agree|meet)"
                    + "|can we (?=do|go|settle|agree|meet)|i can do"
                    // What the speaker would settle for or gladly do is on the table too: "I'd take 80 now".
                    + "|(?<![a-z] )let's|you'd (?:get|have|receive|keep)"
                    // What exists for them to have: "there's a plan from $104 a month that would cover it".
                    + "|there(?:'s| is)(?= (?:a|an|another) (?:\\w+ )?(?:plan|option|deal|offer|package|discount|tariff|bundle|credit|voucher)\\b)"
                    + "|(?:the )?(?:fastest|quickest|easiest|simplest|best) (?:way|option|fix|route)(?: (?:is|would be))?:"
                    + "|i'd like to(?! (?:speak|talk|know|understand|hear|ask|see|think|say|point out|remind|make|complain|cancel"
                    + "|leave|check that|be clear|add|mention|apologi[sz]e|thank|start|begin|explain|go over|go through)\\b)"
                    + "|i'd take|i would take|i'd settle for|i would settle for|i'd accept|i could live with"
                    + "|i'd (?:still |really |honestly )?(?:love|be (?:glad|happy|keen)) to"
                    // Load of theirs handed to someone else: "I'm moving two of your shifts to Priya", "I'm taking you
                    // off".
                    + "|i'm(?= (?:moving|handing|shifting|passing|reassigning) (?:[\\w-]+ ){0,3}?your\\b| taking you off\\b)"
                    // An option put in their hands: "you could collect it from the depot", not advice or a brush-off.
                    // Not the thing described: "a loan laptop you can use." offers the laptop, not "use"; after a word,
                    // the verb must carry something ("if the depot will release it you could collect it tonight").
                    + "|you (?:can|could)(?= (?:also |still |just |always )?(?:keep|have|choose|pick|collect|come (?:in|by|and)"
                    + "|drop|swap|exchange|use|get|take|bring|return|pay|spread|split)\\b)"
                    + "(?:(?<![a-z] you can)(?<![a-z] you could)|(?= \\S+ [^.!?,;\\s]))");

    /**
     * The detail of an offer of help or effort alone, with nothing in particular to take: "help with that", "find
     * out together", "sort this out for you", "look into it".
     */
    static final Pattern ONLY_HELP = Pattern.compile(
            "(?i)(?:(?:definitely |certainly |absolutely |happily |try (?:and|to) )?(?:help (?:(?:you|u) )?(?:to )?)?"
                    + "(?:help|assist|sort|fix|look into|figure|work|find|make (?:this|it|that|things) (?:work|right|easier|better))"
                    + "(?: (?:you|u))?(?: (?:out|it|this|that|things)){0,2}(?: (?:with|on|into) (?:that|this|it|your \\w+|the \\w+))?"
                    + "(?: (?:for (?:you|u)|for (?:both of us|us both|the both of us|everyone|all of us|us)|together|today|now"
                    + "|right now|here|first))*)[.!]?");

    /** What follows a lead without making it a commitment or an offer ("I'll be honest", "I can see that"). */
    static final Pattern NOT_AN_ACT = Pattern.compile(
            "^(?:be (?!sending|calling|emailing|ringing|in touch|there)\\w+ing\\b|promise|guarantee|be (?:honest|straight|frank|blunt|clear|wrong|right|fine|ok"
                    + "|okay|happy|glad|there)|admit|say (?:this|that|it)|tell you what|need|talk (?:about|through)|chat about|discuss"
                    // "I'll take the voucher" takes what was offered; "I'll take the $40 off" does something.
                    + "|take (?:it|that|this|the|your)(?![^.,;!?]*\\b(?:off|back)\\b)|(?:that|it|this) (?:as|up)"
                    + "|think about|believe|bet|pass|leave it|go elsewhere|take my|hang up|wait|see(?! (?:if|whether) (?:we|there|i can|i could)\\b)|let you go|never|not"
                    + "|let (?:it|that) (?:go|slide)|accept|talk to you|speak to you|only imagine|imagine|hear|understand"
                    + "|appreciate|tell|assure|guess|explain|finish|ask(?= you\\b| u\\b|[?.!,]|$)|know|just say|get this straight|stop|repeat|recap"
                    + "|summari[sz]e|put (?:it|this)|check (?:i|that i)|make sure i|have (?:been|done|said|told|known|\\w+ed)|'ve|scream|cry"
                    + "|sue|report|complain|go to the|remember|do (?:nothing|without)|live with|manage|cope|deal with it"
                    // How the talk itself will go is no offer: "let's go through it together", "let's start with the
                    // call".
                    + "|go (?:through|over)|start (?:with|by|from|at)|begin (?:with|by|from|at)|walk (?:through|you through)"
                    + "|run through|work through (?:it|this)|take (?:it|this|things) (?:step by step|one (?:step|thing|bit) at a time"
                    + "|slowly|from the (?:top|start|beginning))"
                    // Looking into it is what they do now, not something put on the table: "let me look...".
                    + "|(?:have |take )?(?:a )?(?:quick )?look(?: (?:into|at) (?:it|this|that))?(?= *(?:[.!?,;\u2026]|$)))\\b");

    /** Just before "I can", words that make it a purpose or a condition ("so I can pull it up"), not an offer. */
    static final Pattern NOT_OFFERING_AFTER =
            Pattern.compile("\\b(?:so|so that|if|when|whether|where|what|how|who|which|why|before|until"
                    + "|because|cause|than|as soon as|as much as|all|anything|everything|whatever|whenever|wherever|till|once|something|nothing|everywhere|anywhere|the way|the most"
                    + "|the least|the best)\\s*$");

    /** "..., so I can book a repair": after a pause "so" leads to what follows from it, which may be an offer. */
    static final Pattern SO_AFTER_A_PAUSE = Pattern.compile("[,;]\\s*so\\s*$");

    /** Opens a sentence that proposes rather than asks, though it ends with a question mark. */
    static final Pattern PROPOSAL = Wording.opening("how about(?! you\\b| that\\b| it\\b)|what if i|what if we"
            + "|would you like me to|do you want me to|shall i|should i|why don't i|why don't we|would it help if i");

    /** Contractions that, said without their apostrophe, are other words ("ill", "were"): only a clause opens them. */
    static final Pattern BARE_CONTRACTION = Pattern.compile("^(?:ill|were)\\b");

    /** "well" without its apostrophe is almost always the word ("Well you always..."), never "we'll". */
    static final Pattern NEVER_A_CONTRACTION = Pattern.compile("^well\\b");

    private static Pattern lead(String leads) {
        return Pattern.compile("(?:^|(?<=[\\s,(\"]))(?:" + leads.replace("'", "'?") + ")\\s+");
    }
}
