package dev.spar.review;

import dev.spar.analysis.FindingCategory;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the agent answers a customer who pushes back, waits or is let down, read against the conversation so far:
 * the same no again after they pushed back, a no and a goodbye in one turn while they dispute it, "I know, but"
 * to their correction, hurrying them while they do what was asked, and a sorry with nothing after it. Each is visible only in the exchange: the same
 * refusal as a first answer, or the same question without their "one moment" before it, is fine.
 */
final class PushbackChecks {
    /** A turn of this many words or fewer, apology and all, said nothing else. */
    static final int BARE_WORDS = 12;

    /** Saying no: a limit, a refusal, or sending them to someone else before anything can be done. */
    private static final Pattern REFUSAL = Pattern.compile(
            "\\b(?:(?:i am|i'm|we are|we're|you are|you're|you would be) (?:unable|not able) to"
                    + "|(?:i|we|you) (?:can ?not|can't|could not|couldn't|won't be able to|would not be able to"
                    + "|wouldn't be able to)"
                    + "|(?:the|is the|that's the|that is the) (?:maximum|most)(?: (?:we|i) can)?"
                    + "|(?:i'm|i am) afraid|we (?:do not|don't) (?:offer|give|provide|do)"
                    + "|need (?!you\\b)\\S+ to (?:contact|email|call) us|no longer (?:possible|available))",
            Pattern.CASE_INSENSITIVE);

    /** The customer winding up or content: nothing pushed back. */
    private static final Pattern CONTENT = Pattern.compile(
            "\\b(?:thanks|thank you|thx|perfect|great|brilliant|lovely|nice|that's all|all good|bye|fine|ok(?:ay)?)\\b",
            Pattern.CASE_INSENSITIVE);

    /** Disagreement or a demand in the customer's words, even with an "ok" in them. */
    private static final Pattern PUSHING = Pattern.compile(
            "\\?|\\b(?:but|not|no|don't|doesn't|didn't|can't|cannot|won't|want|need|expect|unacceptable|ridiculous"
                    + "|disappoint\\w*|at least|why|still)\\b",
            Pattern.CASE_INSENSITIVE);

    /** The customer asking for a moment, or saying they are doing what was asked. */
    private static final Pattern WAITING = Pattern.compile(
            "^\\W*(?:(?:one|a|just a|wait a|give me a|just one|ok(?:ay)?,? one|ok(?:ay)?,? just a) )?(?:moment|minute|mo"
                    + "|sec(?:ond)?|tick)\\b|\\b(?:one moment|just a (?:moment|minute|sec(?:ond)?)|hold on|bear with me"
                    + "|(?:i'm|i am) (?:just )?(?:looking|getting|fetching|finding|uploading|taking)"
                    + "|(?:i'll|i will) (?:just )?(?:look|get|fetch|find|upload|take) (?:it|them|that|the|a|some))",
            Pattern.CASE_INSENSITIVE);

    /** Checking the customer is still there: the chat template's prelude to closing it. */
    private static final Pattern STILL_THERE = Pattern.compile(
            "(?:are you still|you still|still) (?:able to chat|there|available(?: to chat)?|with me)[^.?!]*[.?!]*",
            Pattern.CASE_INSENSITIVE);

    /** The customer putting the agent right: what they said or asked, or what it is not about. */
    private static final Pattern CORRECTION = Pattern.compile(
            "^\\W*no\\b|\\b(?:(?:that's|that is|it's|it is|this is) not (?:what i|about|the)|i (?:said|asked|meant"
                    + "|wrote)|i (?:haven't|have not|didn't|did not|never) (?:even )?(?:ordered|bought|asked|said|received"
                    + "|paid|got))\\b",
            Pattern.CASE_INSENSITIVE);

    /** "I know, but": the correction acknowledged in a word and set aside in the next. */
    private static final Pattern KNOW_BUT = Pattern.compile(
            "^\\W*(?:(?:yes|yeah|ok(?:ay)?|sure),? )?i (?:know|understand|realise|realize|see)\\b[^.?!]{0,60}?,? but\\b",
            Pattern.CASE_INSENSITIVE);

    /** A turn that opens with an apology or a "that's a shame". */
    private static final Pattern APOLOGY = Pattern.compile(
            "^\\W*(?:oh no\\W*)?(?:(?:i'm|i am|we are|we're) )?(?:so |very |really |truly |terribly )?"
                    + "(?:sorry|apologi[sz]e|my apologies|i do apologi[sz]e|that's a shame|what a shame)",
            Pattern.CASE_INSENSITIVE);

    /** Anything that moves it on: an action, an offer, a question, a "but". */
    private static final Pattern MOVES_ON = Pattern.compile(
            "\\?|\\b(?:i will|i'll|let me|we can|we will|we'll|i can(?! (?:imagine|see|understand|hear|only))"
                    + "|could you|can you|would you|please|check|offer|refund|voucher|replace\\w*|send|arrange|instead"
                    + "|alternative\\w*|but|however|try)\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern SENTENCE = Pattern.compile("(?<=[.!?])\\s+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}€']+");

    /**
     * Words that say nothing of what was refused: function words, the words of saying no itself, and the order
     * and item every support sentence is about.
     */
    private static final Set<String> COMMON = Set.of(("the and but for with from this that these those its there here"
                    + " have has had does did not can cannot could would should will shall may might must then than"
                    + " too very just only also please thank thanks sorry afraid unable able regrettably"
                    + " unfortunately which what when where who how why all any some more most such into out over"
                    + " again once about i'm we're you're it's that's can't don't won't wouldn't couldn't you your"
                    + " our are was were been being item items order orders")
            .split(" "));

