package dev.spar.review;

import dev.spar.analysis.FindingCategory;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a real agent's turn sounds to the customer who just wrote, in the words agents type in live chats rather
 * than the textbook phrases the shared analysis reads: telling them how to behave, waving the problem away,
 * putting it on what they did, lecturing them on what they should have known, "as previously stated", telling them
 * they are wrong, the rule pasted back, hurrying them, "what do you want me to do?", a reply of a word or two to a
 * message that explained their problem, a bare no to a request with nothing offered, the work handed back as the whole
 * answer, capitals, and a bare order. Each is read only as an answer to something the customer said.
 */
final class ToneChecks {
    /** A customer turn of at least this many words explained something; a word or two back is curt. */
    static final int EXPLAINED_WORDS = 12;

    /** A reply of this many words or fewer, after a turn that explained, says next to nothing. */
    static final int CURT_WORDS = 2;

    /** A no of more words than this has room for what can be done; the flat no is the short one. */
    static final int FLAT_NO_WORDS = 14;

    /**
     * One kind read by its words: what it is, the words, words anywhere in the turn that make it fine after all, why
     * it matters, and a better way to say the turn.
     */
    private record Kind(FindingCategory category, Pattern words, Pattern unless, String why, String rewrite) {
        Kind(FindingCategory category, Pattern words, String why, String rewrite) {
            this(category, words, NEVER, why, rewrite);
        }
    }

    /** Matches nothing: a kind with no exception. */
    private static final Pattern NEVER = Pattern.compile("(?!)");

    /**
     * Anything offered beside a no or a rule: another way, what can be done, a condition, a question back, a sorry. "Once"
     * and "when" are not: "We cannot change invoices once they are issued" is still only the rule.
     */
    private static final Pattern SOMETHING_OFFERED = Pattern.compile(
            "\\?|\\b(?:but|however|instead|alternativ\\w*|(?:i|we|you) (?:can|could)(?!'t|not)|i'll|i will|we'll|we will"
                    + "|happy to|(?<!not an )option\\w*|until|unless|if|sorry|apologi\\w*)\\b",
            Pattern.CASE_INSENSITIVE);

