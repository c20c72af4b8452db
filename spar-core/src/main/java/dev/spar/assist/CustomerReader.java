package dev.spar.assist;

import dev.spar.assist.CustomerRead.Style;
import dev.spar.safety.SafetyConcern;
import dev.spar.safety.SafetyScreen;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads the customer from their lines so far: the latest line weighs most, earlier heat fades but stays. */
final class CustomerReader {
    /** How much of the earlier intensity carries into a line that does not calm things. */
    private static final double CARRY = 0.6;

    /** How much carries into a line that thanks or agrees. */
    private static final double CARRY_WHEN_CALMING = 0.3;

    private static final int MAX_CUES = 6;

    /**
     * How heated a line is that opens by throwing the rep's hedge back as a sentence ("Probably. Great."): as heated
     * as disbelief, whatever thanks or "great" follows, since it is said in scorn.
     */
    private static final int ECHOED = 35;

    /** The rep's words that promise nothing, which a customer throws back in scorn ("Probably."). */
    private static final Pattern HEDGE_WORD = Pattern.compile(
            "probably|hopefully|maybe|possibly|perhaps|soon|shortly|eventually|unfortunately|apparently|usually");

    private static final Pattern NOT_A_LETTER = Pattern.compile("[^\\p{L}']+");

    /** Customer lines whose safety screening is remembered. */
    private static final int SCREENED_LINES = 2_048;

    /** What the rep's lines show the rep already knows: "I can see your order from Monday". */
    private static final Pattern REP_HAS_REFERENCE = Text.words(
            "(?:i can see|i've (?:got|pulled up|found|located)|i have|i've brought up|i'm looking at) (?:your|the)"
                    + " (?:order|account|booking|reservation|ticket|case|claim|record|details)");

    private static final Pattern REP_ASKS = Pattern.compile("\\?");

    /** A deadline that says what it is for ("for my daughter's birthday"), not only by when. */
    private static final Pattern OCCASION = Pattern.compile("for ", Pattern.CASE_INSENSITIVE);

    /** What a rep's question asks for, by the words it uses. */
    private static final Map<Fact, Pattern> ASKS_FOR = new EnumMap<>(Map.ofEntries(
            Map.entry(Fact.REFERENCE, Text.words("number|reference|account|order|booking|email|postcode|details")),
            Map.entry(Fact.WHEN, Text.words("when|what date|what day|how long")),
            Map.entry(Fact.TRIED, Text.words("tried|done so far|already")),
            Map.entry(
                    Fact.OUTCOME,
                    Text.words("put (?:this|it) right|outcome|like (?:us|me) to do|ideal|looking for|want")),
            Map.entry(Fact.WHAT_HAPPENED, Text.words("what happened|walk me through|tell me (?:more|about|what)")),
            Map.entry(Fact.DEADLINE, Text.words("need it by|deadline|by when|date you need"))));

    private final SafetyScreen safety = new SafetyScreen();

    /**
     * The screen's answer per customer line: every reading of the conversation so far screens all their lines
     * again, and a line's answer depends on its words only.
     */
    private final Memo<String, Optional<SafetyConcern>> concerns = new Memo<>(SCREENED_LINES);

    private final Memo<String, LineSignals> signals;

    CustomerReader(Memo<String, LineSignals> signals) {
        this.signals = signals;
    }

    /**
     * The customer as read from the conversation so far.
     *
     * @param read the public reading
     * @param words their words, for phrasings
     * @param lastLine what their latest line shows alone, or nothing if they have not spoken
     * @param missing the facts still missing, most useful first
     * @param askedOfThem the facts the rep's latest lines asked for, awaiting their answer
     */
    record Reading(
            CustomerRead read,
            CustomerWords words,
            Optional<LineSignals> lastLine,
            List<Fact> missing,
            Set<Fact> askedOfThem) {}

    Reading read(List<ConversationLine> lines) {
        List<LineSignals> said = new ArrayList<>();
        // Which customer lines throw the rep's hedge back ("Probably. Great." after "it'll probably arrive").
        List<Boolean> echoes = new ArrayList<>();
        String repSaid = "";
        for (ConversationLine line : lines) {
            if (line.byCustomer() && !line.text().isBlank()) {
                said.add(signals.get(line.text(), LineSignals::of));
                echoes.add(echoes(line.text(), repSaid));
            } else if (!line.byCustomer()) {
                repSaid = line.text();
            }
        }
        Set<Fact> known = EnumSet.noneOf(Fact.class);
        double level = 0;
        int task = 0;
        int relationship = 0;
        int words = 0;
        boolean personal = false;
        boolean abusive = false;
        for (int i = 0; i < said.size(); i++) {
            LineSignals s = said.get(i);
            level = echoes.get(i)
                    ? Math.max(ECHOED, level * CARRY)
                    : Math.max(s.intensity(), level * (s.calming() ? CARRY_WHEN_CALMING : CARRY));
            task += s.taskLean();
            relationship += s.relationshipLean();
            known.addAll(s.facts());
            boolean recent = i >= said.size() - 2;
            personal |= recent && s.personal();
            abusive |= recent && s.abusive();
        }
        for (ConversationLine line : lines) {
            words += line.byCustomer() ? Text.wordCount(line.text()) : 0;
            if (!line.byCustomer()
                    && REP_HAS_REFERENCE.matcher(Text.normalize(line.text())).find()) {
                known.add(Fact.REFERENCE);
            }
        }
        CustomerWords customerWords = words(said);
        Style style = style(task, relationship, said.isEmpty() ? 0 : words / said.size());
        List<Fact> missing = missing(known, customerWords, said.isEmpty());
        List<String> cues = new ArrayList<>();
        for (LineSignals s : said.reversed()) {
            for (String cue : s.cues()) {
                if (cues.size() < MAX_CUES && !cues.contains(cue)) {
                    cues.add(cue);
                }
            }
        }
        Optional<SafetyConcern.Kind> concern = safetyConcern(lines);
        abusive |= concern.filter(k -> k == SafetyConcern.Kind.VIOLENCE).isPresent();
        CustomerRead read = new CustomerRead(
                (int) Math.round(level),
                style,
                customerWords.asks(),
                missing.stream().map(Fact::description).toList(),
                personal || abusive,
                abusive,
                cues,
                concern.map(CustomerReader::whatToDo));
        return new Reading(
                read,
                customerWords,
                said.isEmpty() ? Optional.empty() : Optional.of(said.getLast()),
                missing,
                asked(lines));
    }

