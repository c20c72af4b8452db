package dev.spar.review;

import dev.spar.analysis.FindingCategory;
import dev.spar.analysis.Move;
import dev.spar.analysis.MoveEvidence;
import dev.spar.analysis.Sentences;
import dev.spar.analysis.UtteranceAnalysis;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The checks that need the exchange, not the line alone: an agent turn read against the customer's turn just
 * before it. Distress left unacknowledged, wrapping up while their question or request is still open, asking what
 * they want right after they said it, saying nothing is wrong right after they reported a fault, doubting what they
 * said they did, telling them the details they gave are wrong, a bare fragment of a question, and turning away
 * someone who is not the account holder with the rule alone.
 */
final class ExchangeChecks {
    /** From this intensity on, the customer's turn shows they are upset. */
    static final int UPSET = 40;

    /** From this intensity on, a customer turn without a question still leaves the problem open. */
    static final int HEAT = 15;

    /** A customer turn of at least this many words has told the agent what they want. */
    static final int TOLD_WORDS = 10;

    /** Outside its wrap-up, a turn with fewer words than this said nothing else. */
    static final int SUBSTANCE_WORDS = 4;

    private static final Set<Move> UNDERSTANDING =
            Set.of(Move.ACKNOWLEDGE, Move.EMPATHISE, Move.APOLOGISE, Move.PARAPHRASE);

    /** An opening (greeting, asking for the account) comes before the empathy: the next turn is the one to judge. */
    private static final Set<Move> OPENING = Set.of(Move.GREET, Move.VERIFY);

    private static final Pattern ACKNOWLEDGING_WORDS = Pattern.compile(
            "\\b(?:sorry|apologi[sz]e|apologies|understand|frustrat\\w*|appreciate|oh no|i see|must be|that's not"
                    + " (?:good|right|ok)|regrettabl\\w*|unfortunately)\\b");

    /**
     * Setting to work on their problem at once ("I'll look into it now", "Let me check the driver's notes"): taking
     * it up is itself a sign it was heard, not going straight past it.
     */
    private static final Pattern TAKING_IT_UP = Pattern.compile(
            "\\b(?:i will|i'll|i can|let me|i am going to|i'm going to)(?: just)? (?:look|check|chase|find out|sort|fix"
                    + "|investigate|get (?:this|that|it) sorted)\\b",
            Pattern.CASE_INSENSITIVE);

    static final Pattern WRAP_UP = Pattern.compile(
            "(?:is there )?anything else (?:i|we) can (?:help|assist|do)[^.?!]*[.?!]*"
                    + "|(?:can|may) i help (?:you )?with anything else[^.?!]*[.?!]*"
                    + "|(?:i'm|i am) going to (?:end|close) (?:the|this) chat[^.?!]*[.?!]*"
                    + "|(?:are you still|still) (?:able to chat|there|available(?: to chat)?)[^.?!]*[.?!]*"
                    + "|thank you for chatting(?: today)?[^.?!]*[.?!]*"
                    + "|thanks for chatting(?: with us)?(?: today)?[^.?!]*[.?!]*"
                    + "|have a (?:good|nice|lovely|great) (?:day|evening|weekend)[^.?!]*[.?!]*"
                    + "|(?:is|was) there anything else\\??|(?:i'll|i will) close (?:the|this) chat[^.?!]*[.?!]*",
            Pattern.CASE_INSENSITIVE);

    /** The words around a wrap-up that say nothing about their problem: "Alright", "Glad I could help!", "Thanks for contacting us," */
    private static final Pattern PLEASANTRIES = Pattern.compile(
            "\\b(?:(?:thank you|thanks) for (?:contacting us|chatting with us|your patience)|take care|glad (?:i|we) could"
                    + " help|alright|all right)\\b[.!,]*",
            Pattern.CASE_INSENSITIVE);

    static final Pattern THANKS = Pattern.compile(
            "\\b(?:thanks|thank you|thx|perfect|great|brilliant|that's all|all good|bye|have a (?:nice|good))\\b",
            Pattern.CASE_INSENSITIVE);

