package dev.spar.understanding;

import java.util.List;
import java.util.regex.Pattern;

/** The words of giving ground on one's own goal: backing off, handing the decision over, shrinking the ask. */
final class GroundWords {
    private GroundWords() {}

    /** Backing off a position in so many words ("ok fine, forget the deadline", "never mind, it's fine"). */
    static final List<Pattern> BACKING_OFF = List.of(
            Wording.pattern("(?:ok|okay|fine|alright|never ?mind|you know what|actually)[,.!]*\\s+(?:fine[,.!]*\\s+)?"
                    + "(?:just )?forget (?:about )?(?:the|my|it|that|all that)\\b(?:\\s+\\w+)?"),
            Wording.pattern(
                    "whatever you (?:think|feel|decide|want|say|prefer|reckon)(?: is (?:fair|best|right|ok|fine))?"),
            Wording.pattern(
                    "(?:i'll|i will) leave it (?:up )?to you|it's (?:totally |really |entirely )?(?:up to you|your call)"),
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
                    "maybe i (?:was|am|'m) (?:asking|expecting|wanting) too much|i (?:was|am|'m) probably asking too much"),
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
                            + "|never mind|forget it)"));

    /** A proposal that names a figure ("could we do 80", "I'd take 85k"); the figure is group {@code d}. */
    static final Pattern FIGURE_ASK = Pattern.compile("\\b(?:do|go (?:down )?to|go with|go for|settle (?:on|for)|accept"
            + "|take|drop to|come down to|make it|what about|how about|i'd be happy with|i could live with|i'm asking for"
            + "|i want|i'd like|i need|meet (?:you )?at)\\s+(?:maybe\\s+|just\\s+|like\\s+)?(?<d>[$£€]?\\d[\\d,.]*\\s*(?:k\\b|%"
            + "|grand|thousand|quid|bucks|dollars|pounds|euros)?)");

    /** Words that soften a figure into a retreat ("maybe", "sorry", "I guess", "then?"). */
    static final Pattern HEDGE = Wording.pattern(
            "maybe|perhaps|sorry|i guess|i suppose|if that's (?:ok|okay|alright)|if possible|would that be (?:ok|okay|alright)"
                    + "|is that (?:ok|okay|too much)|at least|i know it's a lot|then\\?|instead");

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
