package dev.spar.analysis;

import dev.spar.analysis.Phrase.Extent;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The phrase patterns the rule analyzer knows, as data: each with the moves it makes, the habit it shows
 * and, for problems, a stronger way to say it.
 *
 * <p>Patterns are written for {@link #normalize normalized} text (lower case, straight apostrophes) in a
 * small notation that keeps them readable: a space stands for any run of whitespace, a contraction such as
 * {@code can't} also matches its spelled-out form ({@code cannot}, {@code can not}) and its
 * apostrophe-less typo ({@code cant}) where that is not another word, {@code {clause}} runs on to the end
 * of the clause, and {@code {lead}} skips the fillers people open a sentence with ("so, okay, ..."). Unless
 * a phrase is marked raw it only matches whole words. Every repetition is bounded, so matching stays linear
 * in the sentence length.
 */
final class PhraseBook {

    /** Declared first: every pattern below is compiled through it. */
    private static final Map<String, String> CONTRACTIONS = contractions();

    /** Words that make a following "kind of" or "sort of" a noun phrase, not a hedge. */
    static final String DETERMINERS =
            "(?:what|which|this|that|these|those|the|any|some|a|an|same|every|each|one|no|other|your|our|my|their|his|her|"
                    + "different|all|right|wrong|certain|particular|new|best|worst)";

    /** A negation shortly before a phrase turns a promise into an honest limit ("I can't guarantee"). */
    static final String NEGATED_BEFORE =
            "(?:can't|won't|not|never|unable to|no way to|wouldn't|couldn't|shouldn't|don't want to|rather not)"
                    + "(?: [\\w']+){0,3} $";

    /** The details a verification asks for. */
    static final String DETAIL = "(?:full )?(?:name|email|e-mail|email address|address|postcode|post code|zip"
            + "|date of birth|dob|phone|phone number|mobile|account|order|reference|booking|ticket|invoice|customer"
            + "|membership|member|policy|case|tracking|confirmation|card|last four|details|id)";

    static final String FEELING_WORDS = "frustrating|inconvenient|stressful|difficult|annoying|upsetting|hard"
            + "|awful|exhausting|disruptive|worrying|disappointing|maddening|infuriating|confusing|unsettling|tough"
            + "|draining|scary|alarming|painful|horrible|terrible|a nightmare|overwhelming|lonely|heartbreaking|sad"
            + "|devastating|rough|isolating|discouraging|disheartening|hurtful|a lot to carry|a lot to deal with";

    static final String FEELING = "(?:" + FEELING_WORDS + ")";

    static final String INTENSIFIER =
            "(?:(?:really|so|very|incredibly|genuinely|extremely|pretty|quite|truly|deeply|awfully|hugely|super) )?";

    static final String FELT = "(?:frustrated|upset|annoyed|angry|worried|disappointed|stressed|confused"
            + "|concerned|fed up|anxious|livid|furious|let down)";

    static final String TIME = "(?:today|tonight|tomorrow|this (?:morning|afternoon|evening|week)"
            + "|end of (?:the )?(?:day|week)|eod|right now|now|straight away|right away|immediately|asap|first thing"
            + "|(?:by|before|at|on|within|in|until|no later than) (?:the )?(?:next )?(?:\\d{1,2}(?:[:.]\\d{2})? ?(?:am|pm|o'clock)?"
            + "|noon|midday|lunch(?:time)?|close of business|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
            + "|(?:an?|one|two|three|four|five|\\d+|24|48|the next) (?:minutes?|hours?|days?|working days?|business days?))"
            + "|\\d{1,2}(?::\\d{2})? ?(?:am|pm)|(?:next|this|on) (?:monday|tuesday|wednesday|thursday|friday|saturday"
            + "|sunday|week))";

    private static final Pattern TIME_EXPRESSION = compile(TIME, false);

    /** How a person may feel, as said of them ("you sound exhausted", "you must be scared"). */
    static final String EMOTION = "(?:sad|lonely|alone|hurt|scared|afraid|frightened|overwhelmed|depressed|anxious"
            + "|stressed(?: out)?|hopeless|helpless|betrayed|heartbroken|devastated|isolated|exhausted|tired|drained|worn out"
            + "|frustrated|angry|mad|upset|worried|nervous|ashamed|guilty|embarrassed|disappointed|confused|lost|stuck"
            + "|unappreciated|unheard|ignored|trapped|torn|conflicted|relieved|happy|proud|excited|insecure|jealous"
            + "|resentful|discouraged|down|low|miserable|uncomfortable|uneasy|unsure|uncertain|let down|fed up|annoyed"
            + "|concerned|panicked|terrified|crushed|defeated|powerless|rejected|abandoned|neglected|unloved|unwanted"
            + "|undervalued|disrespected|humiliated|angry|irritated|agitated|restless|numb|empty|burnt out|burned out"
            + "|pressured|under pressure|on edge|at a loss|out of control|taken for granted|left out|overlooked"
            + "|hesitant|reluctant|ambivalent|worried sick|shaken|shocked|surprised|grateful|hopeful|motivated"
            + "|determined|ready|torn|discouraged|unmotivated|bored|restless|useless|worthless|inadequate|like a failure"
            + "|responsible|blamed|judged|misunderstood|pulled in (?:two|different) directions)";

    /** Words that soften how strongly a feeling is named ("a bit", "really"). */
    static final String DEGREE = "(?:(?:so|really|very|quite|pretty|a bit|a little|a little bit|kind of|sort of"
            + "|extremely|incredibly|totally|completely|rather|somewhat|deeply|understandably|genuinely|increasingly"
            + "|more|less|quite a bit|a lot|pretty much|just) ){0,2}";

    /** The clause markers of a justification: "because", causal "since", "the reason is"... */
    static final String JUSTIFICATION_SOURCE =
            "(?:because|'cause|cos|since(?= (?:i|we|you|it|they|this|that|there|our|your|he|she|the system)\\b)"
                    + "|the reason (?:is|was|why|being|for|that)|the reason (?:[\\w']+ ){1,5}?(?:is|was) (?:that|because)|due to|owing to"
                    + "|that's (?:also |partly )?(?:why|the reason)|which is (?:also )?why|this is why"
                    + "|as a result|given that)";

    private static final Pattern JUSTIFICATION = compile(JUSTIFICATION_SOURCE, false);

    /** A confirmation tag that turns a preceding statement into a neutral summary to check. */
    private static final Pattern CONFIRMATION_TAG = compile(
            "^{lead}(?:is that|is this|have i got that|did i get that|am i|do i have that|have i understood that)"
                    + "(?: (?:right|correct|accurate|fair|about right))(?: so)?\\W*$",
            false);

    private static final PhraseBook STANDARD = new PhraseBook(standardPhrases());

    /** How many texts' hits are kept, and the longest text kept: a bound on the memory the cache holds. */
    private static final int KEPT_TEXTS = 4_096;

    private static final int KEPT_TEXT_CHARS = 1_000;

    private final List<Phrase> phrases;

    /** Every literal the phrases need, found in a text in one pass (see {@link #literalsIn}). */
    private final Literals.Index literals;

    /** Each phrase's {@link Phrase#need}, in the order of the phrases, with its literals numbered by the index. */
    private final List<Literals.Need> needs;

    /**
     * The hits found in recent texts, by text, least recently used first: what the phrases find in a text does
     * not depend on the conversation, and the same texts come back (a counterpart's authored lines, the
     * review's candidate rewrites, a stock opening).
     */
    private final Map<String, List<Reading.Hit>> recentHits = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<Reading.Hit>> eldest) {
            return size() > KEPT_TEXTS;
        }
    };

    private PhraseBook(List<Phrase> phrases) {
        this.phrases = List.copyOf(phrases);
        this.literals = new Literals.Index(phrases.stream().map(Phrase::need).toList());
        this.needs = phrases.stream().map(p -> literals.bind(p.need())).toList();
    }

    /** Returns whether a phrase (by its place in {@link #phrases}) could match in a part holding these literals. */
    boolean mayMatch(int phrase, BitSet literalsThere) {
        return needs.get(phrase).metBy(literalsThere);
    }

    /**
     * Returns which of the phrases' literals a part of a text holds: a phrase whose need this does not meet cannot
     * match there ({@link #mayMatch(int, BitSet)}).
     */
    BitSet literalsIn(String normalized, Span part) {
        return literals.presentIn(normalized, part.start(), part.end());
    }

    /**
     * Returns the hits the phrases find in a text, as {@code find} finds them, kept for a text seen recently.
     * They must depend on the text alone.
     */
    List<Reading.Hit> hitsIn(String text, Function<PhraseBook, List<Reading.Hit>> find) {
        if (text.length() > KEPT_TEXT_CHARS) {
            return find.apply(this);
        }
        synchronized (recentHits) {
            List<Reading.Hit> kept = recentHits.get(text);
            if (kept != null) {
                return kept;
            }
        }
        List<Reading.Hit> found = List.copyOf(find.apply(this));
        synchronized (recentHits) {
            recentHits.put(text, found);
        }
        return found;
    }

    /** Returns the phrase book the rule analyzer ships with. */
    static PhraseBook standard() {
        return STANDARD;
    }

    /** Returns every phrase, in declaration order. */
    List<Phrase> phrases() {
        return phrases;
    }

    /** Returns the pattern that finds a time ("by 3pm", "tomorrow") that makes a next step concrete. */
    static Pattern timeExpression() {
        return TIME_EXPRESSION;
    }

    /** Returns the pattern that finds a justification clause marker. */
    static Pattern justification() {
        return JUSTIFICATION;
    }

    /** Returns the pattern of a sentence that only asks whether a summary was right ("Is that right?"). */
    static Pattern confirmationTag() {
        return CONFIRMATION_TAG;
    }

    /**
     * Returns the text as the patterns expect it: lower case, straight apostrophes and quotes, plain spaces.
     *
     * <p>Every character maps to exactly one character, so offsets into the result are offsets into the
     * original utterance and a quote can be cut from the original.
     */
    static String normalize(String text) {
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++) {
            char c = text.charAt(i);
            out[i] = switch (c) {
                case '\u2019', '\u2018', '\u02BC', '\u201B', '\u2032', '`', '\u00B4' -> '\'';
                case '\u201C', '\u201D', '\u201E', '\u201F', '\u00AB', '\u00BB', '\u2033' -> '"';
                case '\u00A0', '\u2007', '\u202F', '\u2009', '\t' -> ' ';
                default -> Character.toLowerCase(c);
            };
        }
        return new String(out);
    }

    /**
     * Compiles a pattern written in the phrase book's notation.
     *
     * @param raw whether to skip the whole-word guards, for patterns that start at punctuation
     */
    static Pattern compile(String source, boolean raw) {
        String expanded = expandContractions(source)
                .replace("{clause}", "[^.!?;:,\\n]{0,80}")
                .replace(
                        "{lead}",
                        "(?:(?:and|so|okay|ok|alright|right|well|now|first|also|but|sure|great|thanks|thank you|got it"
                                + "|understood|yes|no|oh|um|uh|sorry|hi|hello|hey|look|listen|then|next)\\b[,.!]?\\s*){0,3}")
                .replace(" ?", "\\s*")
                .replace(" *", "\\s*")
                .replace(" ", "\\s+");
        // A word start none of the pattern's first characters begins is refused in one look (see FirstChars).
        String guarded =
                raw ? expanded : "(?<!\\w)" + FirstChars.lookahead(expanded).orElse("") + "(?:" + expanded + ")(?!\\w)";
        return Pattern.compile(guarded);
    }

    private static String expandContractions(String source) {
        Matcher m = Pattern.compile("(?<![\\w'])([a-z]+'[a-z]+)(?![\\w'])").matcher(source);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String replacement = CONTRACTIONS.getOrDefault(m.group(1), m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static Map<String, String> contractions() {
        Map<String, String> map = new LinkedHashMap<>();
        // The apostrophe is optional where dropping it does not make another common word ("cant" is
        // a typo, "ill" and "well" are words), and the spelled-out form always matches.
        map.put("can't", "(?:can'?t|cannot|can not)");
        map.put("won't", "(?:won'?t|will not)");
        for (String aux : List.of(
                "do", "does", "did", "is", "are", "was", "were", "have", "has", "had", "should", "could", "would",
                "must", "need")) {
            map.put(aux + "n't", "(?:" + aux + "n'?t|" + aux + " not)");
        }
        map.put("i'm", "(?:i'?m|i am)");
        map.put("i'll", "(?:i'll|i will)");
        map.put("i've", "(?:i'?ve|i have)");
        map.put("i'd", "(?:i'd|i would)");
        map.put("you're", "(?:you'?re|you are)");
        map.put("you'll", "(?:you'?ll|you will)");
        map.put("you've", "(?:you'?ve|you have)");
        map.put("you'd", "(?:you'd|you would)");
        map.put("we're", "(?:we're|we are)");
        map.put("we'll", "(?:we'll|we will)");
        map.put("we've", "(?:we'?ve|we have)");
        map.put("we'd", "(?:we'd|we would)");
        map.put("they're", "(?:they'?re|they are)");
        map.put("they'll", "(?:they'?ll|they will)");
        map.put("it's", "(?:it'?s|it is)");
        map.put("it'll", "(?:it'?ll|it will)");
        map.put("that's", "(?:that'?s|that is)");
        map.put("that'll", "(?:that'?ll|that will)");
        map.put("there's", "(?:there'?s|there is)");
        map.put("here's", "(?:here'?s|here is)");
        map.put("what's", "(?:what'?s|what is)");
        map.put("let's", "(?:let'?s|let us)");
        return Map.copyOf(map);
    }

    /** Returns whether a pattern starts with {@code ^} and has no top-level alternative that does not. */
    static boolean isAnchored(String source) {
        if (!source.startsWith("^")) {
            return false;
        }
        int depth = 0;
        boolean inClass = false;
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                return false;
            }
        }
        return true;
    }

    /** Starts declaring a phrase. */
    static Builder phrase(String id, String source) {
        return new Builder(id, source);
    }

    static final class Builder {
        private final String id;
        private final String source;
        private final Set<Move> moves = EnumSet.noneOf(Move.class);
        private FindingCategory category;
        private String alternative = "";
        private Extent extent = Extent.PHRASE;
        private boolean needsQuestion;
        private boolean raw;
        private String unlessBefore;
        private String unlessAfter;
        private boolean answeredAfter;
        private boolean scripted;

        Builder(String id, String source) {
            this.id = id;
            this.source = source;
        }

        Builder moves(Move... made) {
            moves.addAll(List.of(made));
            return this;
        }

        Builder problem(FindingCategory problem, String better) {
            if (!problem.isProblem() || better.isBlank()) {
                throw new IllegalArgumentException(id + ": a problem needs a problem category and an alternative");
            }
            this.category = problem;
            this.alternative = better;
            return this;
        }

        Builder strength(FindingCategory strength) {
            if (strength.isProblem()) {
                throw new IllegalArgumentException(id + ": " + strength + " is not a strength");
            }
            this.category = strength;
            return this;
        }

        Builder extent(Extent reach) {
            this.extent = reach;
            return this;
        }

        Builder question() {
            this.needsQuestion = true;
            return this;
        }

        Builder raw() {
            this.raw = true;
            return this;
        }

        Builder unlessBefore(String source) {
            this.unlessBefore = source;
            return this;
        }

        Builder unlessAfter(String source) {
            this.unlessAfter = source;
            return this;
        }

        /** Stands the match down when it ends its sentence and the turn goes on to give the answer. */
        Builder unlessAnsweredAfter() {
            this.answeredAfter = true;
            return this;
        }

        /**
         * Marks a service script's formula ("I understand your frustration", "thank you for your patience"): canned
         * wherever it is said, even with something specific after it, where other stock empathy is canned only alone
         * or repeated.
         */
        Builder scripted() {
            this.scripted = true;
            return this;
        }

        Phrase build() {
            Pattern pattern = compile(source, raw);
            return new Phrase(
                    id,
                    pattern,
                    moves,
                    category,
                    alternative,
                    extent,
                    needsQuestion,
                    unlessBefore == null ? null : compile("(?:" + unlessBefore + ")$", true),
                    unlessAfter == null ? null : compile("^(?:" + unlessAfter + ")", true),
                    Literals.need(pattern.pattern()),
                    isAnchored(source),
                    Stream.of("q", "q2")
                            .filter(pattern.namedGroups()::containsKey)
                            .toList(),
                    answeredAfter,
                    scripted);
        }
    }

    private static List<Phrase> standardPhrases() {
        List<Builder> b = new ArrayList<>();
        ListeningPhrases.greetingAndVerification(b);
        ListeningPhrases.acknowledgement(b);
        EmpathyPhrases.empathy(b);
        EmpathyPhrases.stockEmpathy(b);
        EmpathyPhrases.therapySpeak(b);
        EmpathyPhrases.apologies(b);
        ListeningPhrases.summaries(b);
        ListeningPhrases.feelingReflections(b);
        EmpathyPhrases.sympathy(b);
        EmpathyPhrases.affirmations(b);
        EmpathyPhrases.moreAffirmations(b);
        EmpathyPhrases.beingWithThem(b);
        EmpathyPhrases.warmth(b);
        EmpathyPhrases.encouragement(b);
        SupportPhrases.selfDisclosure(b);
        ListeningPhrases.questions(b);
        SolvingPhrases.explanations(b);
        SolvingPhrases.policy(b);
        SolvingPhrases.optionsLimitsAndCommitments(b);
        SupportPhrases.advice(b);
        SupportPhrases.moreAdvice(b);
        SupportPhrases.understandingNamedAndTipsInPassing(b);
        SupportPhrases.ownLifeInPassing(b);
        SupportPhrases.sidingWithThem(b);
        SupportPhrases.resourcesAndKnownFacts(b);
        SupportPhrases.needs(b);
        SupportPhrases.information(b);
        SolvingPhrases.boundariesAndClosing(b);
        ConflictPhrases.dismissalAndBlame(b);
        ConflictPhrases.condescensionAndJudgement(b);
        ConflictPhrases.reactiveLines(b);
        ConflictPhrases.hedgesAndConcessions(b);
        ConflictPhrases.guesses(b);
        HindsightPhrases.faultInHindsight(b);
        HindsightPhrases.lessonsForThem(b);
        HindsightPhrases.guessesSaidAsFact(b);
        EverydayPhrases.minimising(b);
        EverydayPhrases.shrugging(b);
        EverydayPhrases.blameByOutcome(b);
        EverydayPhrases.doubtingTheirAccount(b);
        EverydayPhrases.talkingDown(b);
        EverydayPhrases.lecturing(b);
        EverydayPhrases.guessingACause(b);
        EverydayPhrases.ruleAsBareFact(b);
        EverydayPhrases.counterAttacks(b);
        EdgePhrases.retorts(b);
        EdgePhrases.handingItBack(b);
        EdgePhrases.selfDefence(b);
        EdgePhrases.patronising(b);
        JudgementPhrases.labellingTheirManner(b);
        JudgementPhrases.labellingThem(b);
        JudgementPhrases.labellingTheirWords(b);
        JudgementPhrases.labellingWhatTheyAsk(b);
        JudgementPhrases.treatingThemAsSlow(b);
        ServicePhrases.losingTheThread(b);
        ServicePhrases.defendingAndScolding(b);
        ServicePhrases.lawAndBrushOffs(b);
        return b.stream().map(Builder::build).toList();
    }
}
