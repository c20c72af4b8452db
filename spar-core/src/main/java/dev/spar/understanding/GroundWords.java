package dev.spar.understanding;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The words of giving ground on one's own goal: backing off, handing the decision over, shrinking the ask. */
final class GroundWords {
    private GroundWords() {}

    /** Backing off a position in so many words ("ok fine, forget the deadline", "never mind, it's fine"). */
    static final List<Pattern> BACKING_OFF = List.of(
            Wording.pattern("(?:ok|okay|fine|alright|never ?mind|you know what|actually)[,.!]*\\s+(?:fine[,.!]*\\s+)?"
                    + "(?:just )?forget (?:about )?(?:the|my|it|that|all that)\\b(?:\\s+\\w+)?"),
            Wording.pattern(
                    "whatever you (?:think|feel|decide|want|say|prefer|reckon|like)(?: is (?:fair|best|right|ok|fine))?"),
            // Giving it away on the spot, before any case is made ("tell you what, I'll just credit the $1,860 back",
            // "before you go anywhere, I can knock you down to $118, no questions asked", "if they did it for him,
            // I'll do it for you", "I can match their $39,000 today", "fine, on call for launch week, no charge").
            Wording.pattern("(?:tell you what|go on then|before you go(?: anywhere)?|(?:^|\\. )(?:fine|done))[,.!]*\\s+"
                    + "(?:[^.!?]{0,30}?\\s)?(?:i'll|i can|let me|we'll|i will|we can)(?: just)? (?:refund|credit|knock|waive|drop"
                    + "|match|give you|throw in|put (?:the|a) refund|take (?:it|the \\w+|\\$?[\\d,]+) off|get (?:a|you a) free"
                    + "|send (?:you )?(?:a )?free)\\b"
                    + "|(?:i'll|i will|i can|we can|we'll|let me)(?: just)? match (?:their|[\\w-]+'s|[\\w-]+s') (?:[$£€]|price|offer"
                    + "|quote|rate|deal)|no questions asked"
                    + "|if (?:they|he|she|we) (?:did|do|gave|give|got) (?:it|that|one|the same) (?:for|to) (?:him|her|them|your \\w+)"
                    + ",? (?:then )?(?:i'll|we'll|i can|we can)\\b"
                    + "|(?:^|\\. )fine[,.!]+\\s+[^.!?]{0,40}?(?:no charge|for free|free of charge|on the house)"
                    + "|(?:the lot|everything|all of it|all three|the whole lot|both)[^.!?]{0,20}?(?:no charge|for free|free of charge"
                    + "|on the house|on us)"),
            Wording.pattern(
                    "(?:i'll|i will) leave it (?:up )?to you|it's (?:totally |really |entirely )?(?:up to you|your call)"
                            + "(?! (?:whether|which|if you (?:want|prefer|'d rather)))"),
            Pattern.compile(
                    "\\bi trust you(?: to (?:decide|judge|be fair|do what's right)| on this| completely)?(?=\\s*(?:[.,!]|$))"),
            Wording.pattern(
                    "(?:i guess |i suppose |maybe )?it doesn't (?:really )?matter(?: that much| much| anyway| really)"
                            + "|i guess it doesn't (?:really )?matter|it's not (?:that |such )?a big deal(?: really| anyway)?"),
            Wording.pattern(
                    "never ?mind(?![^?]*\\?)(?=\\s*(?:$|[,.!]|then\\b|it's (?:fine|ok|okay)|forget it|it doesn't matter|i guess|sorry))"),
            Wording.pattern(
                    "forget (?:i|that i) (?:said|asked|mentioned) (?:anything|it|that)|sorry (?:i asked|for asking)"),
            Wording.pattern("(?:i'll|i will|i can) (?:just )?(?:take|settle for|accept|live with) (?:whatever|anything)"
                    + "|(?:anything|whatever) (?:is|'s) fine|whatever works for you"),
            Wording.pattern(
                    "maybe i (?:was|am|'m) (?:asking|expecting|wanting) too much|i (?:was|am|'m) probably asking too much"
                            + "|(?:i guess|maybe|perhaps|probably) i'm (?:asking|expecting|wanting) (?:for )?(?:too much|a lot|a bit much)"),
            Wording.pattern(
                    "i (?:don't|do not) (?:really )?need (?:it|that|the \\w+|a \\w+) (?:after all|any ?more|that badly)"),
            Wording.pattern(
                    "(?:let's|lets) (?:just )?(?:forget|drop) (?:it|about it|the \\w+)|i'll (?:just )?drop it(?=\\s*(?:$|[,.!]|then|now))"),
            Wording.pattern("if that's (?:all|the best) you can do"),
            Wording.pattern(
                    "(?:ok|okay|fine|alright),? whatever|i don't want (?:an argument|to argue|a fight|any trouble"
                            + "|to make a fuss|to fight about it)|it's fine,? (?:really|honestly)|honestly,? it's fine"),
            Wording.pattern("(?:i guess|i suppose) (?:i|we) (?:could|can) (?:\\w+)"),
            Wording.pattern(
                    "(?:ok|okay|alright|fine)[,.!]? fine[,.!]? (?:i'll|we'll|i will|i can)\\b|(?:just )?this (?:once|one time)"),
            Wording.pattern(
                    "(?:fine|ok|okay|alright),? you win|you win,? (?:fine|ok)|if you say so|have it your way|(?:fine|ok|okay),? you know best"),
            Wording.pattern(
                    "(?:it's|that's) (?:fine|ok|okay),? (?:i'll|we'll|i can) (?:manage|cope|make do|live with it|figure it out|sort it myself)"
                            + "|i guess i'll (?:just )?\\w+|i suppose i'll (?:just )?\\w+"),
            Wording.pattern(
                    "(?:too much|a lot|unreasonable|greedy|cheeky) (?:of me )?to ask|i shouldn't have asked|whatever suits you"
                            + "|(?:maybe|perhaps) (?:i'm|i am) (?:being )?(?:unreasonable|greedy|too demanding|overreacting|asking for too much)"),
            Wording.pattern(
                    "i can (?:do|take|accept|live with) (?:less|a bit less|a lower (?:\\w+))|no,? (?:that's|it's) (?:fine|ok|okay),? (?:don't worry"
                            + "|never mind|forget it)"),
            // Not wanting to be the awkward one ("I don't want to be difficult", "I don't want to make a thing of it").
            Wording.pattern(
                    "i don't want to (?:be|make|cause|start|seem) (?:\\w+ ){0,2}?(?:difficult|awkward|a pain|a nuisance|pushy|greedy"
                            + "|that person|a fuss|a thing|a big deal|trouble|a scene|an issue)"),
            // Letting one's own date or deadline go ("the 28th isn't set in stone", "it could wait till next year").
            Wording.pattern(
                    "(?:isn't|is not|not|nothing's|nothing is) set in stone|(?:it|that|this|the \\w+) (?:could|can) (?:always )?"
                            + "(?:wait|slide|slip|be pushed(?: back)?) (?:till|until|to) (?:next|after|the)|don't worry about (?:the|my|your) (?:\\w+ )?"
                            + "(?:deadlines?|dates?|invoices?|money|payment|fee|rate|notice)(?: (?:for now|then|anymore|too much))?"
                            + "|no rush (?:on|for|with) (?:the |my |that )?(?:[$£€]?\\d[\\d,.]*k?|payment|invoice|money|deadline|it)"
                            + "|(?:pay|send|do|get to)(?: it| them| what you can)? (?:when|whenever) you can|(?:that's|it's) (?:totally |also |really )?fine too"),
            // Handing over the when, the how much or the what ("whenever works for you", "whatever the budget allows").
            Wording.pattern(
                    "whatever (?:suits|is easier|is easiest)(?: for you)?|(?:come|pop|drop) (?:round|by|over) (?:whenever|any ?time)"
                            + "|(?:you're|you are) welcome any ?time|whatever (?:you|the \\w+) (?:can"
                            + " (?:do|manage|afford|stretch to)|allows?|permits?)|(?:i'm|i am) just (?:grateful|happy|glad) (?:to be here|for anything"
                            + "|to get anything)|(?:oh )?go on then|call it quits|(?:wouldn't|won't) kill me"
                            // Taking back the urgency of what was just asked ("could you settle it? no rush though").
                            + "|no (?:rush|hurry|pressure)(?: (?:though|tho|at all|really|on that))?,? (?:whenever|when(?:ever)? you (?:can"
                            + "|get a chance))|no (?:rush|hurry|pressure) (?:though|tho)\\b"),
            // Yielding because it matters to them ("if it means that much to you, I'll lend it").
            Wording.pattern(
                    "if it (?:means (?:that|so) much to you|helps you out|makes you happy|makes (?:your|life) easier)"
                            + "|if it's (?:that|so) important to you|if you (?:really )?insist"
                            + "|if you really (?:need|want) (?:me|it|that)"),
            // Giving away what one charges for ("I'll throw the care page in for free").
            Wording.pattern(
                    "throw (?:\\w+ ){0,3}in (?:for free|free|for nothing)|call it (?:a )?goodwill|fine[,.!]* (?:i'll|we'll) just"),
            // Giving in by saying yes twice ("ok ok, we'll drop it", "alright alright, I'll do them for free").
            Pattern.compile(
                    "\\b(ok|okay|alright|fine|yes|yeah|sure)[,.!]*\\s+\\1\\b[,.!]*\\s+(?:(?:then|look|sure|fine)[,.!]*\\s+)?"
                            + "(?:i'?ll|we'?ll|i will|we will|i can|we can)\\b"),
            // A resigned yes that hands over what they pushed for ("sure, I'll just turn it off", "look, forget the
            // policy, I'll just refund you"); "I'll just check that" is service, not a retreat.
            Wording.opening(
                    "(?:sure|fine|ok|okay|alright|look|oh well|ugh|meh)[,.!]*\\s+(?:[^.!?]{0,40}?,\\s+)?(?:i'll|we'll|i will|we will) just"
                            + " (?!(?:check|look|pull|confirm|grab|get your|put you|transfer|note|read|see|find|ask|make a note|double|verify|open"
                            + "|need|pop you|take (?:a|your|the|down|some)|jot|write|bring up|set up a|book you|get (?:a|your|the|that))\\b)\\w+"),
            // Waving off what it costs oneself ("no charge, don't worry about it", "for free, no harm done").
            Wording.pattern(
                    "(?:no charge|for free|free of charge|on the house|no cost|for nothing)[,.!]*\\s+(?:and )?(?:don't worry about it"
                            + "|no worries|no harm done|it's (?:nothing|fine)|forget it)|no harm done"),
            // Handing it over with a shrug ("ok fine, you can have the refund, whatever", "nvm, doesn't matter, I'll
            // cover it").
            Wording.pattern(
                    "(?:fine|ok|okay|alright|oh well|ugh)[,.!]*\\s+(?:\\w+[,.!]*\\s+)?you can have (?:it|that|them|the|your)\\b"
                            + "|,\\s*whatever(?=\\s*[.!]*$)|(?:nvm|never ?mind|forget it)[,.!]*\\s+(?:it )?(?:doesn't|don't) matter"
                            + "|don't worry about paying (?:me |us )?(?:back|it back)"),
            // Pleading to keep them ("just please don't go", "please don't cancel."); "please don't go yet, I have one
            // more
            // option" holds them for an offer.
            Wording.pattern("just please (?:don't|do not) (?:go|leave|cancel|quit|walk away|close (?:the|your) account)"
                    + "|please (?:don't|do not) (?:go|leave|cancel|quit|walk away)(?:,? please)?(?=\\s*[.!]*$)"
                    + "|please (?:just )?stay(?=\\s*(?:$|[,.!]))"),
            // Agreeing they are right and dropping one's own point ("you're right, let's keep them as they are",
            // "that's fair, I'll take the rating"); "you're right, I'll look into it" acknowledges and acts.
            Wording.pattern(
                    "(?:(?:you're|you are|youre|ur) (?:probably |totally |prob |maybe |absolutely )?right|you've got a point|that's fair"
                            + "|fair enough|fair point)[,.!]*\\s+"
                            + "(?:(?:maybe|i guess|i suppose|so|then|ok|just)[,.!]*\\s+)*(?:i'll|we'll|let's|lets|i can|we can|i should|i'll just|we should)"
                            + " (?:just )?(?:maybe )?(?:stay|keep|take|accept|drop|leave (?:it|them|things)|forget|pay|give|lend|let (?:it|that) go"
                            + "|go with|skip|cancel|stop|stick with|do it|do that|do the|back off|leave)\\b"),
            // Letting one's own point go as not worth it ("it's fine as it is", "not worth arguing over").
            Wording.pattern(
                    "(?:it's|that's|they're|it is|they are) (?:probably |actually |honestly )?(?:fine|ok|okay|good enough) as (?:it is|they are)"
                            + "|keep (?:it|them|the \\w+) as (?:it is|they are)|leave it as it is"
                            + "|(?:it's |that's )?not worth (?:arguing|fighting|falling out|the (?:fight|hassle|argument|row)|a row|an argument)"
                            + "|let's not go there"),
            // Talking oneself down ("I'm probably being oversensitive", "I'm just being silly").
            Wording.pattern(
                    "(?:i'm|i am|im) (?:(?:probably|maybe|prob|just|being|a bit|too|so|overly)\\s+)+(?:over-?sensitive|sensitive|overreacting"
                            + "|over-reacting|silly|dramatic|petty|precious|fussy|unreasonable|greedy|demanding|picky|touchy|paranoid)"),
            // Pointing them to the rival ("honestly they're probably better for you anyway").
            Wording.pattern(
                    "(?:probably |honestly |actually )?better (?:off |for you |suited to you )?(?:with them |elsewhere )?anyway"
                            + "|(?:you'd|you would|you might|you'll) (?:probably |honestly |actually )?be better off (?:with (?:them|\\w+)|elsewhere"
                            + "|going (?:with|to|elsewhere)|somewhere else)"),
            // Settling for less than one's own figure ("even $80k would be fine honestly").
            Wording.pattern(
                    "even (?:just )?[$£€]?\\d[\\d,.]*\\s*(?:k|grand|thousand)?\\s+(?:would|'d|is|will) (?:be )?(?:fine|ok|okay|enough|great"
                            + "|grand|alright|something)"),
            // Taking the request back in the same breath ("unless it's a pain, then whatever").
            Wording.pattern(
                    "unless (?:it's|that's|it is|that is) (?:a (?:pain|hassle|bother|problem)|too much(?: (?:trouble|hassle))?"
                            + "|awkward|difficult for you)"),
            // Dropping one's own point by name ("forget the review thing", "forget the policy").
            Wording.pattern(
                    "(?<!don't )(?<!dont )(?<!not )(?<!never )(?<!won't )forget (?:about )?(?:the|my|our) (?:\\w+ )?(?:thing|stuff|idea|request"
                            + "|review|policy|rules?|deadline|fee|raise|money|invoice|notice|deposit|rise|pay rise|increase|discount"
                            + "|refund|request|extra|overtime|bonus|leave)\\b"),
            // Not pressing one's point any more ("I won't push it", "I'll back off"), or swallowing the cost ("I'll
            // just
            // eat the cost").
            Wording.pattern(
                    "(?:i|we) (?:won't|will not) (?:push|press|insist on|fight (?:you )?on|chase) (?:it|that|this|the \\w+)"
                            + "|(?:i'll|we'll) (?:stop pushing|back off|let it go|let it slide)|eat the (?:cost|fee|loss|charge|difference)"
                            + "|take the hit on|swallow the (?:cost|fee|loss|charge)"),
            // Handing over when they pay ("whenever suits you for the invoice").
            Wording.pattern(
                    "whenever (?:suits|works for|is good for|is easiest for) you (?:for|with|on) (?:the |my )?(?:invoice|payment|money"
                            + "|rent|fee|deposit|loan|balance|bill)"));

