package dev.spar.understanding;

import java.util.List;
import java.util.regex.Pattern;

/** The words of false hope: a cheerful forecast the speaker has nothing to back it with. */
final class HopeWords {
    private HopeWords() {}

    private static final String OUTCOME =
            "(?:be (?:totally |absolutely |completely |just |perfectly )?(?:fine|ok|okay|alright|all right|sorted|no problem|there in time"
                    + "|with you in time|approved)|work out|turn up|arrive (?:in time|on time|soon|any day)|come through|go through"
                    + "|get approved|get sorted|sort itself out|show up|get there in time|make it in time)";

    /** A forecast without grounds ("it usually gets approved", "I'm sure it'll be fine"). */
    static final List<Pattern> FALSE_HOPE = List.of(
            Wording.pattern(
                    "(?:it|they|these|those|this|that|claims|refunds|requests|parcels|orders|things) (?:usually"
                            + "|normally|almost always|generally|typically) (?:gets?|comes?|goes?|arrives?|works?|turns? up"
                            + "|sorts? (?:itself|themselves) out|work(?:s)? out|(?:is|are) (?:fine|ok|approved))(?: \\w+){0,3}"),
            Wording.pattern(
                    "(?:usually|normally|generally|typically),? (?:these|they|it|this|that|things) (?:gets?|comes?|goes?"
                            + "|arrives?|works?|turns? up)(?: \\w+){0,3}"),
            Wording.pattern(
                    "(?:i'm|i am|im) (?:sure|confident|certain|positive)(?: that)? (?!you(?:'ll| will) (?:understand"
                            + "|appreciate|agree))(?:[\\w-]+ ){0,3}?(?:it|they|this|that|everything|you|things|(?>[\\w-]+))"
                            + "(?:'ll| will| would|'d)(?! be (?:thrilled|delighted|overjoyed|riveted|over the moon)|(?: be| make)(?: a| such a)? (?:gripping|riveting|fascinating|thrilling|enthralling)\\b)(?: \\w+){1,4}"),
            // A quick outcome promised for them ("it'll be sorted in no time"); "you'll knock them out in no time"
            // cheers
            // them on, it forecasts nothing of ours.
            Wording.pattern(
                    "(?:be|get|have it|arrive|sorted|fixed|back|done|through|approved|land)(?: \\w+){0,3}? in no time"
                            + "|they always do(?=\\s*(?:$|[.!]))"),
            // Hope said as plain comfort: the money made back, the trouble sorting itself out or forgotten, nothing
            // to lose sleep over, money always found ("you'll make it back", "the on-call stuff will sort itself out").
            Wording.pattern(
                    "(?:you'll|you will|you'd) (?:soon |easily )?(?:make|earn|win|get) (?:it|that|them|the money|it all) (?:all )?back"
                            + "|[\\w-]+(?:'ll| will) (?:all )?sort (?:itself|themselves) out"
                            + "|(?:we'll|you'll|everyone'll|we will|you will|they'll)(?: all)?(?: have)? forgotten (?:all )?about it"
                            + "|(?:i )?wouldn't lose (?:any )?sleep (?:over|about) (?:it|that|this|the [\\w-]+)"
                            + "|(?:finance|they|management|hr|the company|companies|people|someone) (?:always|usually) (?:find|finds)"
                            + " (?:the )?(?:money|a way|budget)"
                            + "|(?:won't|will not|isn't going to|is not going to) (?:show up|appear|count|matter)(?: \\w+){0,3}?"
                            + " (?:anywhere|at all|in the slightest)"),
            Wording.pattern(
                    "(?:it|they|that|this|everything|things)(?:'ll| will) (?:definitely |surely |probably |totally |all )?"
                            + OUTCOME),
            Wording.pattern(
                    "(?:it|they|that|this|everything) should (?:\\w+ ){0,3}(?:in time|fine|ok|okay|alright|no problem"
                            + "|any day now|without a problem|without any problems)"),
            Wording.pattern(
                    "don't worry(?: about it)?[,.!]*\\s+(?:it|they|that|everything)(?:'ll| will)(?: \\w+){1,3}"),
            Wording.pattern(
                    "nine times out of ten|99% of the time|i can't see (?:any reason )?why (?:it|they) (?:wouldn't|won't)"
                            + "|there's no reason (?:it|they) (?:won't|wouldn't|shouldn't)|fingers crossed"
                            + "|(?:these things|things|it) (?:always|usually) (?:work|works) out"),
            Wording.pattern(
                    "(?:i'm|i am|im) (?:pretty |quite |fairly |100% )?(?:sure|confident|certain) (?:it's|it is|that's) (?:nothing|just|only|fine|ok)"),
            Wording.pattern(
                    "i (?:reckon|bet|expect|imagine|think) (?:it|they|you|that|everything)(?:'ll| will) (?:\\w+ )?(?:be fine|be ok|be okay"
                            + "|be alright|turn up|get approved|come through|arrive in time|work out|be sorted)"),
            Wording.pattern(
                    "(?:there's |there is )?nothing to worry about|no need to worry|(?:it|that) never happens|it's never (?:a problem|an issue)"
                            + "|i've never seen (?:one|it|that|them) (?:get )?(?:rejected|declined|refused|fail)"),
            Wording.pattern(
                    "(?:it|these|they|those|claims|requests) (?:always|never) (?:get|gets) (?:approved|rejected|through|refused|declined)"
                            + "|(?:most|almost all|99%) (?:of them|of these|people|customers|claims|requests|cases) (?:get|are) (?:approved|accepted|through|sorted)"),
            Wording.pattern(
                    "(?:should|will|'ll) (?:be|turn up|arrive|come through) any (?:minute|day|time) now|you should be (?:fine|ok|okay|alright)"),
            // The odds talked up without grounds ("these nearly always go thru", "almost never finds its way onto
            // your file", "a really good chance billing takes it off", "the manager tends to refund", "I'd expect
            // you'll get it", "people are usually really happy once they're on it", "it'll turn round, I just know
            // it", "she'll be fine").
            Wording.pattern(
                    "(?:nearly|almost|pretty much|virtually) (?:always|never) (?:go(?:es)? thr(?:ough|u)|gets? (?:approved|through|thru"
                            + "|sorted|refunded|rejected|refused|declined|flagged)|comes? (?:through|back|good)|turns? up|works? out"
                            + "|finds? (?:its|their) way|happens?|causes? (?:a |any )?(?:problems?|issues?)|goes? wrong|sticks?)"
                            + "|(?:really |very |pretty |fairly |a )?good chance (?:that )?(?:[\\w'-]+ ){1,4}?(?:will|'ll|takes?|gets?|approves?"
                            + "|refunds?|waives?|says? yes|comes? through|goes? through|sorts?|lets?|reverses?|clears?|drops? off"
                            + "|goes? away|bounces? back|comes? back|lands?|turns? up|arrives?)\\b"
                            + "|\\btends? to (?:refund|approve|waive|say yes|agree|let (?:it|them|people)|sort|come through|go through"
                            + "|be (?:fine|lenient|generous|flexible))|(?:i'd|i would) expect (?:you'll|you will|you'd|it'll|it will"
                            + "|they'll|they will) (?:get|have|see|be)\\b|\\b(?!i\\b|we\\b)[\\w-]+(?:'ll| will| would) almost certainly (?:just )?(?!be (?:a|an) )\\w+"
                            + "|i think you'll find (?:[\\w'-]+ ){1,5}?(?:sorts?|fixes?|solves?|clears?|helps?)\\b"
                            + "|(?:people|customers|folks|most people|everyone) (?:are|is|end up) (?:usually |always |generally )"
                            + "(?:really |very |so )?(?:happy|pleased|delighted|satisfied|thrilled)"
                            + "|(?:it'll|it will|things will|they'll|it's going to|things are going to) (?:all )?(?:turn|come)"
                            + " (?:round|around|good|right)|i just know it(?: will)?(?=\\s*(?:$|[.!]))"
                            + "|(?:she|he|they)(?:'ll| will) be (?:totally |absolutely |just )?(?:fine|ok|okay|alright|all right)"
                            + "(?=\\s*(?:$|[.!,]))"));

