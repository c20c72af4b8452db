package dev.spar.understanding;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What kind of thing a fact is, as a question asks for it: "when's the wedding?" asks for a date, "who did you
 * speak to?" for a person, without naming the fact. Read from the fact's key and value.
 */
enum FactKind {
    /** A day, a date or a time ("Saturday", "the 14th of June", "3pm"). */
    WHEN(
            "(?:(?:on|by|until|till|for) (?:what|which) (?:day|date)|(?:by|until|till) when|when|what (?:day|date|time)|which (?:day|date)|how (?:far (?:off|away|out)|soon)"
                    + "|(?:what(?:'s| is| was| were)|whats) (?:the|your|ur|their|our) (?:[\\w-]+ ){0,2}(?:date|deadline)s?)\\b",
            "date|day|deadline|time|launch|start|week|month|renewal",
            "\\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|today|next \\w+|\\d{1,2}(?:st|nd|rd|th)"
                    + "|january|february|march|april|may|june|july|august|september|october|november|december|\\d{1,2}(?::\\d\\d)?\\s*(?:am|pm))\\b"),
    /** An amount of money. */
    HOW_MUCH(
            "(?:how much(?! (?:longer|more time|time|of|further|more of)\\b)|what (?:did|does|do|is|was|will) (?:it|that|this) cost"
                    + "|what (?:did|does|will|would) (?:it|that|this|the \\w+|\\w+) set (?:you|u) back|what (?:number|figure)"
                    + "|what (?:are|r|do) (?:you|u|they) (?:paying|pay|charging)|what (?:you're|you are|ur) (?:paying|being charged)"
                    + "|what (?:were|was) (?:you|u) (?:paying|being charged)|what (?:you|u) (?:were|was) (?:paying|being charged)"
                    + "|what (?:did|do|does|will|would) (?:they|you|we|it|that|this) (?:charge|cost|take)|what (?:were|are) you charged"
                    + "|what (?:did )?(?:you|u) (?:use|used) to (?:pay|be charged)"
                    + "|what(?:'s| is| was| were) the (?:cost|price|damage|bill|total)"
                    // Money gone, in any words: "what came out?", "how far in the red are you?".
                    + "|what (?:came|went|comes|goes|come|go) out|what (?:did|have) (?:they|you|u) (?:take|taken)"
                    + "|how far (?:in|into) the red|how (?:far|much) (?:behind|short|down|out of pocket)"
                    + "|what(?:'s| is) (?:the|your|ur) (?:burn|loss|shortfall)"
                    // What another business asks of them: "what did Rotaflow quote you?", "what were you quoted?".
                    + "|what (?:did|does|do|have|has|would|will) (?:[\\w-]+ ){1,2}(?:quote|quoted|offer|offered|charge|want) (?:you|u)\\b"
                    + "|what (?:were|was|have) (?:you|u) (?:been )?(?:quoted|offered))\\b",
            "amount|fee|price|cost|salary|balance|rate|quote|outstanding|offer|charge",
            "[$£€]\\s?\\d"),
    /** A person. */
    WHO(
            "who\\b",
            "rep|name|colleague|contact|partner|friend|editor|fiancee|granddaughter|accounts|backup|manager",
            "^(?:his |her |the )?(?:\\w+ )?[A-Z][a-z]+$"),
    /** A place. */
    WHERE(
            "(?:where(?:abouts)?|which (?:place|depot|branch|store|shop|address|office|club|gym|site|location|centre|center))\\b",
            "depot|address|venue|drop_off|location|place|branch|store|office|club|site|centre|center|hub",
            "\\b(?:street|road|row|lane|avenue|depot|barn|newsagent|warehouse)\\b"),
    /** A length of time. */
    HOW_LONG(
            "how long\\b",
            "days|years|months|hours|weeks|length|age|wait|hold",
            "\\b(?:days?|years?|months?|hours?|weeks?|minutes?)\\b"),
    /** What something is called: a business, a shop, a product ("what's the gym called?"). */
    NAMED(
            "(?:what(?:'s| is| was)|whats) (?:the|your|ur|their) (?:\\w+ ){0,2}(?:called|named)|(?:what(?:'s| is)|whats) (?:the|your|ur) (?:\\w+ )?name\\b"
                    + "|which (?:company|firm|business|lender|bank|provider|insurer|supplier|brand)\\b",
            "name|business|company|shop|gym|bakery|firm|brand|competitor|rival|club|product|plan|vendor|lender|insurer|provider",
            "^(?:the )?[A-Z][a-z][\\w&'-]*(?: (?:&|[A-Z][a-z][\\w&'-]*))*$"),
    /** A count of things ("140 subscribers", "nine nights"): not money, not a date or a time of day. */
    HOW_MANY(
            "how many\\b",
            "count|number_of|nights|visits|seats|users|subscribers|people|staff|times|missed",
            "^(?:about |around |roughly |over |nearly |almost |just |only )?(?:\\d[\\d,.]*|one|two|three|four|five|six|seven"
                    + "|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred)\\b(?!\\s*(?:am|pm)\\b)(?!(?:st|nd|rd|th)\\b)");