    private static final List<Kind> KINDS = List.of(
            new Kind(
                    FindingCategory.SCOLDING,
                    Pattern.compile(
                            "\\b(?:(?:keep|watch|mind) your (?:tone|language)|no need (?:to|for) (?:shout\\w*|be rude|that"
                                    + " (?:tone|language)|capitals|caps|swear\\w*)|(?:calm|settle) down|(?:stay|be|remain)"
                                    + " (?:polite|respectful|civil)|(?:won't|will not|do not|don't|cannot|can't) (?:accept"
                                    + "|tolerate) (?:that|this|such|any) (?:kind of |sort of |type of )?(?:language|tone"
                                    + "|behaviou?r|abuse)|told you to (?:be patient|wait)|(?:don't|do not|stop) (?:send"
                                    + "|sending|write|writing) so many messages|otherwise (?:i|we)(?:'ll| will) (?:end|close)"
                                    + " (?:the|this) chat|(?:don't|do not|stop) (?:typ\\w+|writ\\w+) in (?:capitals|caps|capital"
                                    + " letters)|i have other customers|(?:don't|do not) appreciate (?:that|your|this)"
                                    + " (?:attitude|tone|language)|refrain from)\\b",
                            Pattern.CASE_INSENSITIVE),
                    "This tells them how to behave while their problem waits.",
                    "I can hear how fed up you are, and I want to get this sorted for you. Let me check it now."),
            new Kind(
                    FindingCategory.DISMISSAL,
                    Pattern.compile(
                            "\\b(?:not (?:much|anything) (?:more|else) (?:i|we) can (?:do|say)|not something (?:i|we)"
                                    + " can do anything about|(?:it|they|that)(?:'ll| will) (?:come|arrive|happen) when (?:it"
                                    + "|they|that) (?:comes?|arrives?|happens?)|these things happen|(?:that's|it's|that is|it"
                                    + " is) (?:just )?how it is|(?:it|that|this)(?:'s| is) not (?:our|my) (?:problem"
                                    + "|department|responsibility)|sorts? itself out|they(?:'ll| will) deal with it|(?:that|it|this) happens"
                                    + " (?:sometimes|from time to time|now and then)|not (?:a|an) (?:problem|issue) (?:on|at|with)"
                                    + " our (?:side|end)|must be your (?:router|wifi|wi-fi|internet|connection|device|phone|bank|card|settings|end|side)|^\\W*(?:ok(?:ay)?\\W+)?just (?:wait|re\\w+|delete"
                                    + "|update|try|use|go|check)\\b|(?:have|need) to take (?:that|it|this) up with|have you (?:had"
                                    + " a look at|checked|looked at|read|tried) (?:our|the) (?:faq|help ?(?:centre|center|page"
                                    + "|section))|while you're here)\\b",
                            Pattern.CASE_INSENSITIVE),
                    "This waves the problem away instead of taking it up.",
                    "I'm sorry this is still not sorted. Let me look at it with you now: here is what I can do."),
            new Kind(
                    FindingCategory.BLAME,
                    Pattern.compile(
                            "\\b(?:you (?:haven't|have not|didn't|did not|never) (?!(?:been|received|got|gotten|had|heard)\\b)\\w+(?:"
                                    + " \\w+){0,5},? (?:that's|that is"
                                    + "|which is) why|so (?:that's|that is) what you did|(?:wasn't|was not|weren't|were not)"
                                    + " (?:put together|assembled|installed|fitted|set up|used) (?:according to|as per"
                                    + "|following|in line with) the instructions|you (?:must|probably|obviously|clearly)"
                                    + " (?:have )?(?:typed|entered|dropped|damaged|broken|broke|used|forgot(?:ten)?)\\b|you (?:ordered|chose|selected"
                                    + "|picked|entered|typed|gave us) the wrong)",
                            Pattern.CASE_INSENSITIVE),
                    "This puts the fault on what they did.",
                    "Let's find out what happened: could you tell me the steps you took, and I'll check it from my"
                            + " side."),
            new Kind(
                    FindingCategory.CONDESCENSION,
                    Pattern.compile(
                            "\\b(?:customers are (?:expected|required|responsible|asked) to|(?:is|are) (?:stated|explained"
                                    + "|written|shown) clearly|clearly (?:stated|written|explained|shown) (?:on|in)|please"
                                    + " make sure you read|(?:in future|next time),? (?:please )?(?:always |make sure|read"
                                    + "|check)|(?:it's|it is) (?:your|the customer's) responsibility|common sense|everyone knows|you should"
                                    + " always|should never be|(?:this|that) is (?:explained|stated|written) in (?:the|our)|if you"
                                    + " had (?:read|checked|looked)|you would have (?:known|seen)|(?:it|this|that) clearly"
                                    + " (?:says|states|shows)|you agreed to (?:the|our) (?:terms|conditions|policy)|you should have"
                                    + " (?:read|checked|looked|known)|did you (?:even )?read|^\\W*obviously)\\b",
                            Pattern.CASE_INSENSITIVE),
                    "This lectures them on what they should have done.",
                    "Let me help with where things stand now: here is what we can do."),
            new Kind(
                    FindingCategory.DEFENSIVE,
                    Pattern.compile(
                            "\\b(?:as (?:previously|already) (?:stated|mentioned|said|explained)|as (?:i )?(?:mentioned"
                                    + "|said|stated|explained|told you) (?:several|many|multiple|a few) times|(?:said"
                                    + "|explained|told you) (?:this|that|it) (?:twice|several times|many times)|as i(?: have|'ve)? already"
                                    + " (?:mentioned|said|explained|stated|told you)|i(?: have|'ve)? already (?:gave|given|sent"
                                    + "|told) you|scroll up|like i (?:said|mentioned|told you)|as i said (?:before|earlier"
                                    + "|already|previously)|i(?: have|'ve) (?:already )?told you|i(?: have|'ve) already"
                                    + " explained|how many times|^\\W*again,\\s+(?!sorry|apolog|thank|many))\\b",
                            Pattern.CASE_INSENSITIVE),
                    "This makes them feel they should not have asked again.",
                    "Happy to go over it again: here it is."),
            new Kind(
                    FindingCategory.JUDGEMENTAL_FRAMING,
                    Pattern.compile(
                            "\\b(?:(?:that's|that is|this is|it's|it is) (?:incorrect|not true|untrue|not correct)|you(?:'re"
                                    + "| are) (?:wrong|mistaken|incorrect)|(?:i|we) never said (?:that|it|so)|that's not what"
                                    + " (?:i|we) said)\\b|^\\W*wrong\\b|^\\W*no\\b(?! (?:problem|worries|need|trouble))[^.?!]{0,80}"
                                    + "\\byou (?:requested|said|asked for|agreed|chose|told us)\\b",
                            Pattern.CASE_INSENSITIVE),
                    Pattern.compile(
                            "\\b(?:sorry|apologi\\w*|my (?:mistake|fault|bad)|our (?:mistake|fault)|i'll|i will|let me|we'll"
                                    + "|we will)\\b",
                            Pattern.CASE_INSENSITIVE),
                    "This tells them they are wrong instead of checking it with them.",
                    "Thanks for telling me. What I have here is a little different, so let me check it with you and make"
                            + " sure we get it right."),
            new Kind(
                    FindingCategory.POLICY_FIRST,
                    Pattern.compile(
                            "^\\W*(?:(?:as per|per|according to|in accordance with|in line with|under) (?:our|the|company|the company's)"
                                    + " (?:\\w+ )?(?:policy|policies|terms|t&cs?|rules|procedures?)|(?:our|company|the company's) (?:\\w+ )?policy"
                                    + " (?:is|states|says|does not|doesn't))\\b",
                            Pattern.CASE_INSENSITIVE),
                    SOMETHING_OFFERED,
                    "This answers them with the rule pasted back, not with what can be done.",
                    "To answer you first: let me check what I can do for you now, and then I'll explain the rule behind"
                            + " it."),
            new Kind(
                    FindingCategory.SCOLDING,
                    Pattern.compile(
                            "\\b(?:be quick|hurry(?: up)?|get to the point|(?:i|we) (?:don't|do not) have all day|(?:i|we)"
                                    + " need (?:an|your) answer (?:now|quickly|right now|straight away)|(?:other|more)"
                                    + " (?:chats|customers) (?:waiting|to (?:deal with|help|get to))|if you (?:don't|do not)"
                                    + " (?:reply|answer|respond)[^.?!]{0,40}(?:close|end))\\b",
                            Pattern.CASE_INSENSITIVE),
                    "This hurries them, as if their problem were taking up your time.",
                    "Take your time, I'm here when you're ready."),
            new Kind(
                    FindingCategory.REACTIVE,
                    Pattern.compile(
                            "\\b(?:what (?:do|did) you (?:want|expect) me to (?:do|say)|(?:i )?(?:don't|do not) know what"
                                    + " (?:else )?(?:to tell you|you want (?:me to|from me)))\\b",
                            Pattern.CASE_INSENSITIVE),
                    "This answers their frustration with your own.",
                    "I can see this still isn't sorted for you. Let me put it another way, and see what else I can do."));

