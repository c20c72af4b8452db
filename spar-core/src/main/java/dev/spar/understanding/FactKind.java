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
            "(?:when|what (?:day|date|time)|which (?:day|date))\\b",
            "date|day|deadline|time|launch|start|week|month|renewal",
            "\\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|today|next \\w+|\\d{1,2}(?:st|nd|rd|th)"
                    + "|january|february|march|april|may|june|july|august|september|october|november|december|\\d{1,2}(?::\\d\\d)?\\s*(?:am|pm))\\b"),
    /** An amount of money. */
    HOW_MUCH(
            "(?:how much(?! (?:longer|more time|time|of|further|more of)\\b)|what (?:did|does|do|is|was|will) (?:it|that|this) cost"
                    + "|what (?:did|do|does|will|would) (?:they|you|we|it|that|this) (?:charge|cost|take)|what (?:were|are) you charged"
                    + "|what's the (?:cost|price|damage|bill|total))\\b",
            "amount|fee|price|cost|salary|balance|rate|quote|outstanding|offer|charge",
            "[$£€]\\s?\\d"),
    /** A person. */
    WHO(
            "who\\b",
            "rep|name|colleague|contact|partner|friend|editor|fiancee|granddaughter|accounts|backup|manager",
            "^(?:his |her |the )?(?:\\w+ )?[A-Z][a-z]+$"),
    /** A place. */
    WHERE(
            "(?:where|which (?:place|depot|branch|store|shop|address|office))\\b",
            "depot|address|venue|drop_off|location|place|branch|store|office",
            "\\b(?:street|road|row|lane|avenue|depot|barn|newsagent|warehouse)\\b"),
    /** A length of time. */
    HOW_LONG(
            "how long\\b",
            "days|years|months|hours|weeks|length|age|wait|hold",
            "\\b(?:days?|years?|months?|hours?|weeks?|minutes?)\\b"),
    /** A count of things ("140 subscribers", "nine nights"): not money, not a date or a time of day. */
    HOW_MANY(
            "how many\\b",
            "count|number_of|nights|visits|seats|users|subscribers|people|staff|times|missed",
            "^(?:about |around |roughly |over |nearly |almost |just |only )?(?:\\d[\\d,.]*|one|two|three|four|five|six|seven"
                    + "|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred)\\b(?!\\s*(?:am|pm)\\b)(?!(?:st|nd|rd|th)\\b)");

    private static final Pattern FILLER =
            Pattern.compile("^(?:(?:oh|ok|okay|well|so|and|but|wait|sorry|hang on|um+|erm+|right|alright)[,.!]?\\s+)*");

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
        String words = FILLER.matcher(normalisedSentence).replaceFirst("");
        return Arrays.stream(values())
                .filter(k -> k.question.matcher(words).lookingAt())
                .findFirst();
    }

    /** Returns whether a fact topic is of this kind, by its key or its value. */
    boolean fits(Topic topic) {
        return topic.value().isPresent()
                && (key.matcher(topic.id()).find()
                        || value.matcher(topic.value().get()).find());
    }
}