    private static final Pattern FILLER =
            Pattern.compile("^(?:(?:oh|ok|okay|well|so|and|but|wait|sorry|hang on|um+|erm+|right|alright)[,.!]?\\s+)*");

    /** Words before a question that only lead into it ("could you tell me", "just so I have it right"). */
    private static final Pattern LEAD_IN = Pattern.compile(
            "^(?:just so i (?:have it right|know|understand|can check)|just to (?:check|confirm)|quick one(?: first)?|can i ask"
                    + "|remind me(?: again)?"
                    + "|could i ask|may i ask|can (?:you|u) tell me|could (?:you|u) tell me|do (?:you|u) know|do (?:you|u) remember"
                    + "|mind telling me|tell me)[,:]?\\s+");

    /** Words that only ask for a rough answer ("roughly how much", "about when", "approximately how many"). */
    private static final Pattern ROUGHLY = Pattern.compile(
            "^(?:roughly|about|around|approximately|approx|more or less|ballpark|at a guess|off the top of your head)[,]?\\s+");

    /**
     * A question word said last, as people echo what they heard: "and the suit was how much?", "it's stuck where
     * exactly?".
     */
    private static final Pattern ASKED_LAST = Pattern.compile(
            "\\b(how much|how many|how long|when|where|who)(?: (?:again|exactly|then|now|roughly))?\\W*$");

    /** Where a question may start inside a sentence: after a pause ("Thanks Helen, what's..."). */
    private static final Pattern PAUSE = Pattern.compile("[,;:]\\s*");

    /** A clause that says when, in the order of a statement: "when you have it", "once you've checked". */
    private static final Pattern WHEN_CLAUSE = Pattern.compile(
            "(?:when|whenever|once|as soon as|if) (?:you|u|you've|you're|it|it's|they|they've|he|she|we|i)\\b(?!\\s*\\?)");

    private final Pattern question;
    private final Pattern key;
    private final Pattern value;

    FactKind(String question, String key, String value) {
        this.question = Pattern.compile(question);
        this.key = Pattern.compile(key);
        this.value = Pattern.compile(value, value.contains("[A-Z]") ? 0 : Pattern.CASE_INSENSITIVE);
    }

    /** Returns the kind a question's opening asks for ("when's the wedding" asks {@link #WHEN}). */
    static Optional<FactKind> askedIn(String normalisedSentence) {
        java.util.List<String> starts = new java.util.ArrayList<>();
        starts.add(normalisedSentence);
        java.util.regex.Matcher pause = PAUSE.matcher(normalisedSentence);
        while (pause.find()) {
            String after = normalisedSentence.substring(pause.end());
            // "What's your order number, when you have it?": a clause after a pause that says when they can answer
            // asks nothing of its own.
            if (!WHEN_CLAUSE.matcher(after).lookingAt()) {
                starts.add(after);
            }
        }
        for (String start : starts) {
            String words = FILLER.matcher(start).replaceFirst("");
            String asked =
                    ROUGHLY.matcher(LEAD_IN.matcher(words).replaceFirst("")).replaceFirst("");
            Optional<FactKind> kind = Arrays.stream(values())
                    .filter(k -> k.question.matcher(asked).lookingAt())
                    .findFirst();
            if (kind.isPresent()) {
                return kind;
            }
        }
        java.util.regex.Matcher last = ASKED_LAST.matcher(normalisedSentence);
        if (last.find()) {
            return Arrays.stream(values())
                    .filter(k -> k.question.matcher(last.group(1)).lookingAt())
                    .findFirst();
        }
        return Optional.empty();
    }

    /** Returns whether a fact topic is of this kind by its key: the kind of thing its name says it is. */
    boolean fitsByKey(Topic topic) {
        return topic.value().isPresent() && key.matcher(topic.id()).find();
    }

    /**
     * Returns whether a fact topic is of this kind by its key and its value alike: the lender "Hollis Mortgage" is a
     * name by both, "her car insurance" is an insurer by its key only.
     */
    boolean fitsByKeyAndValue(Topic topic) {
        return fitsByKey(topic) && value.matcher(topic.value().orElseThrow()).find();
    }

    /**
     * A value that could say when or for how long: a number, a count or a unit of time. "The spring collection
     * launch" names an event, not its date, whatever its key says.
     */
    private static final Pattern TIMELIKE = Pattern.compile(
            "\\d|\\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty"
                    + "|hundred|days?|weeks?|months?|years?|hours?|minutes?|morning|afternoon|evening|night|noon|midnight)\\b",
            Pattern.CASE_INSENSITIVE);

    /** Returns whether a fact topic is of this kind, by its key or its value. */
    boolean fits(Topic topic) {
        if (topic.value().isEmpty()) {
            return false;
        }
        String said = topic.value().get();
        if (value.matcher(said).find()) {
            return true;
        }
        // A date asked for is not answered by the name of the event it is the date of.
        return key.matcher(topic.id()).find()
                && (this != WHEN || TIMELIKE.matcher(said).find());
    }
}