    /** A good outcome for the other person, as a forecast names it ("say yes", "turn up", "waive the fee"). */
    private static final String GOOD_OUTCOME =
            "(?:be (?:fine|ok|okay|alright|all right|sorted|back|there|with you|approved|in time|done)"
                    + "|say yes|approve|sign (?:it |this |that )?off|waive|honour|refund|agree|accept|let (?:it|you) (?:go|through)|turn up|arrive"
                    + "|show up|pop up|land|come through|go through|come back (?:down|on)|sort (?:itself|themselves|it) out|sort itself|work out"
                    + "|turn the corner|settle down|have it|get it|make it|get approved|get sorted|clear|release it|go back to normal"
                    + "|sort (?:it|this|that|everything|things)(?: all)? out)";

    /** Someone other than the speaker, and the future they are forecast ("Hollis will", "she'll", "dad'll"). */
    private static final String THEIR_FUTURE =
            "(?!(?:i|we)\\b)(?:it|they|she|he|you|that|this|everything|things|(?>[\\w-]+))(?:'ll| will| would|'d| should| are going to| is going to)";

    /** How sure a forecast sounds without grounds ("almost certainly", "for sure", "I'd say"). */
    private static final String SURE =
            "(?:almost certainly|most likely|for sure|definitely|surely|no doubt|probably|prob|likely"
                    + "|bound to|100%)";

