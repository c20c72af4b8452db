package dev.spar.understanding;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** The openings of a question typed without its question mark ("can you tell me the order number"). */
final class QuestionWords {
    private QuestionWords() {}

    /**
     * A question that says it asks again ("what was the order number again?", "when did u say it started?",
     * "when's the stag again and where?").
     */
    static final Pattern AGAIN = Wording.pattern(
            "(?:what|when|who|where|which|how much|how many|how long)\\b[^?]*\\bagain(?=\\s*\\??\\s*$)|did (?:you|u) say"
                    + "|was it you said|you said it was|\\b(?:repeat|say (?:it|that) again|one more time|once more)\\b"
                    + "|(?:what|when|who|where|which|how much|how long)(?:'s| is| was| were| are)\\b[^?.!]*\\bagain\\b");

    /**
     * A statement that asks for what was said by saying it was missed: "sorry, I didn't catch the account number",
     * "I forgot to write the reference down". It asks only when it names one of the conversation's topics.
     */
    static final Pattern MISSED = Wording.pattern(
            "\\bi (?:didn'?t|did not|don'?t think i|never) (?:catch|get|hear|note|write down|take down|quite catch|quite get)"
                    + "|\\bi (?:missed|lost|forgot|forget) (?:the|your|that|which|what)\\b|\\bi forgot to (?:write|note|take|jot|copy)"
                    + "|\\bremind me (?:of |what )?(?:the|your)\\b"
                    + "|\\bi (?:missed|lost|didn'?t (?:catch|get)) (?:a|one|the last|the first|that last|a couple of) (?:digit|number|letter|character|bit)s?\\b");

    /** A reference code, an email or a web address: a fact that is never a sum, a count, a date or a person. */
    static final Pattern REFERENCE =
            Pattern.compile("^(?=[A-Za-z0-9#/-]*\\d)[A-Za-z0-9#/-]*[A-Za-z#][A-Za-z0-9#/-]*$|@|^https?://|^www\\.");

    /** A question about the present figure: "now", "at the moment", "after the rise". */
    static final Pattern NOW = Pattern.compile(
            "\\b(?:now|currently|at the moment|these days|after the (?:rise|increase|change|price rise))\\b");

    /** A question about the figure before a change: "before the price went up", "what did you use to pay". */
    static final Pattern BEFORE = Pattern.compile(
            "\\bbefore (?:the|it|they|that|this) (?:[\\w-]+ ){0,2}(?:rise|rose|increase|went up|hike|change|changed|put it up)"
                    + "|\\bused to (?:pay|be charged)|\\b(?:previously|originally)\\b");

    /** A question about how long they have been a customer ("how long you been with us?"), in any words. */
    static final Pattern TENURE = Pattern.compile(
            "\\bbeen (?:with (?:us|them|you|u)|a (?:customer|member|client))\\b|\\b(?:customer|member|client) (?:for|since)\\b");

    /**
     * A statement that asks for something by needing it: "I'll need the order reference to pull it up", "can I get
     * your account number", "acct no. pls". It asks only when it names one of the conversation's topics.
     */
    static final Pattern REQUEST = Wording.pattern(
            "\\bi(?:'ll| will|'d)? (?:just )?need (?:the|your|ur)\\b|\\b(?:can|could|may) i (?:get|have|grab|take) (?:the|your|ur)\\b"
                    + "|\\b(?:pls|plz|please)\\s*[.!]?\\s*$|\\b(?:send|give|read) me (?:the|your|ur)\\b"
                    // "can u repeat that email", "account no again pls": asking for it said once more.
                    + "|\\b(?:repeat|say (?:it|that) again|one more time|once more)\\b|\\bagain,? (?:pls|plz|please)\\b");

    /**
     * What a question asks for, and what a line that already gave it looks like: "how long have you been with us?"
     * after "seven years I've been with you", "which line is it?" after "the 0700 line".
     *
     * @param question the question's opening, or words in it, that ask for this kind of thing
     * @param given what a line of the other side that gave it says (a date, an amount, a name, a reason...)
     * @param reach how close the question must come to the line that gave it
     */
    record Sought(Pattern question, Pattern given, Reach reach) {}