    /** Returns the facts still missing, those that matter for this kind of problem only. */
    private static List<Fact> missing(Set<Fact> known, CustomerWords words, boolean silent) {
        List<Fact> missing = new ArrayList<>();
        for (Fact fact : Fact.values()) {
            boolean relevant =
                    switch (fact) {
                        case WHAT_HAPPENED, REFERENCE, OUTCOME, WHEN -> true;
                        case TRIED -> words.technical();
                        case DEADLINE -> words.waiting() || words.technical();
                    };
            if (relevant && !known.contains(fact) && !(silent && fact != Fact.WHAT_HAPPENED)) {
                missing.add(fact);
            }
        }
        return missing;
    }

    private static Style style(int task, int relationship, int wordsPerLine) {
        if (relationship != task) {
            return relationship > task ? Style.RELATIONSHIP : Style.TASK;
        }
        return wordsPerLine >= 20 ? Style.RELATIONSHIP : Style.TASK;
    }

    /**
     * Returns whether a customer line opens with a one-word sentence that is a hedge of the rep's last line
     * ("Probably." after "it'll probably arrive tomorrow"): their words thrown back, not an answer.
     */
    static boolean echoes(String customerLine, String repLine) {
        List<String> sentences = Text.sentences(customerLine.strip());
        if (sentences.isEmpty() || Text.wordCount(sentences.getFirst()) != 1) {
            return false;
        }
        String first = Text.normalize(sentences.getFirst()).replaceAll("[^\\p{L}']", "");
        return HEDGE_WORD.matcher(first).matches()
                && List.of(NOT_A_LETTER.split(Text.normalize(repLine))).contains(first);
    }

    /** The earliest topic and complaint (what it was about), the latest deadline and asks (what they want now). */
    private static CustomerWords words(List<LineSignals> said) {
        Optional<String> topic = Optional.empty();
        Optional<String> duration = Optional.empty();
        Optional<String> repeat = Optional.empty();
        Optional<String> deadline = Optional.empty();
        Optional<String> occasion = Optional.empty();
        Optional<String> complaint = Optional.empty();
        List<String> asks = new ArrayList<>();
        boolean waiting = false;
        boolean technical = false;
        for (LineSignals s : said) {
            topic = topic.or(s::topic);
            complaint = complaint.or(s::complaint);
            duration = s.duration().isPresent() ? s.duration() : duration;
            repeat = s.repeat().isPresent() ? s.repeat() : repeat;
            deadline = s.deadline().isPresent() ? s.deadline() : deadline;
            // "For my daughter's birthday" is why the day matters: a later "before Saturday" does not replace it.
            if (s.deadline().filter(d -> OCCASION.matcher(d).lookingAt()).isPresent()) {
                occasion = s.deadline();
            }
            waiting |= s.waiting();
            technical |= s.technical();
        }
        for (LineSignals s : said.reversed()) {
            for (String ask : s.asks()) {
                if (asks.size() < 4 && !asks.contains(ask)) {
                    asks.add(ask);
                }
            }
        }
        return new CustomerWords(
                topic,
                duration,
                repeat,
                deadline.map(Person::towardsThem),
                occasion.map(Person::towardsThem),
                complaint.map(c -> Person.towardsThem(Text.decapitalise(c))),
                complaint.map(c -> Person.aboutThem(Text.decapitalise(c))),
                asks.stream().map(Person::towardsThem).toList(),
                asks.stream().map(Person::aboutThem).toList(),
                waiting,
                technical);
    }

    /** The facts the rep's latest line asked for: those are awaiting an answer, so not asked again. */
    private static Set<Fact> asked(List<ConversationLine> lines) {
        Set<Fact> asked = EnumSet.noneOf(Fact.class);
        for (ConversationLine line : lines.reversed()) {
            if (line.byCustomer()) {
                return asked;
            }
            String norm = Text.normalize(line.text());
            if (!REP_ASKS.matcher(norm).find()) {
                continue;
            }
            for (Map.Entry<Fact, Pattern> asks : ASKS_FOR.entrySet()) {
                if (asks.getValue().matcher(norm).find()) {
                    asked.add(asks.getKey());
                }
            }
        }
        return asked;
    }

    private Optional<SafetyConcern.Kind> safetyConcern(List<ConversationLine> lines) {
        for (ConversationLine line : lines.reversed()) {
            if (line.byCustomer()) {
                Optional<SafetyConcern> concern = concerns.get(line.text(), safety::check);
                if (concern.isPresent()) {
                    return Optional.of(concern.get().kind());
                }
            }
        }
        return Optional.empty();
    }

    private static String whatToDo(SafetyConcern.Kind kind) {
        return switch (kind) {
            case SELF_HARM ->
                "They mention harming themselves: stay with them, follow your escalation procedure and give them"
                        + " a crisis line.";
            case VIOLENCE, ABUSE, SAFETY ->
                "They mention violence or someone's safety: follow your escalation procedure; if anyone is in"
                        + " danger now, emergency services come first.";
        };
    }
}