    /**
     * For the semantic reading: giving ground is the speaker's own retreat, so the sentence has the speaker in it
     * or an acceptance word ("I'll", "we", "let's", "ok", "fine", "you're right"), or hands the decision over
     * ("you do you", "your call").
     */
    static final Pattern SPEAKER_YIELDS = Wording.pattern(
            "i|i'll|i'm|i'd|i've|we|we'll|we're|we'd|let's|lets|me|my|ok|okay|k|fine|alright|sure|whatever|never ?mind"
                    + "|fair enough|you're right|you win|go on then|you do you|up to you|your call|your choice|as you (?:like|wish|want)");

    /**
     * For the semantic reading, the near misses of a retreat: standing on what one should not have to do ("I
     * shouldn't have to explain this"), which is holding ground, not giving it.
     */
    static final Pattern NOT_A_RETREAT = Wording.pattern(
            "(?:i|we) (?:shouldn't|should not|don't|do not) (?:have|need) to|(?:i|we) (?:won't|will not|refuse to|am not going to|'m not going to)");

    /**
     * A proposal that names a figure ("could we do 80", "I'd take 85k", "a raise to $84,000"); the figure is group
     * {@code d}.
     */
    static final Pattern FIGURE_ASK = Pattern.compile(
            "\\b(?:do|go (?:down )?to|go with|go for|settle (?:on|for)|accept"
                    + "|take|drop to|come down to|make it|what about|how about|i'd be happy with|i could live with|i'm asking for"
                    + "|i want|i'd like|i need|meet (?:you )?at|let's say|say"
                    // The ask said as what it would come to: "a raise to $84,000", "I'm looking for 82k".
                    + "|(?:raise|rise|increase|bump|salary|rate) (?:to|of)|(?:looking|hoping|aiming|going) for|i'm after)\\s+(?:maybe\\s+|just\\s+|like\\s+)?(?<d>[$£€]?\\d[\\d,.]*\\s*(?:k\\b|%"
                    + "|grand|thousand|quid|bucks|dollars|pounds|euros)?|(?:one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|fifty"
                    + "|a few|a couple of) (?:grand|thousand|hundred|k\\b)|(?<=(?:can|could) (?:maybe |just |probably )?do )(?:one|two|three|four"
                    + "|five|six|seven|eight|nine|ten|fifteen|twenty|fifty|\\d+)(?=\\s*(?:$|[,.!?]| then\\b| if\\b| but\\b| max\\b| tops\\b)))");