    /** How close a question must come to a line that gave what it asks for, to ask it again. */
    enum Reach {
        /** The other side's last line has the shape of the answer: nothing more is needed ("that's why"). */
        LAST_LINE,
        /**
         * A line of theirs shares a word with the question ("purchase" and "bought" count as one), or the question
         * names nothing of its own and their last line gave it ("how long have you been with us?").
         */
        SHARED_WORD_OR_BARE,
        /** A line of theirs shares a word with the question. */
        SHARED_WORD
    }

    private static final String FILLER =
            "^(?:(?:oh|ok|okay|well|so|and|but|wait|sorry|hang on|um+|erm+|right|alright|just|quickly|remind me)[,.!]?\\s+)*";

    private static final String NUMBER_WORD =
            "(?:\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|a couple of|several|many)";

    /** The kinds of thing a question asks for, each with the shape of a line that gave it. */
    static final List<Sought> SOUGHT = List.of(
            // A day, a date or a time.
            new Sought(
                    Pattern.compile(FILLER
                            + "(?:when(?:'s|s| is| was| were| did| do| does| will| would| can| could| are| exactly)\\b|when\\s*\\?|what (?:day|date|time)s?\\b|which (?:day|date|night|week)s?\\b)"
                            + "|\\band when\\b"),
                    Pattern.compile(
                            "(?i)\\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mondays|tuesdays|wednesdays"
                                    + "|thursdays|fridays|saturdays|sundays|tomorrow|tonight|yesterday|today|last (?:week|month|year|night)"
                                    + "|\\d{1,2}(?:st|nd|rd|th)|january|february|march|april|june|july|august|september|october|november"
                                    + "|december|\\d{1,2}(?::\\d\\d)?\\s*(?:am|pm)|" + NUMBER_WORD
                                    + " (?:days?|weeks?|months?|years?) (?:ago|after|before|later)"
                                    + "|day (?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten))\\b"),
                    Reach.SHARED_WORD_OR_BARE),
            // An amount of money ("how much were you charged?", "what am I on at the moment?").
            new Sought(
                    Pattern.compile(FILLER + "(?:how much\\b|what (?:did|does|do|is|was|will) (?:it|that|this) cost"
                            + "|what's the (?:cost|price|damage|amount|fee|total|figure)|what (?:am i|are you|is she|is he) on\\b"
                            + "|what(?:'s| is) (?:my|your|the) (?:salary|pay|rate|bill))"),
                    Pattern.compile(
                            "(?i)[$£€]\\s?\\d|\\b\\d[\\d,.]*\\s*(?:k|grand|dollars|pounds|quid|bucks|euros)\\b"),
                    Reach.SHARED_WORD_OR_BARE),
            // A length of time ("how long have you been with us?").
            new Sought(
                    Pattern.compile(FILLER + "how long\\b"),
                    Pattern.compile("(?i)\\b" + NUMBER_WORD + " (?:years?|months?|weeks?|days?|hours?|minutes?)\\b"),
                    Reach.SHARED_WORD_OR_BARE),
            // A person ("who did you speak to?", "do you remember who you spoke to?").
            new Sought(
                    Pattern.compile(FILLER
                            + "who\\b(?! (?:should|can|could|do|shall|will|would) (?:i|we)\\b)|\\bwho (?:you|u) (?:spoke|talked|dealt|chatted|had)\\b"
                            + "|what(?:'s| was| is) (?:their|his|her|the \\w+'s) name"),
                    Pattern.compile(
                            "(?<![.!?]\\s)(?<!^)\\b(?!(?:I|I'm|I've|I'll|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday"
                                    + "|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\\b)"
                                    + "[A-Z][a-z]{2,}\\b"),
                    Reach.SHARED_WORD_OR_BARE),
            // A reason, asked of them after they gave theirs ("what's made you decide to leave?" after "...that's
            // why").
            new Sought(
                    Pattern.compile(FILLER
                            + "(?:why (?:are|did|do|have|would|were) (?:you|u)\\b|what(?:'s| has| have)? (?:made|making|brought|prompted)"
                            + " (?:you|u)\\b|how come (?:you|u)\\b|what(?:'s| is) (?:your|the) reason)"),
                    Pattern.compile(
                            "(?i)\\b(?:because|cos|'cause|that's why|thats why|that is why|the reason|which is why)\\b"),
                    Reach.LAST_LINE),
            // An email address.
            new Sought(Pattern.compile("\\be-?mail\\b"), Pattern.compile("\\S+@\\S+\\.\\w+"), Reach.LAST_LINE),
            // A reference: an account, order, job or ticket number ("which line is it?" after "the 0700 line").
            new Sought(
                    Pattern.compile(
                            "\\b(?:(?:account|order|reference|ref|job|ticket|case|booking|invoice|policy|tracking|line"
                                    + "|membership|customer) (?:number|no|num|#|id|code)|which (?:account|order|line|job|ticket|booking"
                                    + "|invoice|number))\\b"),
                    Pattern.compile("(?i)\\b[a-z]{0,4}-?\\d{3,}\\b"),
                    Reach.SHARED_WORD_OR_BARE),
            // Whether they did what they had just said they did ("have you been in touch with Hollis?" after "I rang
            // Hollis yesterday", "did you try restarting it?" after "I did the updates, a reset, the lot").
            new Sought(
                    Pattern.compile(
                            FILLER
                                    + "(?:(?:and|so|but) )?(?:did|have|had|has) (?:you|u|they|your \\w+)(?: (?:already|actually"
                                    + "|ever|at all|been able to|yet))? (?:try|tried|been in touch|get in touch|got in touch|contact|contacted"
                                    + "|speak|spoken|spoke|call|called|ring|rung|rang|phone|phoned|email|emailed|check|checked|reset|restart"
                                    + "|restarted|update|updated|write|written|wrote|send|sent|talk|talked|receive|received|get|got|been paid)\\b"),
                    Pattern.compile(
                            "(?i)\\b(?:i|we|they)(?:'ve| have| had|'d)? (?:all |already |actually |just |also |even )?(?:tried|rang"
                                    + "|called|phoned|emailed|contacted|spoke|spoken|talked|checked|did|done|reset|restarted|updated|wrote"
                                    + "|sent|messaged|rung|got|received|been paid)\\b|\\bthe lot\\b|\\bdid everything\\b"),
                    Reach.SHARED_WORD),
            // What they wrote or said, after they quoted it ("what did you actually write?" after "I wrote '...'").
            new Sought(
                    Pattern.compile(FILLER
                            + "(?:can you tell me |tell me )?what (?:did|have) (?:you|u) (?:actually |exactly |really )?"
                            + "(?:write|wrote|written|say|said|put|tell|told|type|typed)\\b"),
                    Pattern.compile("(?i)\\bi (?:wrote|said|put|told (?:her|him|them)|typed|sent)\\b"),
                    Reach.LAST_LINE),
            // What went wrong ("what exactly went wrong with the payroll?").
            new Sought(
                    Pattern.compile(
                            FILLER + "what (?:exactly |actually |really )?(?:went wrong|happened|is wrong|was wrong"
                                    + "|'s wrong|'s the (?:problem|issue)|is the (?:problem|issue)|was the (?:problem|issue))"),
                    Pattern.compile("\\w"),
                    Reach.SHARED_WORD));

