package dev.spar.coaching;

import dev.spar.analysis.FindingCategory;
import dev.spar.analysis.Meaning;
import dev.spar.analysis.MeaningMatch;
import dev.spar.understanding.ActKind;
import dev.spar.understanding.Content;
import java.util.Optional;

/** Which content acts of the learner are problems for the critique, and under which category. */
public final class SoftFailures {
    private SoftFailures() {}

    /**
     * Returns the problem an act of the learner's is, if it is one.
     *
     * @param kind what the line does
     * @param badMomentForAside whether a joke or a side topic would hurt now: they are upset or the problem is
     *     still open
     */
    public static Optional<FindingCategory> of(ActKind kind, boolean badMomentForAside) {
        return switch (kind) {
            case GIVE_GROUND -> Optional.of(FindingCategory.CONCESSION);
            case MOCK -> Optional.of(FindingCategory.SARCASM);
            case ACCUSE -> Optional.of(FindingCategory.ACCUSATION);
            case JOKE, TANGENT -> badMomentForAside ? Optional.of(FindingCategory.TANGENT) : Optional.empty();
            case REASK -> Optional.of(FindingCategory.REASK);
            case BLAME_OTHERS -> Optional.of(FindingCategory.BLAMING_OTHERS);
            case FALSE_HOPE -> Optional.of(FindingCategory.FALSE_HOPE);
            case ASK, ANSWER, OFFER, PROMISE, HONEST_LIMIT, ACCEPT, REJECT, REFER_BACK, END -> Optional.empty();
        };
    }

    /**
     * Returns the problem a line is read as by its nearest coached lines, if it is one the critique takes from
     * them: asking again needs the conversation, which neighbouring lines do not know, and a joke or an aside is
     * only a problem at a bad moment.
     *
     * A line that says honestly what it cannot know or promise is not a guess, false hope or an over-promise,
     * however close it sits to lines that are: "I don't know yet why the payment isn't showing" neighbours guesses
     * about payments.
     *
     * A line that only denies a charge ("I'm not saying you're not welcome.") is not read from its neighbours as a
     * jab either.
     *
     * A line that puts something on the table (an offer or a promise) is not read from its neighbours as a jab
     * (blame, an accusation, a dismissal...): "What I can do is a store credit for the full amount" sits near lines
     * about store credit that were blame, but it blames nobody. Blame passed to someone else needs someone else in
     * the line: "I led the billing migration" passes nothing on.
     *
     * @param match one category the nearest coached lines carry
     * @param content what the line says
     * @param badMomentForAside whether a joke or a side topic would hurt now
     */
    public static Optional<FindingCategory> ofLikeCoached(
            MeaningMatch match, Content content, boolean badMomentForAside) {
        boolean honest = content.has(ActKind.HONEST_LIMIT);
        boolean putsSomethingOnTheTable = content.has(ActKind.OFFER) || content.has(ActKind.PROMISE);
        return FindingCategory.byId(match.family())
                .filter(c -> match.similarity() >= Meaning.FLAGGED)
                .filter(FindingCategory::isProblem)
                .filter(c -> c != FindingCategory.REASK && (c != FindingCategory.TANGENT || badMomentForAside))
                .filter(c -> !honest || !FORECASTS.contains(c))
                .filter(c -> !putsSomethingOnTheTable || !c.isJab())
                .filter(c -> !c.isJab() || !content.onlyDeniesACharge())
                .filter(c -> c != FindingCategory.BLAMING_OTHERS
                        || SOMEONE_ELSE.matcher(content.text()).find()
                        || NAMED_PERSON.matcher(content.text()).find())
                .filter(c -> !WORDS_IT_NEEDS.containsKey(c)
                        || WORDS_IT_NEEDS.get(c).matcher(content.text()).find());
    }

    /**
     * Habits a line cannot have without their words: a hedge needs a softener, an over-apology an apology, a
     * stock line of sympathy a word of sympathy. "I wanted to talk about my pay" sits near hedged lines about pay,
     * but hedges nothing.
     */
    private static final java.util.Map<FindingCategory, java.util.regex.Pattern> WORDS_IT_NEEDS = java.util.Map.of(
            FindingCategory.HEDGING,
            java.util.regex.Pattern.compile(
                    "\\b(?:maybe|perhaps|possibly|probably|just|sort of|kind of|kinda|sorta|a bit|a little|i think|i guess"
                            + "|i suppose|i feel like|hopefully|if (?:that's|it's) (?:ok|okay|alright|all right)|sorry|might|could"
                            + "|would it be|i was wondering|wondering|not sure|don't know|dunno|or something|ish|hmm|um+|er+)\\b",
                    java.util.regex.Pattern.CASE_INSENSITIVE),
            FindingCategory.OVER_APOLOGY,
            java.util.regex.Pattern.compile(
                    "\\b(?:sorry|soz|sry|apologi[sz]e|apologies|my bad|forgive)",
                    java.util.regex.Pattern.CASE_INSENSITIVE),
            FindingCategory.CANNED_EMPATHY,
            java.util.regex.Pattern.compile(
                    "\\b(?:understand|sorry|apologi|frustrat|inconvenien|appreciate|hear you|feel|must be|imagine|valued"
                            + "|important to us)",
                    java.util.regex.Pattern.CASE_INSENSITIVE));

    /** A name inside the line ("Sarah set that up"): a capitalised word that does not open a sentence. */
    private static final java.util.regex.Pattern NAMED_PERSON =
            java.util.regex.Pattern.compile("(?<![.!?]\\s)(?<!^)\\b(?!I\\b)[A-Z][a-z]{2,}\\b");

    /** Someone other than the two of them: a person, a team, a firm or a system the fault could be passed to. */
    private static final java.util.regex.Pattern SOMEONE_ELSE = java.util.regex.Pattern.compile(
            "\\b(?:they|them|their|he|she|his|her|him|team|department|courier|warehouse|supplier|manager|boss|colleague"
                    + "|colleagues|office|system|company|bank|partner|driver|depot|store|shop|head office|management"
                    + "|(?:hr|finance|billing|accounts|it|tech|support|sales|legal)(?:'s| team| department| people| lot| side)"
                    + "|engineers?|someone|somebody|whoever|not (?:me|my|mine)"
                    + "|wasn't (?:me|my)|isn't (?:me|my))\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    private static final java.util.Set<FindingCategory> FORECASTS =
            java.util.EnumSet.of(FindingCategory.GUESSING, FindingCategory.FALSE_HOPE, FindingCategory.OVER_PROMISE);
}