    /** Forecasts of another's good outcome, said as sure or as the usual course of things. */
    static final List<Pattern> SURE_FORECAST = List.of(
            Wording.pattern(THEIR_FUTURE + " " + SURE + " (?:\\w+ ){0,3}?" + GOOD_OUTCOME),
            Wording.pattern(THEIR_FUTURE + " (?:\\w+ ){0,3}?" + GOOD_OUTCOME
                    + "(?: [\\w$£€]+){0,2} (?:for sure|no doubt|definitely" + "|i bet|i reckon|no problem)"),
            Wording.pattern("(?:most likely|almost certainly|i'd say|i bet|i reckon|no doubt|chances are|odds are),? "
                    + THEIR_FUTURE + " (?:\\w+ ){0,3}?" + GOOD_OUTCOME),
            Wording.pattern(
                    "(?!(?:i|we)\\b)(?:it|they|she|he|that|this|the \\w+) (?:almost certainly|most likely|probably|definitely|surely)"
                            + " (?:will|won't) (?:come back|happen again|be a problem|\\w+ (?:fine|ok|okay))"),
            Wording.pattern(
                    "i'd be (?:amazed|surprised|shocked|stunned) if|(?:pretty much|just|only|basically) a formality"
                            + "|i(?:'ve| have) got a (?:good|great) feeling|i can't (?:imagine|see) (?:them|her|him|they|it|anyone|the \\w+)"
                            + " (?:\\w+ing|saying no)"),
            // Staking one's word without grounds ("I'd put money on it", "mark my words", "I just know it").
            Wording.pattern(
                    "i'd (?:put|bet) (?:money|good money|my house|my life|my mortgage|a tenner|my last \\w+) on it|(?:you can )?bet your"
                            + " (?:life|house|bottom dollar)|mark my words|i just know it|i can feel it|take it from me"
                            + "|trust me,? (?:it|they|he|she|you|that)(?:'ll| will)"),
            // Nobody could refuse ("no way they'll say no to that", "he's bound to say yes").
            Wording.pattern(
                    "(?:there's )?no way (?:they|he|she|it|the \\w+)(?:'ll| will| would|'d) (?:say no|refuse|reject|turn (?:you|it|that) down|object)"
                            + "|(?:he's|she's|they're|it's|he is|she is|they are|it is) (?:bound|sure|certain|guaranteed) to (?:say yes|approve|agree"
                            + "|accept|be fine|turn up|arrive|come through|go through|work out|sort it)"),
            // Trouble that goes away by itself ("these things sort themselves out").
            Wording.pattern(
                    "(?:these things|things like this|it all|things|this stuff) (?:always |usually |normally |tend to )?(?:sort|sorts|work|works)"
                            + " (?:themselves|itself) out|(?:always |usually )?works? out in the end"),
            // A sure thing ("pretty much a done deal", "in the bag", "as good as approved").
            Wording.pattern(
                    "(?:pretty much |basically |practically |as good as |just )?a done deal|in the bag|a sure thing|a shoo-in|a slam dunk"
                            + "|as good as (?:done|approved|yours|sorted|guaranteed|there)"),
            // A forecast waved through with "don't worry" ("it'll be on your card by tomorrow, don't worry").
            Wording.pattern(
                    "(?:it|they|that|this|everything|the \\w+)(?:'ll| will) (?:be|arrive|land|turn up|show up|come through|clear|go through)"
                            + "[^.!?]{0,40}?,? (?:don't worry|no need to worry|don't you worry|you'll see)"),
            Wording.pattern(
                    "any (?:minute|second|moment|day|week|month|time) now|(?:never|doesn't usually|don't usually) takes? long"
                            + "|(?:nearly|almost|pretty much|practically) every time|tends? to (?:\\w+ ){0,3}?(?:come back|go through|get approved"
                            + "|sort|turn up|work out|settle|be fine|come down)"),
            Wording.pattern(
                    "(?<!as )(?:it|they|these|this|that) (?:usually|normally|generally|typically|always) (?:is|are|do|does)"
                            + "(?=\\s*(?:$|[.!,]| after| by| in| within| once))"));

    /**
     * A forecast with its grounds in the same sentence ("I've issued the refund, so it'll be on your card by
     * Friday"): a report, not hope.
     */
    static final Pattern GROUNDS = Wording.pattern(
            "(?:i've|i have|we've|we have|i just|we just) (?:just )?(?:issued|processed|sent|refunded|approved|booked|confirmed|released"
                    + "|checked|put through|submitted|paid)|tracking (?:shows|says)|system (?:shows|says)|i can see (?:it|that|the)");

    /** A forecast the speaker stands behind in the same sentence ("it will be with you by Saturday, I promise"). */
    static final Pattern OWNED =
            Wording.pattern("i promise|i guarantee|(?:i'll|i will|we'll|we will) make sure|you have my word");

    /** Before a forecast, words that make it honest or owned ("I can't guarantee it'll arrive", "I'll make sure"). */
    static final Pattern BACKED = Pattern.compile(
            "(?:guarantee|promise|make sure|ensure|not sure|no idea|hope|hoping|doubt"
                    + "|tracking shows|system shows|i checked|i've checked|confirmed|know|knows|when)(?: that)?\\s*\\S*\\s*$");
}