    /** Ending the chat, as the agent's closing template says it. */
    private static final Pattern ENDING = Pattern.compile(
            "(?:i'm|i am) going to (?:end|close) (?:the|this) chat[^.?!]*[.?!]*|(?:end|close) the chat now[^.?!]*[.?!]*"
                    + "|(?:i will|i'll) (?:email|e-mail|message|contact|write to) you(?: instead)? (?:as|since|because)"
                    + " (?:there(?:'s| is) |i have |i've )?(?:no|not had an?|had no) (?:response|reply|answer)[^.?!]*[.?!]*",
            Pattern.CASE_INSENSITIVE);

    /** The customer saying they are still lost or not answered, even with a thank-you around it. */
    private static final Pattern STILL_LOST = Pattern.compile(
            "\\b(?:(?:do not|don't|dont|didn't|did not) (?:understand|get it|know what)|not sure|confus\\w*|still (?:not|no)"
                    + "|doesn't work|does not work|didn't work|did not work|not what i (?:asked|meant|said|wanted)|(?:that|this)"
                    + " (?:doesn't|does not) answer)\\b",
            Pattern.CASE_INSENSITIVE);

    /** An opening greeting: the template some teams start every chat with. */
    private static final Pattern GREETING = Pattern.compile(
            "^\\W*(?:hi|hello|hey|good (?:morning|afternoon|evening|day)|thanks? (?:you )?for (?:contacting|getting in"
                    + " touch|reaching out|your (?:message|patience)))\\b",
            Pattern.CASE_INSENSITIVE);

