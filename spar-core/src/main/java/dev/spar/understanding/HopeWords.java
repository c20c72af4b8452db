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
                            + "|appreciate|agree))(?:[\\w-]+ ){0,3}?(?:it|they|this|that|everything|you|things|[\\w-]+)"
                            + "(?:'ll| will| would|'d)(?: \\w+){1,4}"),
            Wording.pattern("(?:\\w+ )?in no time|they always do(?=\\s*(?:$|[.!]))"),
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
                    "(?:should|will|'ll) (?:be|turn up|arrive|come through) any (?:minute|day|time) now|you should be (?:fine|ok|okay|alright)"));

    /** Before a forecast, words that make it honest or owned ("I can't guarantee it'll arrive", "I'll make sure"). */
    static final Pattern BACKED = Pattern.compile(
            "(?:guarantee|promise|make sure|ensure|not sure|no idea|hope|hoping|doubt"
                    + "|tracking shows|system shows|i checked|i've checked|confirmed|know|knows|when)(?: that)?\\s*\\S*\\s*$");
}