    /** Returns the figures a line asks for ("I'm asking for 78k", "could we do 80?"), as written, in order. */
    static List<String> figuresAsked(String line) {
        Matcher m = FIGURE_ASK.matcher(Wording.normalise(line));
        List<String> figures = new java.util.ArrayList<>();
        while (m.find()) {
            if (m.start("d") >= 0) {
                figures.add(line.substring(m.start("d"), m.end("d")).strip());
            }
        }
        return figures;
    }

    /** Words that soften a figure into a retreat ("maybe", "sorry", "I guess", "then?"). */
    static final Pattern HEDGE = Wording.pattern(
            "maybe|perhaps|sorry|i guess|i suppose|if that's (?:ok|okay|alright)|if possible|would that be (?:ok|okay|alright)"
                    + "|is that (?:ok|okay|too much)|at least|i know it's a lot|then\\?|instead");

    /** A sentence that opens with an apology, as one after a figure hedges it ("sorry, I know it's a lot"). */
    static final Pattern APOLOGY = Pattern.compile("^(?:sorry|sry|soz)\\b.*");

    /** Words of a real trade: ground given for something in return ("if we keep the price"). */
    private static final String TRADE_WORDS =
            "if (?:you|we) (?:can|could|will|'ll|agree|keep|give|add|pay|cover|throw in|do"
                    + "|meet|drop|move|sign|commit)|the rest (?:at|by|in|from|later)|in writing|as long as|in exchange|in return"
                    + "|provided|on condition|only if|so long as";

    /** A real trade: ground given for something in return is negotiating, not yielding. */
    static final Pattern TRADE = Wording.pattern(TRADE_WORDS);

    /** Before a retreat, words that make it something else: a trade, or "I'll answer whatever you want". */
    static final Pattern NOT_YIELDING =
            Pattern.compile("(?:\\b(?:answer|tell you|do|give you|say|know|get you|ask)\\s*$)|"
                    + Wording.pattern(TRADE_WORDS).pattern());
}