    /** A reply that only acknowledges receipt, whatever was asked. */
    private static final Pattern RECEIPT_ONLY = Pattern.compile(
            "^\\W*(?:ok(?:ay)?|thanks?|thank you|noted|sure|right|alright|all right|one moment|hang on|bear with me|great"
                    + "|perfect)(?:[ ,.!]+(?:please|then|so|thanks?|thank you|one moment|hang on|bear with me|great|perfect"
                    + "|very much|so much))*\\W*$",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern WHAT_DO_YOU_WANT = Pattern.compile(
            "how (?:can|may) i help(?: you)?(?: with (?:this|that|it|this order|your order))?(?: today)?(?: please)?"
                    + "|what (?:would you like|do you want|do you need|can i do for you|is your question|would you like me"
                    + " to do)(?: (?:me )?to do)?(?: please)?|(?:can|could) you tell me what you (?:need|want)",
            Pattern.CASE_INSENSITIVE);

    /**
     * A request or a problem in the customer's words: without one ("Anna Berg, 12 High St, order 5531, it's the
     * oak bed"), they have said who and which, not what they want, and asking is the next step.
     */
    private static final Pattern SAID_WHAT_THEY_WANT = Pattern.compile(
            "\\?|\\b(?:want|wanted|would like|'d like|need|needs|please|can you|could you|help|problem|issue|broken"
                    + "|damaged|missing|wrong|late|delay\\w*|cancel\\w*|return\\w*|refund\\w*|exchange|change|replace\\w*"
                    + "|not|no|never|still|n't|again|accept)\\b|n't\\b",
            Pattern.CASE_INSENSITIVE);

    /** The customer reporting that something does not work, went wrong or has not come. */
    private static final Pattern REPORTED_FAULT = Pattern.compile(
            "\\b(?:(?:doesn't|does not|didn't|did not|won't|will not|isn't|is not|can't|cannot|couldn't|could not)"
                    + " (?:work|load|open|show|arrive|come|go through|accept|let me)|not (?:working|loading|showing|arrived"
                    + "|received|come)|broken|error|crash\\w*|fail\\w*|faulty|wrong|missing|damaged|still (?:no|not|nothing"
                    + "|waiting)|never (?:arrived|came|got))\\b",
            Pattern.CASE_INSENSITIVE);

    /** The agent saying there is nothing wrong, or that all is well on their side. */
    private static final Pattern NOTHING_WRONG = Pattern.compile(
            "\\b(?:there(?:'s| is|s| isn't| is not) (?:no|any|an?) (?:problem|issue|error|fault)s?(?! with \\w+ing\\b)"
                    + "|nothing(?: is|'s)? wrong|(?:it|this|that|everything|all|the \\w+)(?:'s| is) (?:working )?(?:fine|ok"
                    + "|okay|correct|in order|working)(?: \\w+)? (?:on|at|from) our (?:end|side)|(?:on|at|from) our (?:end|side),?"
                    + " (?:it|everything|all)(?:'s| is| looks| seems) (?:fine|ok|okay|right|correct|working))",
            Pattern.CASE_INSENSITIVE);

    /**
     * Questioning whether they really did what they said: "Are you sure you sent it?", "Has it definitely gone?".
     * Checking their choice ("Are you sure you want to cancel?") is not this.
     */
    private static final Pattern DOUBT = Pattern.compile(
            "\\bare you (?:sure|certain)\\b(?! (?:that )?you(?:'d| would)? (?:want|like|wish|need|prefer))"
                    + "|\\b(?:did|have|has|had|was|were) (?:you|it|they|he|she|this|that|the \\w+) (?:definitely|actually"
                    + "|really|even)\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * A whole turn that is a bare fragment of a question: "The card holder?", "Your reference?", "So the grey one?".
     * A word of its own it has none: no verb, no please.
     */
    private static final Pattern FRAGMENT = Pattern.compile(
            "^\\W*(?:(?:so|and|just) )?(?:the|your|his|her|their|a|an)\\b[^.?!]{0,40}\\?\\W*$",
            Pattern.CASE_INSENSITIVE);

    /** Words that make a short question a whole, or a polite, one. */
    private static final Pattern NOT_BARE = Pattern.compile(
            "\\b(?:is|are|was|were|do|does|did|have|has|had|can|could|would|will|shall|should|may|might|please|pls"
                    + "|thanks?|thank you|sorry|else)\\b",
            Pattern.CASE_INSENSITIVE);

    /** The customer asking the agent to do something: "Can you please send me the invoice?". */
    private static final Pattern REQUEST = Pattern.compile(
            "\\b(?:(?:can|could|would) you (?:please |kindly )?|please )(?:send|email|give|tell|check|cancel|change|refund"
                    + "|arrange|call|let me know|confirm|book|reserve|update|correct|resend|forward)\\b",
            Pattern.CASE_INSENSITIVE);

    /** Any word on a request: doing it, agreeing to, or saying it cannot be done. */
    private static final Pattern TOOK_UP = Pattern.compile(
            "\\b(?:i will|i'll|i have|i've|i can|we will|we'll|we have|we've|we can|let me|yes|yeah|sure|of course"
                    + "|certainly|absolutely|done|sent|no problem|cancelled|refunded|changed|arranged|booked|updated|unable"
                    + "|cannot|can't|not able|afraid|unfortunately|regrettably)\\b",
            Pattern.CASE_INSENSITIVE);

    /** Telling the customer flatly that what they gave is not what is on file: "That's not the email on the account." */
    private static final Pattern NOT_ON_FILE = Pattern.compile(
            "\\b(?:this|that|it|these|those)(?: is|'s| are) not (?:the|a|an|your) (?:correct |right |valid |same )?(?:name"
                    + "|e-?mail(?: address)?|number|order number|address|account|details|postcode)\\b[^.?!]*[.?!]*",
            Pattern.CASE_INSENSITIVE);

    /** The customer's turn giving their details: an email, a number, or a name and address. */
    private static final Pattern GAVE_DETAILS = Pattern.compile(
            "\\S+@\\S+\\.\\w+|\\d{4,}|#(?:EMAIL|NUMBER|ADDRESS|NAME)\\w*#|\\[(?:EMAIL|NAME|ADDRESS|ORDER|ACCOUNT)-\\d+]",
            Pattern.CASE_INSENSITIVE);

    /** A softened or searching way of saying it: sorry, afraid, or not found. */
    private static final Pattern SOFTENED = Pattern.compile(
            "\\b(?:sorry|afraid|apologi[sz]e|unfortunately|regrettabl\\w*|(?:can't|cannot|couldn't|could not|unable to) (?:find"
                    + "|see|locate|match))\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * The account holder named as the one the agent may deal with, or the customer as not being them: "We can only
     * speak to the account holder", "you are not named on the account", "from the email registered on the account".
     */
    private static final Pattern NOT_THE_ACCOUNT_HOLDER = Pattern.compile(
            "\\b(?:(?:the )?account ?holder|(?:named|registered|listed) (?:on|to|with) the account|(?:e-?mail|e-mail address"
                    + "|email address) (?:registered|on|linked to) (?:the|their|his|her) account)\\b",
            Pattern.CASE_INSENSITIVE);

    /** What makes naming the account holder a refusal: only, need to, cannot. */
    private static final Pattern ONLY_THEM = Pattern.compile(
            "\\b(?:only|need|needs|have to|has to|must|cannot|can't|can not|unable|not able|not allowed)\\b",
            Pattern.CASE_INSENSITIVE);

    /** A reason that is about keeping their account safe, not the rule on its own. */
    private static final Pattern PROTECTING_THEM = Pattern.compile(
            "\\b(?:to (?:protect|keep)|keeps? (?:\\w+ ){0,3}(?:safe|secure)|for (?:your|their|his|her) (?:security"
                    + "|protection|privacy|safety))\\b",
            Pattern.CASE_INSENSITIVE);

    /** They say they are the account holder, or it is their own account. */
    private static final Pattern THEIR_OWN = Pattern.compile(
            "\\b(?:i am|i'm|you're|you are) (?:the )?account ?holder\\b|\\b(?:my|your) own account\\b",
            Pattern.CASE_INSENSITIVE);

    /** A bare fragment has at most this many words. */
    static final int FRAGMENT_WORDS = 5;

    private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?:\\s|$)");

    private ExchangeChecks() {}

    /**
     * The agent's first turn after the customer showed they were upset, when it neither acknowledges, apologises nor
     * sets to work on their problem: the finding quotes the turn's first sentence and puts an acknowledgement before
     * it.
     */
    static Optional<ReviewFinding> missedEmpathy(
            int turn, String text, UtteranceAnalysis analysis, int customerIntensity, String acknowledgement) {
        if (customerIntensity < UPSET
                || analysis.moves().stream()
                        .anyMatch(m -> UNDERSTANDING.contains(m.move()) || OPENING.contains(m.move()))
                || analysis.has(FindingCategory.EMPATHY)
                || analysis.has(FindingCategory.ACKNOWLEDGEMENT)
                || ACKNOWLEDGING_WORDS.matcher(text.toLowerCase(Locale.ROOT)).find()
                || TAKING_IT_UP.matcher(text).find()) {
            return Optional.empty();
        }
        return Optional.of(found(
                turn,
                FindingCategory.MISSING_ACKNOWLEDGEMENT,
                firstSentence(text),
                "They had just told you how this is affecting them, and this goes straight past it.",
                acknowledgement + ". " + text.strip()));
    }

    /**
     * A turn that only wraps up ("Is there anything else I can help with?") right after the customer asked
     * something or said they are unhappy, without a word on it.
     */
    static Optional<ReviewFinding> closingWhileOpen(int turn, String text, String customerBefore, int intensity) {
        Matcher wrap = WRAP_UP.matcher(text);
        boolean lost = STILL_LOST.matcher(customerBefore).find();
        if (!wrap.find()
                || customerBefore.isBlank()
                || (THANKS.matcher(customerBefore).find() && !lost && !customerBefore.contains("?"))) {
            return Optional.empty();
        }
        // Any heat in their last words ("A refund or a new desk. Unbelievable.") leaves it open, thanks or not.
        boolean open = customerBefore.contains("?") || intensity >= HEAT || lost;
        String rest =
                PLEASANTRIES.matcher(WRAP_UP.matcher(text).replaceAll(" ")).replaceAll(" ");
        if (!open || (words(rest) >= SUBSTANCE_WORDS && intensity < UPSET)) {
            return Optional.empty();
        }
        return Optional.of(found(
                turn,
                FindingCategory.CLOSING_WHILE_OPEN,
                wrap.group().strip(),
                customerBefore.contains("?")
                        ? "They had just asked you something and it was left unanswered."
                        : "They had just said they were unhappy and it was left there.",
                "Let me come back to what you just said before anything else: I'll check it now and tell you what I"
                        + " find. Does that work?"));
    }

    /**
     * Wrapping up ("Anything else I can help with?") right after they asked you to do something, without a word on
     * it: neither doing it, nor agreeing to, nor saying it cannot be done. Whatever else the turn says, their request
     * is left behind.
     */
    static Optional<ReviewFinding> closingPastTheirRequest(int turn, String text, String customerBefore) {
        Matcher wrap = WRAP_UP.matcher(text);
        Matcher request = REQUEST.matcher(customerBefore);
        if (!wrap.find()
                || !request.find()
                || TOOK_UP.matcher(WRAP_UP.matcher(text).replaceAll(" ")).find()) {
            return Optional.empty();
        }
        return Optional.of(found(
                turn,
                FindingCategory.CLOSING_WHILE_OPEN,
                wrap.group().strip(),
                "They had just asked you for something (\"" + request.group().strip()
                        + "\"), and this wraps up without a word on it.",
                (text.substring(0, wrap.start()).strip() + " And about what you asked: I'll see to that now and"
                                + " confirm once it's done. Is there anything else I can help with?")
                        .strip()));
    }

    /** Asking what they want ("How can I help?") right after they explained it at length. */
    static Optional<ReviewFinding> askedWhatTheyToldYou(
            int turn, String text, String customerBefore, UtteranceAnalysis analysis) {
        Matcher ask = WHAT_DO_YOU_WANT.matcher(text);
        if (words(customerBefore) < TOLD_WORDS
                || !SAID_WHAT_THEY_WANT.matcher(customerBefore).find()
                || !ask.find()
                || analysis.moves().stream().map(MoveEvidence::move).anyMatch(m -> m == Move.PARAPHRASE)
                || GREETING.matcher(text).find()) {
            return Optional.empty();
        }
        return Optional.of(found(
                turn,
                FindingCategory.REASK,
                ask.group(),
                "They had just explained what they need.",
                "Thanks for explaining. So you'd like this sorted: let me look into it now and tell you what I can"
                        + " do."));
    }

    /**
     * A turn that asks the customer something and ends the chat before they can answer: "Which items please? ...
     * I'm going to end the chat now". The wrap-up's own questions ("Anything else?") do not count.
     */
    static Optional<ReviewFinding> endedBeforeTheyCouldAnswer(int turn, String text) {
        Matcher end = ENDING.matcher(text);
        if (!end.find()
                || !WRAP_UP.matcher(text.substring(0, end.start()))
                        .replaceAll(" ")
                        .contains("?")) {
            return Optional.empty();
        }
        return Optional.of(found(
                turn,
                FindingCategory.CLOSING_WHILE_OPEN,
                end.group().strip(),
                "You asked them something and ended the chat before they could answer.",
                text.substring(0, end.start()).strip() + " Take your time, I'll wait for your answer."));
    }

    /** A reply that only acknowledges receipt ("Thank you", "Okay, hang on") right after the customer asked something. */
    static Optional<ReviewFinding> unanswered(int turn, String text, String customerBefore) {
        if (!customerBefore.contains("?") || !RECEIPT_ONLY.matcher(text).find()) {
            return Optional.empty();
        }
        return Optional.of(found(
                turn,
                FindingCategory.UNANSWERED,
                text.strip(),
                "They had just asked you something.",
                "Good question: let me check that for you now, and I'll answer it before we go on."));
    }

    /**
     * Saying nothing is wrong ("Everything is fine on our side.") right after the customer reported that something
     * does not work: their problem is denied rather than looked into.
     */
    static Optional<ReviewFinding> deniedTheirProblem(int turn, String text, String customerBefore) {
        Matcher denial = NOTHING_WRONG.matcher(text);
        if (!REPORTED_FAULT.matcher(customerBefore).find() || !denial.find()) {
            return Optional.empty();
        }
        return Optional.of(foundAt(
                turn,
                FindingCategory.DISMISSAL,
                text,
                denial.start(),
                "They had just told you something is not working, and this says there is nothing wrong.",
                "I'm sorry it's still not working for you. It looks right from what I can see here, so let's find out"
                        + " together what's going wrong: what do you see when you try?"));
    }

    /**
     * Asking whether they really did what they said ("Are you sure you sent it?", "Did you actually post it?"):
     * it questions their account instead of looking for what went wrong.
     */
    static Optional<ReviewFinding> doubtedTheirWord(int turn, String text, String customerBefore) {
        Matcher doubt = DOUBT.matcher(text);
        if (customerBefore.isBlank() || !doubt.find()) {
            return Optional.empty();
        }
        return Optional.of(foundAt(
                turn,
                FindingCategory.JUDGEMENTAL_FRAMING,
                text,
                doubt.start(),
                "This asks whether they really did what they told you.",
                "Thanks. I can't see it on my side yet, so let me check where it has got to and come back to you."));
    }

    /**
     * Telling them flatly that the details they just gave are not the ones on file ("That's not the email on the
     * account"): it says they got it wrong, where "I can't find a match" says what happened.
     */
    static Optional<ReviewFinding> toldTheirDetailsAreWrong(int turn, String text, String customerBefore) {
        Matcher wrong = NOT_ON_FILE.matcher(text);
        if (!GAVE_DETAILS.matcher(customerBefore).find()
                || SOFTENED.matcher(text).find()
                || !wrong.find()) {
            return Optional.empty();
        }
        return Optional.of(foundAt(
                turn,
                FindingCategory.JUDGEMENTAL_FRAMING,
                text,
                wrong.start(),
                "They had just given you their details, and this tells them they got them wrong.",
                "Thanks for those. I can't find a match for them on our side yet: could you check the name and email"
                        + " the order was placed under?"));
    }

    /**
     * A turn that is only a bare fragment of a question ("The card holder?") after the customer said something: it
     * reads as curt, an interrogation rather than help. The rewrite asks the same thing as a whole, polite question.
     */
    static Optional<ReviewFinding> bareFragment(int turn, String text, String customerBefore) {
        String t = text.strip();
        if (customerBefore.isBlank()
                || words(t) > FRAGMENT_WORDS
                || !FRAGMENT.matcher(t).find()
                || NOT_BARE.matcher(t).find()
                || WRAP_UP.matcher(t).find()) {
            return Optional.empty();
        }
        String asked = t.replaceFirst("(?i)^\\W*(?:(?:so|and|just) )?", "").replaceAll("[?\\s]+$", "");
        String lowered = Character.toLowerCase(asked.charAt(0)) + asked.substring(1);
        return Optional.of(found(
                turn,
                FindingCategory.DISMISSAL,
                t,
                "A few words and a question mark, with nothing of what they had just told you, reads as curt.",
                "Thanks, that helps. So I can sort this out, could you tell me " + lowered + ", please?"));
    }

    /**
     * Turning away someone who is not the account holder with the rule alone ("We can only speak to the account
     * holder", "you are not named on the account"): a real limit, but given as the whole answer, without why it is
     * there or the quickest way through, it leaves the person who came for help with nothing.
     */
    static Optional<ReviewFinding> turnedAwayByTheRule(int turn, String text, String customerBefore) {
        Matcher holder = NOT_THE_ACCOUNT_HOLDER.matcher(text);
        if (customerBefore.isBlank()
                || !holder.find()
                || !ONLY_THEM.matcher(text).find()
                || PROTECTING_THEM.matcher(text).find()
                || THEIR_OWN.matcher(text).find()
                || THEIR_OWN.matcher(customerBefore).find()) {
            return Optional.empty();
        }
        return Optional.of(foundAt(
                turn,
                FindingCategory.POLICY_FIRST,
                text,
                holder.start(),
                "This turns them away with the rule alone: not why it is there, nor the quickest way through.",
                "I'd like to help with this. To keep the account safe, changes need the account holder's okay: if they"
                        + " message us from their email or join this chat, I'll sort it straight away."));
    }

    private static String firstSentence(String text) {
        String t = text.strip();
        Matcher end = SENTENCE_END.matcher(t);
        return end.find() ? t.substring(0, end.end()).strip() : t;
    }

    /**
     * A problem found in the turn: the finding quotes the agent's words, says why at this moment before the
     * category's own reason, and offers the rewrite.
     */
    static ReviewFinding found(int turn, FindingCategory category, String quote, String why, String rewrite) {
        return new ReviewFinding(turn, category, quote, why + " " + category.why(), Optional.of(rewrite));
    }

    /** A problem found at a place in the turn, as {@link #found}: the finding quotes the sentence there. */
    static ReviewFinding foundAt(int turn, FindingCategory category, String text, int at, String why, String rewrite) {
        return found(turn, category, sentenceAround(text, at), why, rewrite);
    }

    /** The sentence of {@code text} that holds the character at {@code at}, as the analysis splits sentences. */
    static String sentenceAround(String text, int at) {
        return Sentences.split(text, text.length()).stream()
                .filter(sentence -> sentence.end() > at)
                .findFirst()
                .map(sentence -> text.substring(sentence.start(), sentence.end()))
                .orElse(text.strip());
    }

    static int words(String text) {
        String t = text.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }
}