    /**
     * Words that say the same thing in a question and the answer it got ("purchase" and "bought", "spoke" and
     * "phone"); each word maps to the name of its group.
     */
    static final Map<String, String> SAME_THING = groups(
            "buy bought buying purchase purchased order ordered",
            "call called calling ring rang phone phoned spoke speak speaking talk talked talking chat chatted",
            "send sent sending post posted return returned returns",
            "pay paid paying charge charged charging took taken bill billed debit debited cost costs price fee"
                    + " renew renewal renewed",
            "start started starting begin began began first",
            "come came coming visit visiting",
            "leave leaving left cancel cancelling switch switching",
            "suspend suspended suspension",
            "customer customers member members client clients years tenure loyal",
            "decision decide decided answer verdict",
            "business company shop firm bakery cafe salon studio restaurant store agency",
            "competitor rival vendor alternative instead",
            "fast express quick speedy",
            "hold holding wait waiting waited queue queued stuck",
            "shipping delivery postage",
            "current currently latest new now",
            "reset resetting restart restarted restarting reboot rebooted factory",
            "contact contacted touch emailed messaged wrote",
            "owe owed owing outstanding unpaid overdue");

    /**
     * A question that asks beyond what they gave ("how much of that was the fee?", "when did you call after that?",
     * "who else did you speak to?"), or for their wishes ("how much were you hoping to pay?"): a follow-up, not
     * asking again.
     */
    static final Pattern FOLLOW_UP = Wording.pattern(
            "of (?:that|it|this|those|them)|else|other|more|extra|left|remaining|the rest|instead|per (?:month|year|week|day)"
                    + "|each|next|before that|after that|since then|apart from|besides|a month|a year|on top"
                    + "|(?:you|u) (?:expecting|expect|hoping|hope|wanting|prefer|reckon)|would (?:you|u) (?:like|prefer|want)"
                    + "|should");