    private PushbackChecks() {}

    /**
     * Saying no again, right after the customer pushed back on a no the agent had already given: "Ten pounds is
     * the most we can refund." for the second or third time. A first refusal, or one after they accepted it, is not
     * this.
     */
    static Optional<ReviewFinding> sameNoAgain(
            int turn, String text, String customerBefore, List<String> earlierAgentTurns) {
        Matcher no = REFUSAL.matcher(text);
        if (!no.find() || !pushedBack(customerBefore)) {
            return Optional.empty();
        }
        Set<String> refused = refused(text);
        if (earlierAgentTurns.stream().map(PushbackChecks::refused).noneMatch(e -> !Collections.disjoint(e, refused))) {
            return Optional.empty();
        }
        return Optional.of(ExchangeChecks.foundAt(
                turn,
                FindingCategory.DISMISSAL,
                text,
                no.start(),
                "They pushed back on your no and heard the same no again, as if they had not spoken.",
                "I hear that this still isn't right for you, and I understand why. I can't change that part, but I"
                        + " don't want to leave it there: let me check what else I can do and come back to you in a"
                        + " moment."));
    }

    /**
     * Saying no and wrapping up in the same turn while they are still disputing: "We can't cover the return
     * postage. Anything else I can help with?" right after they asked why not.
     */
    static Optional<ReviewFinding> noAndGoodbye(int turn, String text, String customerBefore) {
        Matcher wrap = ExchangeChecks.WRAP_UP.matcher(text);
        if (!wrap.find()
                || !pushedBack(customerBefore)
                || !REFUSAL.matcher(ExchangeChecks.WRAP_UP.matcher(text).replaceAll(" "))
                        .find()) {
            return Optional.empty();
        }
        String before = text.substring(0, wrap.start()).strip();
        return Optional.of(ExchangeChecks.found(
                turn,
                FindingCategory.CLOSING_WHILE_OPEN,
                wrap.group().strip(),
                "You said no and wrapped up in the same turn while they were still disputing it.",
                (before.isEmpty() ? "" : before + " ")
                        + "I know that isn't the answer you wanted. What would help most from here?"));
    }

    /**
     * "I know you meant the table, but..." right after the customer put the agent right: the correction is
     * acknowledged in a word and set aside, and the answer goes on to what they did not ask.
     */
    static Optional<ReviewFinding> knowButToCorrection(int turn, String text, String customerBefore) {
        Matcher but = KNOW_BUT.matcher(text);
        if (!CORRECTION.matcher(customerBefore).find() || !but.find()) {
            return Optional.empty();
        }
        return Optional.of(ExchangeChecks.found(
                turn,
                FindingCategory.DISMISSAL,
                but.group().strip(),
                "They had just put you right, and \"I know, but\" sets their correction aside.",
                "You're right, thanks for putting me straight. So, to answer what you asked:"));
    }

    /**
     * Asking whether they are still there right after they asked for a moment or said they were getting what
     * was asked for: it hurries them toward the end of the chat.
     */
    static Optional<ReviewFinding> hurried(int turn, String text, String customerBefore) {
        Matcher still = STILL_THERE.matcher(text);
        if (!still.find() || !WAITING.matcher(customerBefore).find()) {
            return Optional.empty();
        }
        return Optional.of(ExchangeChecks.found(
                turn,
                FindingCategory.CLOSING_WHILE_OPEN,
                still.group().strip(),
                "They had just asked for a moment, and this hurries them toward the end of the chat.",
                "No rush, take your time: I'm here when you're ready."));
    }

    /**
     * A turn that is only an apology ("I am sorry about that") right after the customer told of a problem or a
     * disappointment: nothing is offered, asked or done. After their thanks it is courtesy, not this.
     */
    static Optional<ReviewFinding> bareApology(int turn, String text, String customerBefore) {
        String t = text.strip();
        if (!APOLOGY.matcher(t).find()
                || ExchangeChecks.words(t) > BARE_WORDS
                || MOVES_ON.matcher(t).find()
                || customerBefore.isBlank()
                || content(customerBefore)) {
            return Optional.empty();
        }
        return Optional.of(ExchangeChecks.found(
                turn,
                FindingCategory.MISSING_NEXT_STEP,
                t,
                "They told you what went wrong and got a sorry with nothing after it.",
                t + " Here is what I can do about it: let me check the options for you now."));
    }

    /** The content words of a turn's sentences that say no: what was refused. */
    static Set<String> refused(String text) {
        Set<String> out = new HashSet<>();
        for (String sentence : SENTENCE.split(text)) {
            if (REFUSAL.matcher(sentence).find()) {
                for (String w : NON_WORD.split(sentence.toLowerCase(Locale.ROOT))) {
                    if ((w.length() > 2 || w.chars().allMatch(Character::isDigit))
                            && !w.isEmpty()
                            && !COMMON.contains(w)) {
                        out.add(w);
                    }
                }
            }
        }
        return out;
    }

    /** Whether the customer's turn disagrees, asks or demands, rather than winding up. */
    static boolean pushedBack(String customerBefore) {
        return PUSHING.matcher(customerBefore).find();
    }

    private static boolean content(String customer) {
        return CONTENT.matcher(customer).find() && !customer.contains("?");
    }
}