    /** Words that make a very short reply a polite or a working one: a greeting, thanks, a moment, sorry. */
    private static final Pattern NOT_CURT = Pattern.compile(
            "\\b(?:moment|sec|second|minute|thanks?|thank|please|pls|sorry|welcome|hi|hello|hey|sure|certainly|of course"
                    + "|perfect|great|bye|goodbye|done|checking|lovely|brilliant|apologies|morning|afternoon|evening|good"
                    + "|you too|likewise|same to you|cheers)\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern YES_NO =
            Pattern.compile("^\\W*(?:yes|no|yep|nope|yeah)\\W*$", Pattern.CASE_INSENSITIVE);

    /**
     * The customer asking for something: "can you", "could I", "can the refund go...", "is it possible", "please";
     * "Will the order be cancelled?" asks what happens, and a no to it is an answer.
     */
    private static final Pattern ASKED_FOR = Pattern.compile(
            "\\b(?:(?:can|could|would|will) (?:you|i|we)|(?:can|could) (?:it|the|this|that|my)|(?:is|would|will) it be possible|is it possible|is there any way"
                    + "|please|pls|may i)\\b",
            Pattern.CASE_INSENSITIVE);

    /** A bare no: "No.", "Nope", "Not possible", "We don't do partial refunds", "That is not something we do". */
    private static final Pattern BARE_NO = Pattern.compile(
            "^\\W*(?:no(?! (?:problem|worries|need))|nope|nah|not possible|impossible)\\b|\\b(?:(?:we|i) (?:don't|do not) (?:do|offer|allow|accept)"
                    + "|not something (?:we|i) (?:do|offer)|(?:isn't|is not|aren't|are not) (?:possible|offered|allowed)"
                    + "|(?:can't|cannot|can not) (?:be (?:changed|cancelled|done|amended)|make (?:an )?exceptions?)"
                    + "|(?:that's|it's|that is|it is) not possible|(?:we|i) (?:cannot|can't|can not|are unable to|am unable"
                    + " to) (?:change|cancel|refund|amend|exchange|offer|issue|accept)|can only (?:go|be)|(?:won't|will not)"
                    + " be possible|not an option|(?:we|i) (?:cannot|can't|can not|won't|will not) (?:do|be doing)"
                    + " (?:that|this|it))\\b",
            Pattern.CASE_INSENSITIVE);

    /** A no of this many words or fewer ("Sorry, no.") is bare whatever word of regret comes with it. */
    static final int BARE_NO_WORDS = 3;

    /** Handing the work back as the whole answer: "You need to update the app.", "You must report it in 48 hours." */
    private static final Pattern YOU_NEED_TO = Pattern.compile(
            "^\\W*(?:you|u)(?: need to| have to| will have to|'ll have to| will need to|'ll need to| must)\\b(?! do nothing)",
            Pattern.CASE_INSENSITIVE);

    /** Anything from the agent beside what they must do: their own part, a question, a but, a sorry. */
    private static final Pattern FROM_THE_AGENT = Pattern.compile(
            "\\?|\\b(?:but|however|i|i'll|i've|i'm|we|we'll|we've|let me|happy to|sorry|apologi\\w*|nothing)\\b",
            Pattern.CASE_INSENSITIVE);

    /** An order handed back has at most this many words; a longer turn has room for help beside it. */
    static final int HANDED_BACK_WORDS = 14;

    /**
     * Three or more words in capitals in a row, at least {@link #SHOUTED_LETTERS} letters: shouting. Placeholders
     * ({@code #NAME#}, {@code [NAME-1]}) and codes joined to digits or dashes are not words here.
     */
    private static final Pattern CAPITALS = Pattern.compile(
            "(?<![#\\[\\w-])[A-Z]{2,}(?![#\\]\\w-])(?:[ ,]+(?<![#\\[\\w-])[A-Z]{2,}(?![#\\]\\w-])){2,}");

    /** A run of capitals shorter than this many letters is acronyms ("DHL UPS DPD"), not shouting. */
    static final int SHOUTED_LETTERS = 10;

    /** A bare order: the turn opens with an imperative. */
    private static final Pattern BARE_ORDER = Pattern.compile(
            "^\\W*(?:reset|check|type|fill|email|send|go|read|refresh|click|call|contact|wait|restart|log|try|provide"
                    + "|give|look|use|open|select|choose|enter|update|clear|delete|reinstall|turn|switch|follow|visit|ring"
                    + "|phone|write|tell)\\b",
            Pattern.CASE_INSENSITIVE);

    /** What makes a short order a courteous or a helped one: please, thanks, sorry, the agent's own part, a question. */
    private static final Pattern COURTEOUS = Pattern.compile(
            "\\?|\\b(?:please|pls|kindly|thanks?|thank you|sorry|i|i'll|i'm|i've|we|we'll|you'll|will|if|then)\\b",
            Pattern.CASE_INSENSITIVE);

    /** An order of at most this many words, to a customer who wrote at least {@link #ORDER_AFTER_WORDS}, is bare. */
    static final int ORDER_WORDS = 8;

    /** A customer turn of at least this many words told the agent something; an order back to it is curt. */
    static final int ORDER_AFTER_WORDS = 6;

    private ToneChecks() {}

    /** The first of this class's kinds the turn shows, as an answer to the customer's turn before. */
    static Optional<ReviewFinding> read(int turn, String text, String customerBefore) {
        return byWords(turn, text, customerBefore)
                .or(() -> curt(turn, text, customerBefore))
                .or(() -> flatNo(turn, text, customerBefore))
                .or(() -> handedBack(turn, text, customerBefore))
                .or(() -> shouting(turn, text, customerBefore))
                .or(() -> bareOrder(turn, text, customerBefore));
    }

    /** The first of the kinds read by their words that the turn shows, as an answer to the customer's turn before. */
    static Optional<ReviewFinding> byWords(int turn, String text, String customerBefore) {
        if (customerBefore.isBlank()) {
            return Optional.empty();
        }
        for (Kind kind : KINDS) {
            Matcher m = kind.words().matcher(text);
            if (m.find() && !kind.unless().matcher(text).find()) {
                return Optional.of(
                        ExchangeChecks.foundAt(turn, kind.category(), text, m.start(), kind.why(), kind.rewrite()));
            }
        }
        return Optional.empty();
    }

    /**
     * A word or two back ("ok", "Noted.", "Website.") to a customer who had just explained their problem at length:
     * whatever it means, it reads as not listening. A yes or no to their question is an answer, not this.
     */
    static Optional<ReviewFinding> curt(int turn, String text, String customerBefore) {
        String t = text.strip();
        if (ExchangeChecks.words(customerBefore) < EXPLAINED_WORDS
                || ExchangeChecks.words(t) > CURT_WORDS
                || t.isEmpty()
                || NOT_CURT.matcher(t).find()
                || ExchangeChecks.THANKS.matcher(customerBefore).find()
                || (customerBefore.contains("?") && YES_NO.matcher(t).find())) {
            return Optional.empty();
        }
        return Optional.of(ExchangeChecks.found(
                turn,
                FindingCategory.DISMISSAL,
                t,
                "A word or two back to someone who has just explained their problem reads as not listening.",
                "Thanks for explaining all that, that's helpful. Let me look into it for you now."));
    }

    /**
     * A short, bare no ("No, that isn't possible.", "We don't do partial refunds.") to something they asked for, with
     * nothing beside it: no other way, no what-can-be-done, not a sorry.
     */
    static Optional<ReviewFinding> flatNo(int turn, String text, String customerBefore) {
        Matcher no = BARE_NO.matcher(text);
        if (!ASKED_FOR.matcher(customerBefore).find()
                || ExchangeChecks.words(text) > FLAT_NO_WORDS
                || !no.find()
                || (SOMETHING_OFFERED.matcher(text).find()
                        && (ExchangeChecks.words(text) > BARE_NO_WORDS || text.contains("?")))) {
            return Optional.empty();
        }
        return Optional.of(ExchangeChecks.foundAt(
                turn,
                FindingCategory.POLICY_FIRST,
                text,
                no.start(),
                "A bare no to what they asked for, with nothing they can do instead, closes the door on them.",
                "I'm sorry, I can't do that one, but here is what I can do instead: let me find the quickest option"
                        + " for you."));
    }

    /**
     * The work handed back to them as the whole answer ("You need to update the app.", "You will have to send them
     * back at your own cost."), with nothing from the agent: no help with it, no sorry, no question.
     */
    static Optional<ReviewFinding> handedBack(int turn, String text, String customerBefore) {
        Matcher need = YOU_NEED_TO.matcher(text);
        if (customerBefore.isBlank()
                || ExchangeChecks.words(text) > HANDED_BACK_WORDS
                || !need.find()
                || FROM_THE_AGENT.matcher(text).find()) {
            return Optional.empty();
        }
        String what = text.substring(need.end()).strip().replaceAll("[.!\\s]+$", "");
        return Optional.of(ExchangeChecks.found(
                turn,
                FindingCategory.DISMISSAL,
                text.strip(),
                "This hands the fix back to them, with nothing from you.",
                "I can help with that. The way to sort it is to " + what
                        + ", and if that doesn't do it, tell me and I'll take it from there."));
    }

    /**
     * A reply with a run of words in capitals ("THE ORDER HAS BEEN SENT."): in a chat it reads as shouting. The
     * rewrite is the same words in ordinary case.
     */
    static Optional<ReviewFinding> shouting(int turn, String text, String customerBefore) {
        Matcher caps = CAPITALS.matcher(text);
        if (customerBefore.isBlank() || !caps.find() || letters(caps.group()) < SHOUTED_LETTERS) {
            return Optional.empty();
        }
        return Optional.of(ExchangeChecks.foundAt(
                turn,
                FindingCategory.REACTIVE,
                text,
                caps.start(),
                "Words in capitals read as shouting at them.",
                inOrdinaryCase(text)));
    }

    /**
     * A bare order back to someone who told you something ("Reset your password.", "Email us the new address."): an
     * imperative and nothing else, no please, no help with it. The rewrite asks the same thing as a request.
     */
    static Optional<ReviewFinding> bareOrder(int turn, String text, String customerBefore) {
        String t = text.strip();
        if (ExchangeChecks.words(customerBefore) < ORDER_AFTER_WORDS
                || ExchangeChecks.words(t) > ORDER_WORDS
                || !BARE_ORDER.matcher(t).find()
                || COURTEOUS.matcher(t).find()) {
            return Optional.empty();
        }
        String asked = t.replaceFirst("^\\W+", "").replaceAll("[.!\\s]+$", "");
        return Optional.of(ExchangeChecks.found(
                turn,
                FindingCategory.DISMISSAL,
                t,
                "A bare order, with nothing of what they had just told you, reads as curt.",
                "Thanks for explaining. Could you " + Character.toLowerCase(asked.charAt(0)) + asked.substring(1)
                        + "? I'll stay with you while you do it, in case anything doesn't work."));
    }

    private static int letters(String text) {
        return (int) text.chars().filter(Character::isLetter).count();
    }

    /** The text with every run of capitals lower-cased, a sentence's first letter and "I" kept capital. */
    static String inOrdinaryCase(String text) {
        StringBuilder out = new StringBuilder(text);
        Matcher caps = CAPITALS.matcher(text);
        while (caps.find()) {
            for (int i = caps.start(); i < caps.end(); i++) {
                boolean sentenceStart = text.substring(0, i).strip().isEmpty()
                        || text.substring(0, i).stripTrailing().matches("(?s).*[.!?:]");
                boolean wordStart = i == 0 || !Character.isLetter(text.charAt(i - 1));
                boolean loneI = text.charAt(i) == 'I'
                        && wordStart
                        && (i + 1 == text.length() || !Character.isLetter(text.charAt(i + 1)));
                if (!(wordStart && sentenceStart) && !loneI) {
                    out.setCharAt(i, Character.toLowerCase(text.charAt(i)));
                }
            }
        }
        return out.toString().strip();
    }
}