    /** Words a question can carry that say nothing of what it is about ("at the moment", "exactly"). */
    static final Set<String> NOT_ABOUT = Set.of(
            "moment",
            "exactly",
            "actually",
            "please",
            "usually",
            "currently",
            "remind",
            "remember",
            "confirm",
            "quickly",
            "decide",
            "decided",
            "talking",
            "affected",
            "long",
            "many",
            "sorry",
            "wait",
            "hang",
            "again",
            "tell",
            "know");

    private static Map<String, String> groups(String... groups) {
        java.util.HashMap<String, String> map = new java.util.HashMap<>();
        for (String group : groups) {
            String[] words = group.split(" ");
            for (String w : words) {
                map.putIfAbsent(w, words[0]);
            }
        }
        return Map.copyOf(map);
    }

    /**
     * A question for a count, a sum or a length of time typed after a lead-in and a pause, without its question mark:
     * "ok be honest w me, how many ppl are paying".
     */
    static final Pattern ASKED_AFTER_A_PAUSE =
            Pattern.compile("[,;:]\\s+(?:how (?:many|long)\\b|how much (?!(?:i|we)\\b)|(?:by|until|till) when\\b)");

    /** A sentence opening that asks, whatever its last character. */
    static final Pattern OPENING = Wording.openingAfter(
            "wait|sorry|hang on|um+|erm+",
            "(?:can|could|would|will) (?:you|u) (?:please )?(?:tell|give|send|confirm"
                    + "|let me know|check|provide|share|read|spell|remind)|(?:can|could|may) i (?:please )?(?:have|get|ask|take|grab"
                    + "|check)|what(?:'s| is| was| are| were| did| do| does)|whats|wats|wots|when(?:'s| is| was| did| will| do| does"
                    + "| can)|where(?:'s| is| was| did| are| do| does)|who(?:'s| is| was| did)|who (?!cares|knows|says|needs)[a-z]+s(?: (?:off|after|with|for|on|up|out|over))? (?:the|your|ur|our|their|that|this|it|them)\\b|which (?!(?:is|was|means|would|will|makes|has|i|we)\\b)\\w+|why (?:did|is|was|do|does|are|were|has|have|would)|how (?:long|much|many|often|did|do"
                    + "|does|is|was|are|can|come)|do (?:you|u) (?:have|know|remember)|did (?:you|u)|have (?:you|u)|are (?:you|u)"
                    + "|is (?:it|there|that|this)|tell me (?:the|your|ur|what|when|where|how)"
                    + "|(?:by|until|till) when|(?:on|by) (?:what|which) (?:day|date)");

    /** Words any question may have, which say nothing of what it asks about ("what", "would", "your"). */
    static final Set<String> ASKING = Set.of(
            "what",
            "what's",
            "when",
            "where",
            "which",
            "much",
            "many",
            "long",
            "does",
            "have",
            "your",
            "you're",
            "they",
            "them",
            "that",
            "this",
            "with",
            "from",
            "about",
            "would",
            "could",
            "should",
            "there",
            "their",
            "were",
            "will",
            "just",
            "again",
            "roughly",
            "actually",
            "exactly",
            "need",
            "know",
            "tell",
            "think",
            "the",
            "and",
            "for",
            "you",
            "are",
            "was",
            "did",
            "can",
            "how",
            "who",
            "why",
            "our",
            "his",
            "her",
            "its",
            "but",
            "not",
            "all",
            "any",
            "get",
            "got",
            "now",
            "one",
            "has",
            "had",
            "say",
            "said",
            "ask",
            "like",
            "some",
            "into",
            "over",
            "then",
            "than",
            "whats",
            "who's",
            "where's",
            "when's",
            "i'll",
            "i'm",
            "it's",
            "please",
            "pls");
}
