package dev.spar.analysis;

import static dev.spar.analysis.FindingCategory.ACKNOWLEDGEMENT;
import static dev.spar.analysis.FindingCategory.BLAME;
import static dev.spar.analysis.FindingCategory.BOUNDARY;
import static dev.spar.analysis.FindingCategory.CANNED_EMPATHY;
import static dev.spar.analysis.FindingCategory.CLEAR_LIMIT;
import static dev.spar.analysis.FindingCategory.CLOSING_CHECK;
import static dev.spar.analysis.FindingCategory.CONCESSION;
import static dev.spar.analysis.FindingCategory.CONDESCENSION;
import static dev.spar.analysis.FindingCategory.DISMISSAL;
import static dev.spar.analysis.FindingCategory.EMPATHY;
import static dev.spar.analysis.FindingCategory.GUESSING;
import static dev.spar.analysis.FindingCategory.HEDGING;
import static dev.spar.analysis.FindingCategory.JUDGEMENTAL_FRAMING;
import static dev.spar.analysis.FindingCategory.NEXT_STEP;
import static dev.spar.analysis.FindingCategory.OVER_PROMISE;
import static dev.spar.analysis.FindingCategory.PARAPHRASE;
import static dev.spar.analysis.FindingCategory.POLICY_FIRST;
import static dev.spar.analysis.FindingCategory.REACTIVE;

import dev.spar.analysis.Phrase.Extent;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    private static final String DETERMINERS =
            "(?:what|which|this|that|these|those|the|any|some|a|an|same|every|each|one|no|other|your|our|my|their|his|her|"
                    + "different|all|right|wrong|certain|particular|new|best|worst)";

    /** A negation shortly before a phrase turns a promise into an honest limit ("I can't guarantee"). */
    private static final String NEGATED_BEFORE =
            "(?:can't|won't|not|never|unable to|no way to|wouldn't|couldn't|shouldn't|don't want to|rather not)"
                    + "(?: [\\w']+){0,3} $";

    /** The details a verification asks for. */
    private static final String DETAIL = "(?:full )?(?:name|email|e-mail|email address|address|postcode|post code|zip"
            + "|date of birth|dob|phone|phone number|mobile|account|order|reference|booking|ticket|invoice|customer"
            + "|membership|member|policy|case|tracking|confirmation|card|last four|details|id)";

    private static final String FEELING_WORDS = "frustrating|inconvenient|stressful|difficult|annoying|upsetting|hard"
            + "|awful|exhausting|disruptive|worrying|disappointing|maddening|infuriating|confusing|unsettling|tough"
            + "|draining|scary|alarming|painful|horrible|terrible|a nightmare|overwhelming|lonely|heartbreaking|sad"
            + "|devastating|rough|isolating|discouraging|disheartening|hurtful|a lot to carry|a lot to deal with";

    private static final String FEELING = "(?:" + FEELING_WORDS + ")";

    private static final String INTENSIFIER =
            "(?:(?:really|so|very|incredibly|genuinely|extremely|pretty|quite|truly|deeply|awfully|hugely|super) )?";

    private static final String FELT = "(?:frustrated|upset|annoyed|angry|worried|disappointed|stressed|confused"
            + "|concerned|fed up|anxious|livid|furious|let down)";

    private static final String TIME = "(?:today|tonight|tomorrow|this (?:morning|afternoon|evening|week)"
            + "|end of (?:the )?(?:day|week)|eod|right now|now|straight away|right away|immediately|asap|first thing"
            + "|(?:by|before|at|on|within|in|until|no later than) (?:the )?(?:next )?(?:\\d{1,2}(?:[:.]\\d{2})? ?(?:am|pm|o'clock)?"
            + "|noon|midday|lunch(?:time)?|close of business|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
            + "|(?:an?|one|two|three|four|five|\\d+|24|48|the next) (?:minutes?|hours?|days?|working days?|business days?))"
            + "|\\d{1,2}(?::\\d{2})? ?(?:am|pm)|(?:next|this|on) (?:monday|tuesday|wednesday|thursday|friday|saturday"
            + "|sunday|week))";

    private static final Pattern TIME_EXPRESSION = compile(TIME, false);

    /** How a person may feel, as said of them ("you sound exhausted", "you must be scared"). */
    private static final String EMOTION =
            "(?:sad|lonely|alone|hurt|scared|afraid|frightened|overwhelmed|depressed|anxious"
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
    private static final String DEGREE = "(?:(?:so|really|very|quite|pretty|a bit|a little|a little bit|kind of|sort of"
            + "|extremely|incredibly|totally|completely|rather|somewhat|deeply|understandably|genuinely|increasingly"
            + "|more|less|quite a bit|a lot|pretty much|just) ){0,2}";

    /** The clause markers of a justification: "because", causal "since", "the reason is"... */
    private static final String JUSTIFICATION_SOURCE =
            "(?:because|'cause|cos|since(?= (?:i|we|you|it|they|this|that|there|our|your|he|she|the system)\\b)"
                    + "|the reason (?:is|was|why|being|for|that)|due to|owing to|that's why|which is why|this is why"
                    + "|as a result|given that)";

    private static final Pattern JUSTIFICATION = compile(JUSTIFICATION_SOURCE, false);

    /** A confirmation tag that turns a preceding statement into a neutral summary to check. */
    private static final Pattern CONFIRMATION_TAG = compile(
            "^{lead}(?:is that|is this|have i got that|did i get that|am i|do i have that|have i understood that)"
                    + "(?: (?:right|correct|accurate|fair|about right))(?: so)?\\W*$",
            false);

    private static final PhraseBook STANDARD = new PhraseBook(standardPhrases());

    private final List<Phrase> phrases;

    private PhraseBook(List<Phrase> phrases) {
        this.phrases = List.copyOf(phrases);
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
        String guarded = raw ? expanded : "(?<!\\w)(?:" + expanded + ")(?!\\w)";
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
    private static Builder phrase(String id, String source) {
        return new Builder(id, source);
    }

    private static final class Builder {
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

        private Builder(String id, String source) {
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
                    Literals.required(pattern.pattern()),
                    isAnchored(source),
                    Stream.of("q", "q2")
                            .filter(pattern.namedGroups()::containsKey)
                            .toList());
        }
    }

    private static List<Phrase> standardPhrases() {
        List<Builder> b = new ArrayList<>();
        greetingAndVerification(b);
        acknowledgement(b);
        empathy(b);
        stockEmpathy(b);
        apologies(b);
        summaries(b);
        feelingReflections(b);
        sympathy(b);
        affirmations(b);
        moreAffirmations(b);
        beingWithThem(b);
        warmth(b);
        encouragement(b);
        selfDisclosure(b);
        questions(b);
        explanations(b);
        policy(b);
        optionsLimitsAndCommitments(b);
        advice(b);
        moreAdvice(b);
        understandingNamedAndTipsInPassing(b);
        ownLifeInPassing(b);
        sidingWithThem(b);
        resourcesAndKnownFacts(b);
        needs(b);
        information(b);
        boundariesAndClosing(b);
        dismissalAndBlame(b);
        condescensionAndJudgement(b);
        reactiveLines(b);
        hedgesAndConcessions(b);
        guesses(b);
        return b.stream().map(Builder::build).toList();
    }

    /** Adds the opening of the guided checklist: greeting and verification. */
    private static void greetingAndVerification(List<Builder> b) {
        b.add(phrase(
                        "greet.hello",
                        "^{lead}(?:hi|hello|hey|hiya|good (?:morning|afternoon|evening|day)|welcome)(?: there)?")
                .moves(Move.GREET));
        b.add(phrase(
                        "greet.thanks-for-contacting",
                        "thanks? (?:you )?for (?:calling|contacting us|contacting|reaching out|getting in touch|coming in"
                                + "|your call|calling in|joining|holding)")
                .moves(Move.GREET));
        b.add(phrase(
                        "greet.introduce",
                        "my name is|my name's|you're speaking (?:to|with)|you've reached|this is \\w+ (?:from|speaking)")
                .moves(Move.GREET));
        b.add(phrase("greet.nice-to-meet", "nice to (?:meet|speak (?:to|with)|talk (?:to|with)|hear from) you")
                .moves(Move.GREET));
        b.add(phrase("greet.how-can-i-help", "how (?:can|may) i help(?: you)?(?: today)?")
                .moves(Move.GREET));

        b.add(phrase(
                        "verify.may-i-have",
                        "(?:can|could|may) (?:i|we) (?:please |just )?(?:have|get|take|grab|confirm|check|verify|ask for|ask you for)"
                                + " (?:your |the )?" + DETAIL)
                .moves(Move.VERIFY)
                .extent(Extent.REST));
        b.add(phrase(
                        "verify.could-you-confirm",
                        "(?:can|could|would) you (?:please |just )?(?:confirm|verify|give me|tell me|send me|provide|read out|read me"
                                + "|spell|share) (?:your |the |me your |me the )?" + DETAIL)
                .moves(Move.VERIFY)
                .extent(Extent.REST));
        b.add(phrase("verify.whats-your", "(?:what's|what was) (?:your|the) (?:[\\w-]+ )?" + DETAIL)
                .moves(Move.VERIFY)
                .extent(Extent.REST));
        b.add(phrase(
                        "verify.just-to-confirm",
                        "just to (?:confirm|verify|double-check|double check) (?:your|the|you're|that's|i have|i've got)"
                                + "|for (?:security|verification|data protection)(?: purposes| reasons)?"
                                + "|(?:i'll|i'd|i) (?:just )?need (?:to (?:verify|confirm|check) )?your " + DETAIL
                                + "|(?:let me|i need to) (?:just )?(?:verify|confirm) (?:your|who|a few|some) ")
                .moves(Move.VERIFY)
                .extent(Extent.REST));
    }

    /** Adds phrases that acknowledge the impact by naming what happened to them. */
    private static void acknowledgement(List<Builder> b) {
        b.add(phrase(
                        "acknowledge.real-inconvenience",
                        "(?:that's|this is|that has been|this has been|that's been|this must be|that must be|what an?|it's"
                                + "|it has been|it's been|that sounds like|it sounds like) (?:a |an |such a |such an )?(?:(?:real|huge|big"
                                + "|genuine|serious|massive|major|proper|awful|terrible|horrible|total|significant) )?"
                                + "(?:inconvenience|hassle|headache|setback|nuisance|pain|mess|blow|ordeal|lot to deal with|worry|nightmare)")
                .moves(Move.ACKNOWLEDGE)
                .strength(ACKNOWLEDGEMENT)
                .extent(Extent.CLAUSE));
        b.add(phrase("acknowledge.i-hear", "i (?:can )?hear (?:how|that|what|you|the)")
                .moves(Move.ACKNOWLEDGE)
                .strength(ACKNOWLEDGEMENT)
                .extent(Extent.CLAUSE)
                .unlessAfter("'re| (?:you're saying that we|you're claiming)"));
        b.add(phrase(
                        "acknowledge.sounds-hard",
                        "(?:that|this|it)(?:'?s| is| was|'s been| has been| sounds| must be| must have been| must feel| would be"
                                + "| would have been) " + INTENSIFIER + FEELING)
                .moves(Move.ACKNOWLEDGE)
                .strength(ACKNOWLEDGEMENT)
                .extent(Extent.CLAUSE)
                .unlessBefore("why $")
                .unlessAfter(" (?:to (?:say|tell|know|predict|judge|guess|answer)|for me)\\b"));
        b.add(phrase(
                        "acknowledge.i-see-the-impact",
                        "i (?:can )?(?:completely |totally |really |fully )?(?:see|understand|appreciate|recognise|recognize"
                                + "|realise|realize|know) (?:(?:how|that|what) )?(?:much )?(?:[\\w']+ ){0,4}?(?:"
                                + FEELING_WORDS
                                + "|important|matters|a problem|a hassle|an inconvenience|has (?:cost|delayed|disrupted|affected|held up)"
                                + "|delayed|disrupted|affected|cost you|set you back|left you|put you)")
                .moves(Move.ACKNOWLEDGE)
                .strength(ACKNOWLEDGEMENT)
                .extent(Extent.CLAUSE));
        b.add(phrase(
                        "acknowledge.why-it-matters",
                        "i (?:can )?(?:completely |totally |really |fully )?(?:see|understand|appreciate|know) (?:why|how much)"
                                + " (?:this|that|it) (?:matters|is important|means)")
                .moves(Move.ACKNOWLEDGE)
                .strength(ACKNOWLEDGEMENT)
                .extent(Extent.CLAUSE));
        b.add(phrase(
                        "acknowledge.what-they-went-through",
                        "you've (?:been (?:waiting|dealing with|going back and forth|without|chasing|left|stuck|put through|on hold"
                                + "|passed around)|had to (?:wait|chase|call|deal with|explain|repeat))")
                .moves(Move.ACKNOWLEDGE)
                .strength(ACKNOWLEDGEMENT)
                .extent(Extent.CLAUSE)
                .unlessBefore("(?:if|as|since|because) $"));
        b.add(phrase(
                        "acknowledge.not-the-experience",
                        "not the (?:experience|service|standard) (?:we|i) (?:want|wanted|would want|aim|expect)")
                .moves(Move.ACKNOWLEDGE)
                .strength(ACKNOWLEDGEMENT)
                .extent(Extent.CLAUSE));
        b.add(phrase(
                        "acknowledge.cost-you",
                        "(?:this|that|it|the (?:delay|error|mistake|outage|problem|issue|mix-up|wait)) (?:has |must have |would have"
                                + " |will have )?(?:cost you|delayed your|disrupted your|ruined your|held up your|affected your"
                                + "|messed up your|thrown off your|left you without|set you back|put you in)")
                .moves(Move.ACKNOWLEDGE)
                .strength(ACKNOWLEDGEMENT)
                .extent(Extent.CLAUSE));
        b.add(phrase(
                        "acknowledge.fair-question",
                        "(?:that's|it's) (?:a )?(?:completely |totally |perfectly |entirely )?(?:fair|understandable|reasonable"
                                + "|valid) (?:question|point|concern|ask|thing to ask|to ask|reaction|to be upset|to be frustrated)"
                                + "|you have every right to|you're right to (?:be|raise|flag|ask|call|expect|point)"
                                + "|i can tell (?:this|that|how|you)")
                .moves(Move.ACKNOWLEDGE)
                .strength(ACKNOWLEDGEMENT)
                .extent(Extent.CLAUSE));
    }

    /** Adds specific empathy: feeling with them about their situation, not a stock line. */
    private static void empathy(List<Builder> b) {
        b.add(phrase(
                        "empathise.see-why",
                        "i (?:can )?(?:completely |totally |really |fully |absolutely )?(?:see|understand|get) why (?:you(?:'d|'re"
                                + "| would| are| might| feel| were)?|anyone|someone|that would|this would|that's|this is|that was"
                                + "|this was|the \\w+ (?:is|was|would be|has been))")
                .moves(Move.EMPATHISE)
                .strength(EMPATHY)
                .extent(Extent.CLAUSE));
        b.add(phrase(
                        "empathise.i-would-feel",
                        "i'd (?:feel|be) (?:just as |really |pretty |so |very |exactly as |equally )?" + FELT
                                + "(?: too| as well| in your (?:position|shoes|place))?|i'd feel the same(?: way)?"
                                + "|anyone would (?:be|feel)|no wonder (?:you're|you feel)|in your (?:position|shoes|place),? i'd")
                .moves(Move.EMPATHISE)
                .strength(EMPATHY)
                .extent(Extent.CLAUSE));
        b.add(phrase("empathise.imagine", "i can(?:'t| not|not)? (?:even |only )?imagine (?:how|what)")
                .moves(Move.EMPATHISE)
                .strength(EMPATHY)
                .extent(Extent.CLAUSE));
        b.add(phrase(
                        "empathise.sorry-you",
                        "(?:i'm|we're) (?:(?:so|really|truly|very|genuinely) )?sorry (?:that )?you(?:'ve|'re)? (?:had to|been|spent"
                                + "|lost|missed|waited|dealt|gone through|going through|dealing|in this|left|stuck|without|received|got"
                                + "|had)")
                .moves(Move.APOLOGISE, Move.EMPATHISE)
                .strength(EMPATHY)
                .extent(Extent.CLAUSE));
        b.add(phrase(
                        "empathise.understand-specifically",
                        "i (?:completely |totally |really |fully |do |truly )?(?:understand|hear|appreciate) (?:your (?:frustration"
                                + "|concern|concerns|disappointment|worry|worries|annoyance)|how you(?:'re)? feel(?:ing)?) (?:with|about"
                                + "|over|at|regarding|given|after|since|because|when|that|especially)")
                .moves(Move.EMPATHISE)
                .strength(EMPATHY)
                .extent(Extent.CLAUSE));
    }

    /** Adds stock empathy lines: fine once with substance around them, hollow when repeated or alone. */
    private static void stockEmpathy(List<Builder> b) {
        String specificAfter = " (?:with|about|over|at|regarding|given|after|since|because|when|that|especially)\\b";
        b.add(phrase(
                        "stock.understand-how-you-feel",
                        "i (?:completely |totally |fully |really |do |truly )?(?:understand|know|get) (?:exactly )?how you(?:'re)? feel(?:ing)?")
                .moves(Move.EMPATHISE)
                .problem(
                        CANNED_EMPATHY,
                        "Name what happened to them instead: \"A week with no update would frustrate anyone. Let me"
                                + " find out where it is.\"")
                .unlessAfter(specificAfter));
        b.add(phrase(
                        "stock.understand-your-frustration",
                        "i (?:completely |totally |fully |really |do |truly )?(?:understand|hear|appreciate) your (?:frustration"
                                + "|frustrations|concern|concerns|disappointment)")
                .moves(Move.EMPATHISE)
                .problem(
                        CANNED_EMPATHY,
                        "Say what is frustrating about it: \"Being charged twice and then waiting on hold is"
                                + " maddening. Let me sort out the charge first.\"")
                .unlessAfter(specificAfter));
        b.add(phrase(
                        "stock.i-understand",
                        "i (?:completely |totally |fully |really |do |truly )?understand(?=\\s*(?:[.!,;]|$))")
                .moves(Move.EMPATHISE)
                .problem(
                        CANNED_EMPATHY,
                        "Show what you understood: \"So the replacement still hasn't come and you need it by"
                                + " Friday.\""));
        b.add(phrase(
                        "stock.sorry-for-any-inconvenience",
                        "(?:(?:i|we) (?:(?:sincerely|truly|do|deeply) )?apologi[sz]e|(?:i'm|we're) (?:(?:so|very|really|truly) )?sorry)"
                                + " for any (?:inconvenience|trouble|confusion|frustration|disruption)(?: (?:this|that|it)"
                                + " (?:may have |might have |has |may )?(?:caused|cause))?(?: you)?")
                .moves(Move.APOLOGISE)
                .problem(
                        CANNED_EMPATHY,
                        "Name the actual disruption: \"I'm sorry this held up your work. I'm checking the status"
                                + " now.\""));
        b.add(phrase(
                        "stock.sorry-to-hear-that",
                        "(?:i'm|we're) (?:(?:so|very|really|truly) )?sorry to hear (?:that|this)")
                .moves(Move.APOLOGISE)
                .problem(
                        CANNED_EMPATHY,
                        "Say what you are sorry about: \"I'm sorry the part didn't fit after you waited three days"
                                + " for it.\"")
                .unlessAfter(" (?:you|your|the|about|it|that|this|they)\\b"));
        b.add(phrase(
                        "stock.value-your-business",
                        "we (?:really |truly |greatly |do )?value (?:you as a customer|your (?:business|custom|loyalty|patience|feedback))"
                                + "|your (?:call|business|feedback|satisfaction|custom) is (?:very |really |extremely )?important to us")
                .problem(
                        CANNED_EMPATHY,
                        "Show it with action: \"You've been with us six years, so let me see what I can do about"
                                + " this bill.\""));
    }

    /** Adds apologies, which the analyzer counts for over-apology. */
    private static void apologies(List<Builder> b) {
        b.add(phrase(
                        "apologise.sorry",
                        "(?:(?:i'm|we're|i'm just) (?:(?:so|really|very|truly|terribly|deeply|extremely|incredibly|awfully|genuinely"
                                + "|sincerely) ){0,2})?sorry")
                .moves(Move.APOLOGISE)
                .unlessBefore("(?:not|never|be|feel|you're|you'll be|they're|he's|she's) $")
                // "Sorry?" asks them to repeat, and "sorry you feel that way" is a dismissal, not an apology.
                .unlessAfter("\\s*\\?| (?:that |if )?you feel (?:that way|like that|this way)"));
        b.add(phrase(
                        "apologise.apologise",
                        "(?:i|we) (?:(?:sincerely|truly|really|do|deeply|just|must|want to|would like to|'d like to) ){0,2}apologi[sz]e"
                                + "|(?:my|our) (?:(?:sincere|sincerest|deepest|humble) )?apologies|apologies (?:for|about)"
                                + "|(?:i|we) owe you an apology")
                .moves(Move.APOLOGISE));
    }

    /** Adds neutral summaries: their problem said back so they can correct it. */
    private static void summaries(List<Builder> b) {
        b.add(phrase(
                        "paraphrase.main-issue",
                        "so (?:the|your) (?:main |real |bigger |key |core |biggest |underlying )?(?:issue|problem|concern|question"
                                + "|worry|complaint|point) (?:is|was|here is|seems to be)"
                                + "|it sounds like (?:the|your) (?:main |real |bigger |key |biggest )?(?:issue|problem|concern|worry)"
                                + "|(?:the|your) (?:main|real|bigger|key|biggest) (?:issue|problem|concern|worry) (?:is|was|seems to be)")
                .moves(Move.PARAPHRASE)
                .strength(PARAPHRASE)
                .extent(Extent.SENTENCE));
        b.add(phrase(
                        "paraphrase.if-im-hearing-you",
                        "if i'm (?:hearing|understanding) you (?:right|correctly)|if i (?:understand|heard) (?:you |that |this )?(?:right"
                                + "|correctly)|let me make sure i (?:captured|understood|understand|have|got|heard) (?:that|this|it|you)"
                                + "|what i'm hearing is|so what you're (?:saying|telling me) is|you're saying(?: that)?|are you (?:saying|telling me)"
                                + " (?:that )?|(?:my|from my) understanding (?:is|was)|i'm hearing (?:that )?you|(?:so,? )?(?:just )?to (?:confirm"
                                + "|make sure i understand)(?:,| that)? you|just so i (?:make sure i )?understand|i hear you say(?:ing)?"
                                + "|i take it (?:that )?you"
                                + "|to (?:summari[sz]e|recap|sum up)|just to recap|let me (?:summari[sz]e|recap|play that back|repeat that back)")
                .moves(Move.PARAPHRASE)
                .strength(PARAPHRASE)
                .extent(Extent.SENTENCE));
        b.add(phrase(
                        "paraphrase.so-you",
                        "^{lead}so,? you (?:expected|ordered|were|paid|received|haven't|didn't|got|bought|booked|tried|called|contacted"
                                + "|need|needed|want|wanted|still|have been|had|were told|thought)")
                .moves(Move.PARAPHRASE)
                .strength(PARAPHRASE)
                .extent(Extent.SENTENCE));
        b.add(phrase("paraphrase.sounds-like", "^{lead}(?:so )?(?:it|that) sounds like(?! (?:a|an|such) )")
                .moves(Move.PARAPHRASE)
                .strength(PARAPHRASE)
                .extent(Extent.SENTENCE));
        b.add(phrase(
                        "paraphrase.tagged",
                        "[,;:\\-] ?(?:is that|is this|have i got that|did i get that|am i|do i have that) (?:right|correct|accurate|fair"
                                + "|about right)")
                .raw()
                .moves(Move.PARAPHRASE)
                .strength(PARAPHRASE)
                .extent(Extent.SENTENCE));
    }

    /** Adds feelings said back to them: naming what they seem to feel is empathy, not a stock line. */
    private static void feelingReflections(List<Builder> b) {
        b.add(phrase(
                        "empathise.you-feel",
                        "(?:(?:it )?sounds like |it seems (?:like |that )?|i can (?:tell|see|hear) (?:that )?|i imagine |i bet |i guess )?"
                                + "you(?:'re| are| were|'ve been| have been| must be| might be| may be| could be| seem| sound| must feel"
                                + "| might feel| feel| felt|'ve felt| have felt| are feeling| were feeling|'re feeling| have been feeling"
                                + "|'ve been feeling| seem to be| must have been| must have felt| sound like you're| sound like you are"
                                + "| seem to feel| still feel| really feel| kind of feel| sort of feel| feel like you're| feel like you are"
                                + "| get| got| feel as (?:if|though) you're) "
                                + DEGREE
                                + EMOTION)
                .moves(Move.EMPATHISE)
                .strength(EMPATHY)
                .extent(Extent.CLAUSE)
                .unlessBefore(
                        "(?:if|when|whether|unless|don't want|doesn't mean|not that|do|did|are|were|have|had|will|would"
                                + "|could|can|is|was) $"));
        b.add(phrase(
                        "empathise.feeling-of",
                        "(?:your|the) (?:feelings?|sense) of (?:being )?" + DEGREE + EMOTION
                                + "|(?:that|this|it) (?:must|would|could|might) (?:have )?(?:be|been|feel|felt|make you feel) "
                                + DEGREE + EMOTION
                                + "|(?:no wonder|of course|it makes sense|it's understandable|it's no surprise) (?:that )?you(?:'re| are"
                                + "| feel| felt| were)")
                .moves(Move.EMPATHISE)
                .strength(EMPATHY)
                .extent(Extent.CLAUSE));
    }

    /** Adds sympathy and warmth: feeling for them, wishing them well, being there. */
    private static void sympathy(List<Builder> b) {
        b.add(phrase(
                        "empathise.sympathy",
                        "(?:i'm|i am|we're) (?:(?:so|really|very|truly|deeply|genuinely|terribly|just) ){0,2}sorry (?:to hear|to read"
                                + "|about (?:your|the|what)|for (?:your|what|the)|that (?:happened|you|your|this|it)|you're|you are"
                                + "|you've|you have|you had|you went|you feel|you felt|this happened|it happened|for your loss)"
                                + "|my heart (?:goes out|breaks|aches|hurts)|(?:i|we) feel (?:so |really |very )?(?:bad|sad|awful|terrible)"
                                + " (?:for|about) (?:you|that|this|what)|i feel for you|i feel you|(?:sending|big|virtual) (?:hugs|love"
                                + "|hug|strength|good vibes|positive vibes)|\\(?hugs?\\)?(?=\\W*$)|\\*hugs\\*"
                                + "|(?:that|this|it)(?:'?s| is| was| sounds| must be) (?:so |really |truly |just )?(?:awful|terrible"
                                + "|horrible|heartbreaking|sad|rough|tough|unfair|shitty|crappy|painful|hard|devastating|brutal"
                                + "|heartbreaking|scary)|(?:that|this|it) (?:really )?(?:sucks|stinks|hurts)|oh no|i'm (?:so )?sad to"
                                + " hear|that breaks my heart")
                .moves(Move.EMPATHISE)
                .strength(EMPATHY)
                .extent(Extent.CLAUSE)
                .unlessBefore("(?:not|isn't|wasn't|if|whether) $"));
        b.add(phrase(
                        "empathise.here-for-you",
                        "(?:i'm|i am|we're|we are) (?:always |still |right )?here (?:for you|if you|to (?:listen|talk|help|support))"
                                + "|i (?:really )?care|i (?:want|wanna|would like|'d like|would love|'d love) to (?:listen|hear|help)"
                                + "|(?:willing|happy|glad|here) to (?:listen|chat|talk)|i can be here|we'll listen|i(?:'d| would) hug you"
                                + "|(?:you can|you're (?:more than )?welcome to|feel free to) (?:message|pm|dm|chat with|talk to|reach out to|text"
                                + "|call) (?:me|us)|i feel ya|i feel similarly|(?:right|i'm) (?:there|here) with you|i resonate"
                                + "|i know (?:the|that|this) feeling|i(?:'m| am) (?:also|too) feeling|i was (?:really |so )?worried about you"
                                + "|thank god you're|(?:are|is) (?:you|everything) (?:okay|ok|alright|all right)"
                                + "|do you (?:need|want) to (?:talk|vent)|i (?:totally |completely |honestly |really )?(?:feel|felt)"
                                + " (?:the (?:exact )?same|exactly the same|the same way)|i know exactly what you mean"
                                + "|i understand (?:your|the) (?:pain|struggle|hurt|feelings?)|i (?:can )?(?:totally |really |so )?relate|(?:want|wanna) to talk(?= ?\\?)|i feel (?:with|like) you"
                                + "|(?:i'm|i am) (?:so |really |very )?(?:glad|happy) (?:you|that|to see|for you)|glad (?:you|that you|to"
                                + " hear)|what an? (?:awful|terrible|horrible|crappy|shitty|rotten|cruel|hard|tough|sad|awful) (?:thing"
                                + "|situation|time|day|experience|way)"
                                + "|i care (?:about you|about what happens|for you)|(?:i|we) (?:really )?care about you|i'm listening"
                                + "|you (?:can|could) (?:always )?(?:talk to|message|pm|dm|reach out to|lean on|count on) (?:me|us)"
                                + "|feel free to (?:pm|dm|message|talk to|reach out to) (?:me|us)|my (?:inbox|dms?|door) (?:is|are) (?:always )?open")
                .moves(Move.EMPATHISE)
                .strength(EMPATHY)
                .extent(Extent.CLAUSE));
        b.add(phrase(
                        "empathise.hope-for-you",
                        "i (?:really |truly |sincerely |just )?(?:hope|wish|pray) (?:that )?(?:you|things|it|your|everything|this|tomorrow"
                                + "|the rest|someday|one day|one of)(?! helps?\\b)|(?:wishing|sending) you|i wish (?:i could|there (?:was|were|is))(?= [^.!?]{0,40}?(?:you|your|help|advice|give"
                                + "|offer|say|do more|do something|do anything|take away|take the pain))"
                                + "|(?:good luck|best of luck|all the best|take care of yourself|be well|stay safe)(?: to you)?")
                .moves(Move.EMPATHISE)
                .extent(Extent.CLAUSE)
                .unlessAfter("(?: that)? (?:helps?|answers|makes sense|clears)\\b"));
    }

    /** Adds affirmations: recognising their effort, strength or worth, and reassurance that it can get better. */
    private static void affirmations(List<Builder> b) {
        b.add(phrase(
                        "affirm.good-idea",
                        "(?:that's|that is|this is|what an?|it's|that sounds like|sounds like|that seems like|you have|you've got)"
                                + " (?:an? )?(?:really |very |so |such an? |truly |great |)?(?:great|good|excellent|wonderful|brilliant|smart"
                                + "|fantastic|amazing|healthy|positive|helpful|sensible|solid|reasonable|wise|mature|thoughtful|awesome"
                                + "|perfect|lovely|fine|cool|nice) (?:idea|plan|step|start|question|point|thing to do|way|goal|choice"
                                + "|decision|attitude|approach|mindset|insight|outlook|thought|instinct|move|first step|solution|option"
                                + "|realisation|realization|observation|perspective)")
                .moves(Move.AFFIRM)
                .extent(Extent.CLAUSE));
        b.add(phrase(
                        "affirm.well-done",
                        "good for you|well done|nice work|great job|good job|way to go|kudos|bravo|i'm (?:so |really |very )?proud of"
                                + " you|you should be (?:so |really |very )?proud|i (?:really )?(?:admire|applaud|respect|commend|appreciate)"
                                + " (?:you|your|that you|how you|the way you)|that (?:took|takes) (?:a lot of |real |great |some )?(?:courage|guts|strength|bravery"
                                + "|effort)|(?:it's|it is) (?:really |so |very )?(?:great|wonderful|amazing|awesome|fantastic|good|nice|lovely)"
                                + " (?:that you|to (?:hear|see|know)|you)|(?:that's|that is|that was) (?:really |very |so |incredibly |a )?(?:brave|courageous"
                                + "|impressive|admirable|commendable|big step|huge step|great step|real progress|progress|an achievement"
                                + "|a big deal|amazing|awesome|wonderful|fantastic|great|excellent|incredible)(?! (?:idea|plan|question|point))"
                                + "|(?:that's|that is) (?:so |really )?(?:great|good|wonderful|awesome|fantastic|nice|lovely) to hear"
                                + "|(?:i'm|i am) (?:so |really |very )?(?:glad|happy|pleased|relieved) (?:to hear|that you|you|for you)")
                .moves(Move.AFFIRM)
                .extent(Extent.CLAUSE)
                .unlessBefore("(?:not|isn't|wasn't|if|whether) $"));
        b.add(phrase(
                        "affirm.your-strength",
                        "you(?:'re| are| have been|'ve been| were| seem| sound like) (?:doing )?(?:so |really |very |clearly |obviously"
                                + " |such |a )?(?:strong|brave|resilient|capable|smart|kind|caring|thoughtful|determined|courageous"
                                + "|a (?:good|great|loving|caring|wonderful) (?:friend|parent|person|mom|mum|dad|mother|father|partner"
                                + "|son|daughter|husband|wife|listener)|doing (?:great|well|a great job|a good job|the right thing|your best"
                                + "|amazing|everything you can|so well|really well)|on the right (?:track|path)|not (?:a failure|weak"
                                + "|stupid|crazy|broken|alone|the only one)|not to blame|worth it|enough|worthy|important|valuable"
                                + "|a survivor|a fighter)"
                                + "|you did (?:the right thing|great|well|a great job|your best|nothing wrong|everything you could)"
                                + "|you (?:clearly|obviously|really|truly) (?:care|love|want|tried|know)|you've (?:done|come) (?:so |really )?"
                                + "(?:well|far|a lot|so much|a great job|everything)|you (?:deserve|are worth|matter)"
                                + "|you've (?:already )?(?:made|taken) (?:a |the |some )?(?:great |big |real |good |first )?(?:step|steps|progress"
                                + "|changes)|you(?:'ve| have) (?:got )?(?:a lot of|so much|the) (?:strength|courage|potential|talent|support)")
                .moves(Move.AFFIRM)
                .extent(Extent.CLAUSE));
        b.add(phrase(
                        "affirm.reassure",
                        "you(?:'re| are) not alone|(?:you|we)(?:'ll| will| can| are going to|'re going to) (?:get through|make it"
                                + "|figure (?:it|this) out|be (?:fine|okay|ok|alright|all right)|pull through|overcome|find (?:a way|someone"
                                + "|the right))|you can do (?:this|it)|you've got this|(?:it|things|this|everything|life)(?:'ll| will"
                                + "| is going to|'s going to| are going to|'re going to| can| does| do) (?:(?:get|be) (?:better|easier|okay"
                                + "|ok|fine|alright|all right)|work out|turn around|improve|pass|look up)|i'm sure (?:you|it|things|she"
                                + "|he|they)|i(?:'m| am)? (?:really |truly |honestly |just )?(?:know|believe|think|have faith|trust|confident|sure|certain)"
                                + " (?:that )?you(?:'re| are|'ve| have|'ll)? (?:can|will|'ll|are|have|did|done|doing|going to|gonna|not"
                                + "|definitely|really|a|so|such|more|strong|capable|smart|brave|right)|i believe in you|i love (?:it|that)"
                                + "|you(?:'re| are) (?:definitely |certainly |really )?not (?:overthinking|overreacting|being (?:silly"
                                + "|dramatic|selfish|unreasonable|stupid))|(?:that's|that is|it's) (?:really |very |so )?positive"
                                + "|you don't sound (?:evil|bad|stupid|crazy|selfish|weak|weird|pathetic|like a bad)|(?:that's|thats|that is)"
                                + " (?:pretty |really |so )?(?:awesome|great|cool|amazing)|glad to (?:meet|see|hear)|there's (?:always )?(?:hope"
                                + "|light at the end)|don't be (?:so )?(?:hard on|harsh on|tough on) yourself|don't (?:blame|beat up) yourself"
                                + "|(?:it's|that's|it is|that is) (?:completely |perfectly |totally |very |so |absolutely )?(?:normal|natural"
                                + "|understandable|okay|ok|alright|fine|common|human|valid) (?:to|that you|for you|for anyone)"
                                + "|(?:that's|that is|it's|your feelings are) (?:completely |perfectly |totally )?(?:normal|understandable"
                                + "|natural|valid)|keep (?:it )?up|hang in there|stay strong|keep going|keep your head up"
                                + "|you're (?:going to|gonna) be (?:fine|okay|ok|alright|great)|one (?:day|step) at a time"
                                + "|(?:it|things|life) gets? better|(?:don't|shouldn't|no need to|never) be (?:ashamed|embarrassed"
                                + "|afraid to)|keep (?:fighting|pushing|going|at it)|be proud of yourself"
                                + "|you(?:'re| are) not (?:a|the) (?:bother|burden|bad guy|problem|only one)")
                .moves(Move.AFFIRM)
                .extent(Extent.CLAUSE)
                .unlessBefore("(?:not|isn't|if|whether|wonder|think) $"));
    }

    /** Adds praise of who they are and reassurance about how things will go, beyond the stock lines above. */
    private static void moreAffirmations(List<Builder> b) {
        b.add(phrase(
                        "affirm.you-are-good",
                        "you(?:'re| are| seem| sound)(?: like)? (?:(?:such|a|an|very|so|really|truly|incredibly|clearly|obviously"
                                + "|genuinely) ){0,3}(?:good|great|thoughtful|generous|kind|caring|wonderful|amazing|loving|strong|brave"
                                + "|smart|mature|intelligent|talented|capable|resilient|sweet|nice|bright|hard-working|hardworking"
                                + "|considerate|responsible|patient|wise|self-aware|dedicated|devoted|supportive|lovely|beautiful"
                                + "|gifted|skilled|qualified|valuable|worthy|loved)\\b")
                .moves(Move.AFFIRM)
                .extent(Extent.CLAUSE)
                .unlessBefore("(?:if|whether|not|think|wonder|feel like|worry that|afraid) $")
                .unlessAfter(" (?:at|with|for|about|to) (?:\\w+ )?(?:it|that|this|them|him|her)?\\s*\\?"));
        b.add(phrase(
                        "affirm.it-will-be-fine",
                        "(?:don't|do not|try not to|no need to) worry|i have no doubt|no doubt (?:you|that you|it)"
                                + "|(?:it|things|this|that|life)(?:'ll| will)? (?:gets?|will get|become|becomes) (?:a (?:little|lot|bit) )?"
                                + "(?:easier|better)|(?:it|this|that|things|time) (?:will|'ll|shall) (?:pass|heal|settle|improve|work"
                                + " out|sort (?:itself|themselves) out|fall into place)|this too shall pass|at least you"
                                + "|you(?:'ll| will) (?:definitely |surely |certainly |soon |eventually )?(?:be able to|find|get"
                                + " through|make it|overcome|succeed|handle|manage|ace|land|get there|feel better|be back)"
                                + "|(?:that|it|this)(?:'s| is) (?:totally |completely |perfectly |absolutely )?(?:fine|okay|ok|alright"
                                + "|all right)(?: to| that| if)|(?:it's|that's|it is|that is|this is) (?:so |really |very |such )?"
                                + "(?:good|great|wonderful|fantastic|excellent) (?:news|that|to hear)"
                                + "|(?:it's|that's|it is|that is) (?:a )?(?:good|great|big|huge) (?:sign|step|start|thing|achievement)"
                                + "|(?:i'm|i am) (?:so |very |quite |pretty |absolutely )?(?:sure|certain|confident)(?! (?:if|whether|what"
                                + "|how|why|when|where|about))|you(?:'ll| will) (?:do|be|feel) (?:(?:just|so|really) )?(?:great|fine|well"
                                + "|amazing|good|okay|ok|alright|all right|better)|you can (?:definitely |totally |surely |certainly )?"
                                + "(?:get through|handle|overcome|beat|make it|do (?:it|this|that))|good thinking|nicely put"
                                + "|you put (?:that|it) (?:really |so )?(?:well|nicely)|(?:there's|there is) nothing wrong with"
                                + "|(?:it|that|this|the pain|the feeling|things) (?:will|'ll) (?:fade|ease|get easier|heal)"
                                + "|you(?:'ve| have)? handled (?:it|that|this|things) (?:really |so |very )?(?:well|greatly|nicely)"
                                + "|(?:that's|that is|that sounds|it sounds|sounds|very|so) (?:really |very |so |pretty )?(?:good|great"
                                + "|wonderful|understandable|promising|reasonable)(?=\\W*$|[.!,])")
                .moves(Move.AFFIRM)
                .extent(Extent.CLAUSE)
                .unlessBefore("(?:not|isn't|if|whether|wonder|why|when|how) $"));
    }

    /** Adds being with them from a distance: understanding said plainly, an open door, prayers, support. */
    private static void beingWithThem(List<Builder> b) {
        b.add(phrase(
                        "acknowledge.know-what-you-mean",
                        "i (?:totally |completely |really )?know what you mean|i (?:can |totally |completely |really |do )?understand"
                                + " (?:it|that|this)(?= ?(?:[.!,;]|$))|i (?:can )?(?:totally |completely |really )?see where you're"
                                + " coming from|i know (?:how|what) (?:it|that|this) (?:feels?|is like)|i know (?:that|the) feel(?:s|ing)?\\b"
                                + "|i feel (?:a )?similar(?:ly| way)")
                .moves(Move.ACKNOWLEDGE)
                .extent(Extent.CLAUSE));
        b.add(phrase(
                        "empathise.open-door",
                        "(?:pm|dm|message|text|inbox) me|(?:i'll |i will |will |i'm |i am )?pray(?:ing)? for you|i (?:really )?support"
                                + " you|thinking (?:of|about) you|sending (?:prayers|thoughts|you)|(?:i'm|i am) (?:right |always |still"
                                + " |just )?here(?= ?(?:[.!,;:)]|$))|(?:i'm|i am) (?:right )?here (?:if|whenever|when|anytime|any time"
                                + "|for ya)|hmu|hit me up|reach out to me|i can lend (?:a|an) (?:ear|hand)|i see you(?= ?(?:[.!,;]|$))")
                .moves(Move.EMPATHISE)
                .extent(Extent.CLAUSE)
                .unlessBefore("(?:don't|do not|never|not|stop|if) $"));
        b.add(phrase(
                        "affirm.be-strong",
                        "(?:be|stay) strong|hang in there|you got this|happy birthday|congrat\\w*|you should (?:feel|be) (?:so |really )?proud"
                                + "|you don't deserve (?:that|this|it|any of)|(?:strength|peace|love) and (?:peace|strength|love)"
                                + "|(?:crying|it's|it is|that's) (?:always |totally |completely |perfectly )?(?:okay|ok|alright|fine) to")
                .moves(Move.AFFIRM)
                .extent(Extent.CLAUSE));
    }

    /**
     * Adds encouragement to carry on with what they are doing ("Keep writing those lists!", "Just do your best"):
     * backing them, said as an opening imperative, where "keep telling yourself..." or a tip in the middle of a
     * sentence is not.
     */
    private static void encouragement(List<Builder> b) {
        b.add(phrase(
                        "affirm.carry-on",
                        "^{lead}(?:just )?(?:keep (?:on )?(?!telling|saying|thinking|asking|hearing)[a-z]+ing|do your best)\\b")
                .moves(Move.AFFIRM)
                .extent(Extent.CLAUSE));
    }

    /**
     * Adds warmth for them beyond the set lines: contradicting the harsh thing they say of themselves ("you're
     * not a burden"), an open offer to listen, a wish for them without the "I", and their pain felt with them.
     */
    private static void warmth(List<Builder> b) {
        b.add(phrase(
                        "affirm.not-what-you-fear",
                        "(?:you(?:'re| r) (?:really |definitely |certainly |absolutely |so )?(?:not|never)|you (?:aren't|are never"
                                + "|arent)|your not|ur not|u(?: r| are)? not) (?:a |an |the |that |so |as )?(?:(?:complete|total"
                                + "|huge|big|massive) )?(?:worthless|useless|a bother|bother|a burden|burden|alone|failure|a failure"
                                + "|mistake|a mistake|ugly|stupid|broken|crazy|weak|pathetic|loser|a loser|unlovable|hopeless|waste"
                                + "|a waste|annoying|disappointment|a disappointment|too much|selfish|bad person|a bad person"
                                + "|problem|to blame|damaged|boring|unwanted|weird|dumb|lazy|only one|worthless|nothing|insane"
                                + "|beyond help|ugly)\\b")
                .moves(Move.AFFIRM)
                .extent(Extent.CLAUSE)
                .unlessBefore("(?:if|whether|think|feel like|worry that|afraid|sure) $"));
        b.add(phrase(
                        "affirm.more-than-this",
                        "(?:you(?:'re| are| r)|your|ur) (?:(?:only|just) human|(?:so much |way |a lot )?(?:stronger|braver|smarter|better"
                                + "|more (?:capable|loved|valuable|worthy)) than you (?:think|know|believe|realise|realize|feel)|not your"
                                + " (?:mistakes|past|illness|depression|diagnosis|thoughts|anxiety|worst (?:day|moments?)))"
                                + "|you(?:'re| are) (?:so )?(?:loved|golden|cared for|worth it)\\b"
                                + "|no ?one (?:expects|would expect|is expecting) you to (?:be perfect|fix|have|know|do|get)")
                .moves(Move.AFFIRM)
                .extent(Extent.CLAUSE)
                .unlessBefore("(?:if|whether|not|think|feel like|worry that|afraid) $"));
        b.add(phrase(
                        "empathise.offer-to-listen",
                        "(?:if|whenever) you (?:ever )?(?:want|need|'d like|would like|wanna|feel like you need) to (?:talk|vent"
                                + "|chat)|(?:send|drop|shoot) me (?:a |an )?(?:pm|dm|message|msg|line|note)|msg me"
                                + "|let (?:me|us) know if you (?:ever )?(?:want|need|'d like|would like|wanna) to (?:talk|vent|chat)")
                .moves(Move.EMPATHISE)
                .extent(Extent.CLAUSE)
                .unlessAfter(" (?:to|with) (?:a|an|the|your|someone|somebody|anyone|a manager|support)\\b"));
        b.add(phrase(
                        "empathise.wish-without-i",
                        "^{lead}(?:really |just |i'm |i am )?hop(?:e|ing) (?:that )?(?:you|things|it gets|everything|your|tomorrow"
                                + "|the rest)")
                .moves(Move.EMPATHISE)
                .extent(Extent.CLAUSE)
                // "Hope your weekend is going well", "hope you enjoy the trip": a pleasantry, not a wish about their
                // trouble.
                .unlessAfter(
                        "(?: that)? (?:helps?|answers|makes sense|clears|don't mind|can|could|will be able|have a|had a"
                                + "|are having|'re having|enjoy|too|are (?:well|good|doing well)|'re (?:well|good|doing well)|day|weekend"
                                + "|afternoon|after noon|evening|morning|trip|week|night|holiday|vacation)\\b"));
        b.add(phrase(
                        "empathise.invite-to-share",
                        "(?:up|care|willing|here) to (?:talk|chat|share|vent)(?= ?\\?)|i(?:'d| would) (?:love|like) to (?:hear|read)"
                                + "(?: (?:more|it|about it|your story|what happened|from you))?(?= ?(?:[.!,;]|and |$))")
                .moves(Move.EMPATHISE)
                .extent(Extent.CLAUSE));
        b.add(phrase(
                        "empathise.plea",
                        "(?:please,? )?(?:don't|do not) (?:do it|give up|kill yourself|hurt yourself|end it|end your life|go through"
                                + " with it)|i (?:really )?(?:don't|do not) want you to (?:die|go|jump|leave|hurt|do it|give up|end|kill)"
                                + "|please (?:stay|hold on|don't go)|(?:i'm|i am) (?:right |all the way |totally |always )?with you(?! (?:on|about|in|there|that|as))")
                .moves(Move.EMPATHISE)
                .extent(Extent.CLAUSE)
                .unlessBefore("(?:i|we|they|he|she|people|if|why|not|to) $")
                .unlessAfter(
                        " (?:often|too|so|more|again|anymore|until|unless|without|that way|like that|right|wrong)\\b"));
        b.add(phrase(
                        "empathise.moved-by-it",
                        "(?:it|this|that|your (?:post|story|words|message)|reading (?:this|that|your \\w+)|hearing (?:this|that))"
                                + "(?: really| just| honestly| genuinely)? (?:makes|made) me (?:so |really |very |feel |a bit |kind of )?"
                                + "(?:sad|upset|angry|mad|furious|heartbroken|cry|tear up|teary|emotional|want to cry|sick to my stomach)"
                                + "|(?:i'm|i am|i feel|i was) (?:so |really |very |genuinely |truly )?(?:sad|angry|upset|heartbroken|furious"
                                + "|mad|gutted|sick) (?:for you|to (?:read|hear|see|know|think) (?:that|this|about|you|how|what)"
                                + "|(?:that|about what|at what) (?:happened to you|you(?:'re|'ve| are| have| went| had)|they did to you))"
                                + "|(?:breaks|broke|broken) my heart|my heart (?:sank|sinks|hurts|aches|breaks) (?:for|reading|when|to)")
                .moves(Move.EMPATHISE)
                .extent(Extent.CLAUSE)
                .unlessBefore("(?:not|if|whether|don't|didn't|doesn't) $"));
        b.add(phrase(
                        "empathise.wish-for-them",
                        "i (?:really |truly |sincerely |just |do )?hope (?:that )?(?!(?:this|it|that) (?:helps?|answers|makes sense"
                                + "|clears|was|is)\\b)(?:[\\w']+ ){1,6}?(?:you|your)\\b|you(?:'ve)? got (?:us|me)(?! (?:to|for|on|wrong))")
                .moves(Move.EMPATHISE)
                .extent(Extent.CLAUSE));
        b.add(phrase(
                        "empathise.feel-your-pain",
                        "i (?:can |really |totally )?feel (?:your|ur|you're) (?:pain|hurt|sadness|struggle|frustration|loneliness"
                                + "|anger|grief|heartbreak|exhaustion)|^{lead}feel (?:you|ya)\\b|i know what it's like"
                                + "|i know (?:exactly )?what it feels like|i know how much (?:it|that|this) (?:hurts|sucks|stings)")
                .moves(Move.EMPATHISE)
                .extent(Extent.CLAUSE));
    }

    /** Adds self-disclosure: a similar experience of the speaker's own. */
    private static void selfDisclosure(List<Builder> b) {
        b.add(phrase(
                        "self-disclose.been-there",
                        "i(?:'ve| have) been (?:there|through (?:this|that|it|something|the same|similar|a lot|something similar|hard"
                                + "|a similar)|in (?:your|the same|a similar|that|this) (?:shoes|position|situation|boat|place))"
                                + "|i went through|i(?:'ve| have) (?:also |once )?(?:had|experienced|dealt with|faced|struggled with|gone"
                                + " through|lost|felt) (?:a |the )?(?:similar|same|something similar|this|that|it|those|these)"
                                + "|(?:the )?same (?:thing )?(?:happened|happens) to me|(?:it|this|that|something similar) (?:happened"
                                + "|happens) to me|me too|same here|so do i|so did i|i(?:'m| am) (?:in )?the same (?:boat|situation"
                                + "|position)|i (?:can )?(?:totally |really |definitely )?relate|i know (?:the|that|this) feeling"
                                + "|i(?:'ve| have) (?:also )?(?:struggled|dealt) with|i (?:also|too) (?:have|had|feel|felt|struggle"
                                + "|struggled|went|was|used to|lost|know|get|got|deal|dealt|suffer|suffered|experienced)"
                                + "|i(?:'ve| have) (?:also )?felt (?:like that|that way|the same|this way|like this|that too|it)"
                                + "|i had (?:that|this|the same|a similar|similar) (?:problem|issue|experience|feeling|thought|situation"
                                + "|happen)|been there (?:myself|too|before)|(?:as|being) (?:a|an) (?:mom|mum|mother|dad|father|parent"
                                + "|student|teacher|nurse|woman|man|introvert|single parent|older person)(?: myself)?,? i"
                                + "|i have (?:some|a lot of|had) experience|(?:it|this|that) (?:genuinely |really |definitely )?(?:did|does)"
                                + " help(?:ed)? me|whenever i|i (?:find|found) that (?:when )?i|(?:i'm|i am) (?:the same|better|bad"
                                + "|terrible|not good) (?:at|with|way)|getting me down|when i (?:broke up|was|had|lost|went|moved|got"
                                + "|started|felt|first|left|quit|finally)|i (?:felt|cried|struggled|grew up|broke up|moved|lost my"
                                + "|went through|was (?:so |very |really )?(?:sad|scared|angry|upset|anxious|aggravated|nervous|lonely"
                                + "|depressed|worried|stressed|relieved|hurt|heartbroken|devastated))")
                .moves(Move.SELF_DISCLOSE)
                .extent(Extent.CLAUSE));
        b.add(phrase(
                        "self-disclose.my-life",
                        "^{lead}(?:when i was|back when i|i used to (?:be|feel|have|struggle|get|think|work|live|go|do)|in my (?:own )?"
                                + "(?:experience|case|life|family|job|work|last job|twenties|teens|youth)|for me,? (?:it|what|personally"
                                + "|the)|personally,? i|i remember (?:when|how|feeling|being)|my (?:own )?(?:ex|husband|wife|partner"
                                + "|boyfriend|girlfriend|son|daughter|mom|mum|dad|mother|father|brother|sister|best friend|friend|kids"
                                + "|children|family|parents|grandma|grandmother|grandpa|grandfather|aunt|uncle|cousin|dog|cat|boss"
                                + "|therapist|doctor) (?:was|is|had|has|did|used|went|got|would|passed|left|lost|also|and|once|always"
                                + "|never))")
                .raw()
                .moves(Move.SELF_DISCLOSE)
                .extent(Extent.SENTENCE));
        b.add(phrase(
                        "self-disclose.what-helped-me",
                        "(?:what|something that|one thing that|the thing that) (?:really )?(?:helped|helps|worked for|works for) me"
                                + "|(?:helped|helps|worked for|works for) me (?:a lot|too|as well|when|to)|i (?:found|find) (?:that )?"
                                + "(?:it|that|this|writing|talking|exercise|walking|music|meditation) (?:really )?(?:helps|helped)")
                .moves(Move.SELF_DISCLOSE)
                .extent(Extent.SENTENCE));
    }

    /** Adds advice: suggesting what they could do themselves. */
    private static void advice(List<Builder> b) {
        b.add(phrase(
                        "advise.you-could",
                        "you (?:should|could|might|may|can) (?:also |always |maybe |perhaps |probably |definitely |really |just )?"
                                + "(?:try|consider|think about|look into|look for|talk to|speak to|speak with|talk with|reach out|see a|see"
                                + " someone|see if|ask|get (?:some|a|help|professional|outside|in touch)|go (?:to|for|out|see)|join|find"
                                + "|start|take (?:a|some|time|care|up)|make (?:a|some|time|sure|plans)|write|call|contact|focus on|give"
                                + " (?:yourself|it|them|her|him)|set (?:a|some|up|aside|boundaries)|tell (?:them|her|him|your)|let (?:them"
                                + "|her|him)|spend|plan|practice|practise|keep (?:a|busy|track)|distract|remind yourself|treat yourself"
                                + "|allow yourself|be (?:honest|open|kind|gentle|patient)|explain|apply|sign up|volunteer|exercise"
                                + "|meditate|journal|pray|rest|sleep|check out|look at|look up|research|learn|search)"
                                + "|you (?:might|may) want to|you(?:'d| would) (?:do well|be better off|benefit from)"
                                + "|(?:maybe|perhaps) (?:you could|you can|you should|you shouldn't|you need|try|consider|it would help|it would be|it's time"
                                + "|talk|reach out|start|take|look|go|get|find|write|ask|see if)"
                                + "|why (?:don't|not) you|why not (?:try|talk|ask|see|give|just|start|take|get)")
                .moves(Move.ADVISE)
                .extent(Extent.CLAUSE)
                .unlessBefore("(?:if|what|whether|how|why|when|where|which|that|so) $"));
        b.add(phrase(
                        "advise.have-you-tried",
                        "have you (?:ever )?(?:tried|considered|thought (?:about|of)|looked into|talked to|spoken to|spoken with"
                                + "|talked with|asked|reached out|been to see|seen a|gone to|checked out|looked at)"
                                + "|(?:did|do|would|could|can) you (?:try|consider|think about|look into|talk to|speak to|reach out)"
                                + "|(?:is|would) (?:it|that|there) (?:be )?(?:possible|an option|a way) (?:to|for you)"
                                + "|what (?:about|if you) (?:trying|talking|asking|joining|getting|seeing|taking|making|writing|finding"
                                + "|calling|going|starting|looking|reaching)|how about (?:trying|talking|asking|joining|getting|seeing|taking"
                                + "|making|writing|finding|calling|going|starting|looking|reaching)")
                .moves(Move.ADVISE)
                .extent(Extent.CLAUSE));
        b.add(phrase(
                        "advise.i-suggest",
                        "(?:i|i'd|i would|i could|i'd really|i would really|i strongly) (?:suggest|recommend|advise|encourage|urge)"
                                + "|if i (?:were|was) you|(?:i would|i'd) (?:definitely |probably |just |personally |first )?(?:talk|go|try"
                                + "|call|ask|start|look|consider|make|get|take|write|tell|reach|see|speak|focus|find|spend|put|leave"
                                + "|stay|keep|avoid|wait|let)|my (?:advice|suggestion"
                                + "|recommendation) (?:is|would be|to you)|(?:it|that|this) (?:also )?(?:might|may|could|would|can|will)"
                                + " (?:also )?(?:really )?"
                                + "(?:help|be (?:helpful|good|worth|a good idea|useful|beneficial|wise)) (?:to|if you|for you to)"
                                + "|it(?:'s| is| would be| might be| may be) (?:a good idea|worth|helpful|important|best|better|wise) to"
                                + "|(?:it's|it is|it would be|it might be|it may be) (?:always |definitely |really )?worth \\w+ing"
                                + "|the best (?:thing|way) (?:to do|you can do|would be|is to)|(?:i think |maybe )?you need to"
                                + "|you have to (?:try|learn|remember|take|find|talk|tell|let|stop|start|focus|make|be)|you must (?:try|take"
                                + "|find|talk|tell|stop|start|remember)|you ought to")
                .moves(Move.ADVISE)
                .extent(Extent.CLAUSE)
                .unlessBefore("(?:if|whether|what|do|don't|can't|when) $"));
        b.add(phrase(
                        "advise.imperative",
                        "^{lead}(?:(?:maybe|perhaps|just|so|please|definitely|also|first),? )?(?<q>(?:try|consider|remember to"
                                + "|make sure (?:you|to)|don't forget to|take (?:some|a|care(?= (?:of (?!yourself\\b)|to |not ))|time|it|things|up)|go for|reach out|talk to"
                                + "|speak to|speak with|get (?:some|a|help|outside|professional|in touch|out)|focus on|write (?:down|it|them"
                                + "|a|your)|set (?:aside|some|a|up|boundaries)|give yourself|allow yourself|be (?:kind|gentle|patient|honest"
                                + "|open) (?:to|with)|treat yourself|look (?:for|into|up)|join|find (?:a|some|someone|something|time|ways)"
                                + "|keep (?:a|your|track|busy|in touch)|distract yourself|stay (?:away|off|busy|active|positive|focused)"
                                + "|avoid|stop|start|tell (?:them|her|him|your)|ask (?:them|her|him|your|for)|call|contact|search|google"
                                + "|check out|put yourself|surround yourself|spend (?:some|more|time)|do something|learn|practice|practise"
                                + "|schedule|plan|exercise|meditate|journal|sleep|rest|eat|drink (?:water|some)|go (?:online|out|for|to|see|and)"
                                + "|do (?:one thing|something|some|what)|make (?:a|sure|time|some|plans)|have a (?:look|chat|talk|go)"
                                + "|let (?:them|her|him) know|read|listen to|watch|polish|update your|apply)\\b)")
                .raw()
                .moves(Move.ADVISE)
                .extent(Extent.REST));
    }

    /** Adds suggestions said as what would help, as a gentle question, or as a plain instruction. */
    private static void moreAdvice(List<Builder> b) {
        b.add(phrase(
                        "advise.would-help",
                        "(?:can|could|might|may|would|will) (?:really |definitely |also |probably |certainly |surely |possibly )?"
                                + "(?:help(?: you)?(?: (?:to |a lot|with|feel|get|relax|calm|clear|sleep|cope))?|be (?:helpful|a good idea"
                                + "|good for you|beneficial|worth (?:a try|trying|it)|a good (?:start|step|way|outlet|distraction)))"
                                + "|(?:maybe|perhaps) if you|(?:it's|it is|it may be|it might be|maybe it's) (?:about )?time to"
                                + "|would you (?:be (?:willing|prepared|open|able) to|consider|like to try|think about)"
                                + "|i (?:wonder|was wondering) (?:if|whether) (?:you|it)(?: might| could| would|'d| have| had)"
                                + "|(?:is|are) (?:a )?(?:good|great|helpful|useful) (?:for|way to|idea|option|outlet|distraction)"
                                + "|one (?:thing|idea|suggestion|option) (?:you could|would be|might be|is to|that might)"
                                + "|you (?:could|should|might|may) (?:also |always |maybe |perhaps |just |even |still |then |definitely"
                                + " |probably |try and )?(?!(?:be|feel|have been|not|never|imagine|say|think so|see why|know|understand"
                                + "|already|find it|want|like|wonder|get that)\\b)[a-z]{3,}"
                                + "|(?:you|u) can (?:also |always |just |even |then |easily |definitely )?(?:try|look|ask|talk|join|use|find"
                                + "|take|go|start|check|search|call|contact|reach|choose|trade|meet|speak|write|read|watch|listen|buy"
                                + "|order|apply|volunteer|visit|practice|practise|learn|spend|do some|set|plan|schedule|sign up|consider)"
                                + "\\b")
                .moves(Move.ADVISE)
                .extent(Extent.CLAUSE)
                .unlessBefore("(?:i|we|how|what|why|that) $"));
        b.add(phrase(
                        "advise.do-this",
                        "^{lead}(?:(?:maybe|perhaps|just|so|please|definitely|also|first|always|then),? )?(?<q>(?:use|remember"
                                + "|be (?:patient|kind|gentle|honest|strong|positive|open|careful|proud|brave|confident|yourself)"
                                + "|don't (?:be|let|give up|forget|put|stress|hesitate|feel|blame|beat|isolate|rush|push|compare)"
                                + "|do not (?:be|let|give up|forget|put|stress|hesitate|feel|blame|isolate|rush|compare)"
                                + "|think about|seek|see (?:a|if|someone)|visit|breathe|relax|enjoy(?! (?:the rest of )?(?:your|the) (?:day|evening|night|weekend|holidays?)\\b)|share|express|forgive|accept"
                                + "|distance yourself|believe in yourself|keep (?:going|trying|at it|pushing|fighting|doing|up|on)"
                                + "|let (?:yourself|go|it)|give (?:it|them|him|her)|pick up|consult|work on|ignore|move on|open up"
                                + "|reach|speak up|maintain|continue|create|prepare|study|celebrate|pamper yourself|have faith"
                                + "|stay (?:calm|safe|home|connected|in touch|close|strong|hopeful|patient)|obey|think (?:of|positive|about"
                                + "|positively)|rescue|adopt|buy|get (?:outside|out|some|a|in touch|back)|go (?:back|outside|easy|slow)"
                                + "|look (?:at|after|on|around)|tell (?:yourself|someone|her|him|them)|talk (?:with|about|it)|sit down"
                                + "|wait|pray|eat|drink|smile|walk|unplug|disconnect|delete|block|mute|take (?:breaks|a break|a walk"
                                + "|a deep|deep|your time)|spend|save|budget|ask (?:around|yourself|about)|reward|remind|hug)\\b)")
                .raw()
                .moves(Move.ADVISE)
                .extent(Extent.REST));
    }

    /**
     * Adds what a supporter says in passing: understanding of why they feel as they do ("I can understand why
     * you'd be angry"), reassurance that a hard stretch ends or that their choice was sound, and a tip offered
     * as one more thing to try ("Another thing that helps is...", "You can also...", "How about a walk?").
     */
    private static void understandingNamedAndTipsInPassing(List<Builder> b) {
        b.add(phrase(
                        "acknowledge.understand-why",
                        "i (?:can |do |completely |totally |really |definitely |fully |certainly |can totally |can completely"
                                + " |can definitely |can really )?(?:understand|imagine) (?:how|why|what|that (?!(?:is|was|too|also|completely)\\b)|wanting|being|feeling"
                                + "|you(?:'re| are| must| would| feel| felt))\\b|i can (?:tell|sense|hear) (?:that )?(?:you|how)\\b")
                .moves(Move.ACKNOWLEDGE)
                .extent(Extent.CLAUSE)
                .unlessBefore("(?:not|don't|if|whether) $"));
        b.add(phrase(
                        "affirm.it-will-end",
                        "you(?:'ve| have)? (?:made|make|are making) (?:the|a) (?:right|good|great|smart|wise|correct|brave|healthy)"
                                + " (?:decision|choice|call|move)|(?:you're|you are|your) (?:definitely |certainly |really |truly )?not"
                                + " (?:alone|the only)|(?:it|this|that|things|(?:this|the|that) (?:(?:rough|hard|difficult|tough|bad"
                                + "|awful|current) )?(?:patch|time|phase|period|stage|feeling|pain|storm|situation|pandemic|crisis"
                                + "|lockdown|season)) (?:will|is going to|shall) (?:soon )?(?:end|be over|pass)\\b|will get b[ae]tter")
                .moves(Move.AFFIRM)
                .extent(Extent.CLAUSE)
                .unlessBefore("(?:not|if|whether|wonder|when|afraid|worry|worried|fear|scared) $"));
        b.add(phrase(
                        "advise.one-more-thing",
                        "(?:another|one|the best|the other) (?:thing|option|idea|way|suggestion|tip|trick)(?: that)?(?: (?:i|you"
                                + "|which))? (?:\\w+ ){0,3}(?:helps?|helped|worked|works|could|can|might|would|is to|was to|found)\\b"
                                + "|(?:you|u) (?:can|could) also (?!(?:be|feel|see|tell|understand|imagine|say)\\b)[a-z]{3,}"
                                + "|you (?:just|really|also|simply|still) (?:need|have|got|ought) to\\b"
                                + "|(?:it|that)(?:'s| is| would be| might be| may be| could be|'d be) (?:\\w+ )?(?:easier|worthwhile"
                                + "|beneficial|useful|smart|better) (?:to|if you|for you)\\b"
                                + "|^{lead}(?:maybe|perhaps) (?:there(?:'s| is| are)|sign up|ask|talk|reach|start|join|look|try|get|find"
                                + "|take|go)\\b")
                .moves(Move.ADVISE)
                .extent(Extent.CLAUSE)
                .unlessBefore("(?:if|whether|what|how|why|i|we) $"));
        b.add(phrase(
                        "advise.how-about",
                        "^{lead}(?:(?:or|and|so|well|maybe),? )?(?:how|what) about (?!(?:you|yours?|it|that|this|now|him|her|them"
                                + "|the rest|your day|yourself)\\b)\\w+"
                                + "|^{lead}(?:(?:or|and|so|well|maybe),? )?(?:could|can) you (?!(?:tell|share|describe|explain|say"
                                + "|elaborate|clarify|give me|let me|please|hear|see|remember|think of|believe|imagine|relate"
                                + "|understand)\\b)[a-z]{3,}")
                .moves(Move.ADVISE)
                .question()
                .extent(Extent.CLAUSE));
    }

    /**
     * Adds the speaker's own life said in passing: the same trait or trouble ("I'm also a night owl", "my
     * brother also lost his job"), a habit ("When I can't sleep, I read"), and a feeling the same thing stirs
     * in them ("It makes me sad too").
     */
    private static void ownLifeInPassing(List<Builder> b) {
        b.add(phrase(
                        "self-disclose.me-as-well",
                        "i(?:'m| am) (?:also|too) (?!(?:here|sorry|glad|happy to|so sorry|not sure|wondering|curious)\\b)"
                                + "|my (?:\\w+ ){1,2}(?:also|too) (?:had|has|was|went|lost|left|found|did|got|felt|struggled"
                                + "|suffered|dealt)|i(?:'ve| have) actually (?:been|had|done|gone|lost|felt|dealt|struggled)"
                                + "|(?:makes|made) me (?:feel )?(?:so |really |very )?(?:sad|happy|anxious|nervous|angry|scared"
                                + "|lonely|stressed|worried|upset|frustrated) (?:too|as well)"
                                + "|^{lead}when(?:ever)? i (?:am|'m|feel|get|have|had|was|can't) [^,.?!]{1,60}, i\\b")
                .moves(Move.SELF_DISCLOSE)
                .extent(Extent.SENTENCE)
                .unlessBefore("(?:if|whether|you|and you) $"));
    }

    /**
     * Adds siding with them: agreeing with how they see it ("You're right", "Exactly!"), telling them their
     * reaction is not odd or wrong ("That's not weird at all"), and hope said as a fact ("Better days are
     * ahead").
     */
    private static void sidingWithThem(List<Builder> b) {
        b.add(phrase(
                        "affirm.agree",
                        "^{lead}(?:(?:yes|yeah|yep|oh|well)[,.!]* )?(?:i (?:completely |totally |fully |definitely |absolutely"
                                + " |so |really )?agree|exactly|that's the spirit|well said|(?:that's |that is )?(?:so|very) true"
                                + "|(?:that's|that is) (?:so |very )?true|you(?:'re| are) (?:so |absolutely |totally |completely )?right"
                                + "(?! (?:to|that|about (?:the|my|our) (?:order|bill|account|policy)))|absolutely(?= ?(?:[.!]|$)))")
                .moves(Move.AFFIRM)
                .extent(Extent.CLAUSE));
        b.add(phrase(
                        "affirm.not-wrong",
                        "(?:that|it|this)(?:'s| is) not (?:weird|wrong|silly|stupid|crazy|selfish|strange|your fault|a bad thing)"
                                + "|(?:don't|do not) think you(?:'re| are) (?:\\w+ )?(?:naive|weird|crazy|stupid|selfish|wrong"
                                + "|overreacting|a bad)|not (?:your fault|at fault|to blame)|(?:bright|better|brighter|good) (?:days"
                                + "|times) (?:are )?(?:ahead|to come|coming)|a lot to live for|(?:it's|it is|that's|that is) (?:so"
                                + " |really |very |truly )?(?:admirable|inspiring|commendable|impressive) (?:that|of you|how)")
                .moves(Move.AFFIRM)
                .extent(Extent.CLAUSE)
                .unlessBefore("(?:if|whether|wonder|think|worry|afraid|sure|know|feel|feels|felt) $"));
    }

    /** Adds naming a resource or a known fact: "There's a free app for that", "Walking is proven to lift mood". */
    private static void resourcesAndKnownFacts(List<Builder> b) {
        b.add(phrase(
                        "explain.resource",
                        "there(?:'s| is| are) (?:an?|some|this|a few|free|great|good|several) (?:[\\w-]+ ){0,2}(?:apps?|websites?"
                                + "|sites?|programs?|programmes?|groups?|hotlines?|helplines?|services?|organi[sz]ations?"
                                + "|charit(?:y|ies)|books?|podcasts?|courses?|classes|resources?|forums?|communit(?:y|ies)|clinics?"
                                + "|centers?|centres?|agenc(?:y|ies))\\b|(?:app|website|site|program|programme|book|podcast|group"
                                + "|organi[sz]ation|service|technique|method|exercise|condition|disorder|therapy|channel) called"
                                + "|(?:are|is|has been|have been) (?:scientifically |clinically )?(?:proven|shown|known) to"
                                + "|(?:it's|it is) (?:a )?(?:well-known|well known|proven|known)(?: fact)? that")
                .moves(Move.EXPLAIN)
                .extent(Extent.SENTENCE)
                .unlessBefore("(?:if|whether|wonder|not sure) $"));
    }

    /** Adds needs: saying plainly what the speaker needs or wants. */
    private static void needs(List<Builder> b) {
        b.add(phrase(
                        "need.i-need",
                        "(?:i|we|my (?:family|kids|children|husband|wife|partner|group|son|daughter|team))(?: really| also| definitely"
                                + "| desperately| badly| just| still| absolutely| truly| do){0,2} (?:need|needs|require|requires)"
                                + "(?! (?:you|to (?:check|ask|verify|confirm|see|look|get back|put|talk|speak|go|make sure|think|pause"
                                + "|stop|end|transfer|escalate|review|let you|tell you|remind you|call you)))"
                                + "|what (?:i|we) (?:really |most )?need (?:is|are|most)|(?:i|we) can't (?:do|go|manage|survive|cope|live) without"
                                + "|(?:is|are) (?:really |very |super |extremely |most )?(?:important|essential|crucial|vital|necessary|a must"
                                + "|a priority|a big deal) (?:to|for) (?:me|us|my|our)|(?:my|our) (?:top |main |biggest |first |highest )?"
                                + "(?:priority|priorities|need|needs|concern|preference) (?:is|are|would be)|(?:i|we)(?:'d| would) (?:really )?"
                                + "(?:like|love|prefer) (?:to (?:have|get|keep|take)|more|extra|some|all|the|a bit more|as much)"
                                + "|(?:i|we) (?:really )?(?:want|prefer) (?:more|extra|some|all|the|to have|to get|to keep|to take)"
                                + "|(?:i|we)(?:'m| am|'re| are) (?:a |an )?(?:diabetic|anemic|anaemic|allergic|pregnant|sick|ill|cold|thirsty"
                                + "|hungry|dehydrated|short on|low on|running low|out of)|(?:i|we) (?:get|run|tend to get|tend to run)"
                                + " (?:cold|hot|thirsty|hungry|dehydrated)|(?:i|we) (?:don't|didn't) (?:have|bring|pack) (?:enough|any|much)")
                .moves(Move.STATE_NEED)
                .extent(Extent.CLAUSE)
                .unlessBefore("(?:if|whether|what|do|don't|you|they|he|she|why|how) $"));
    }

    /** Adds general information: facts about the world rather than about this conversation. */
    private static void information(List<Builder> b) {
        b.add(phrase(
                        "explain.general-facts",
                        "(?:studies|research|science|experts|doctors|data|statistics|evidence|the guidelines|guidelines|surveys)"
                                + " (?:show|shows|say|says|suggest|suggests|found|find|indicate|indicates|recommend|recommends|have shown"
                                + "|has shown)|according to|there (?:are|is) (?:many|lots of|a lot of|plenty of|some|several|also|free"
                                + "|various|different|numerous|online|local)? ?(?:resources|groups|programs|programmes|organi[sz]ations"
                                + "|places|hotlines|helplines|websites|sites|apps|services|support groups|charities|communities|forums"
                                + "|therapists|counsel+ors|professionals|options|ways|jobs|courses|classes|benefits|grants|treatments)"
                                + "|(?:it's|it is) (?:very |really |quite |pretty |fairly |also )?(?:common|normal|known|proven|typical|rare)"
                                + " (?:for|to|that|in|among|with)|(?:many|most|lots of|a lot of|plenty of|some|millions of) (?:people|folks"
                                + "|others|adults|students|parents|women|men|employers|companies|doctors|therapists)"
                                + "(?: (?:are|have|do|feel|find|go|struggle|deal|experience|say|use|take|get))?"
                                + "|(?:is|are) (?:called|known as|defined as)|(?:can|may|might|will|does|do) (?:cause|lead to|increase"
                                + "|reduce|raise|lower|affect|trigger|release|boost|improve|worsen|help with|interact)"
                                + "|(?:is|are) (?:available|free|offered|open|provided) (?:to|for|at|in|online|through|from)"
                                + "|you can (?:find|get|apply|download|sign up|look up|order|buy|access|call|text|visit|contact) "
                                + "(?:it|them|a|an|the|free|more|information|help|support|online|at|from|through|on|by|in)")
                .moves(Move.EXPLAIN)
                .extent(Extent.SENTENCE));
    }

    /**
     * Adds the invitations to tell the story that can sit anywhere in a sentence; the other questions are read
     * from each sentence's {@link Shape}.
     */
    private static void questions(List<Builder> b) {
        b.add(phrase(
                        "question.open-invitation",
                        "(?<q>(?:can|could|would|will) you (?:please )?(?:tell|walk|talk|take) me (?:through|about|more|what|how|why|a bit)"
                                + "|(?:can|could|would) you (?:please )?(?:describe|explain what|explain how|share more|say more"
                                + "|help me understand)|tell me (?:more )?(?:about|what|how|why)|walk me through|talk me through"
                                + "|help me understand|i'd (?:love|like) to (?:hear|understand|know) (?:more|what|how|why)"
                                + "|say more about)")
                .moves(Move.OPEN_QUESTION)
                .extent(Extent.REST));
    }

    /** Adds explanations: the facts of what happened and why. */
    private static void explanations(List<Builder> b) {
        b.add(phrase("explain.justification", JUSTIFICATION_SOURCE)
                .moves(Move.EXPLAIN)
                .extent(Extent.SENTENCE));
        b.add(phrase(
                        "explain.what-happened",
                        "what happened (?:is|was)|here's what (?:happened|i found|i can see|i'm seeing)|it looks like|it seems"
                                + " (?:like|that)|according to (?:our|my|the) (?:records|system|tracking|notes|account)"
                                + "|(?:the|your) (?:system|records?|tracking|account|invoice|order history|notes|statement) (?:shows?|says"
                                + "|indicates?|has)|i can see (?:that |here that |from here that )?(?:the|your|it was|there)"
                                + "|let me explain|the (?:courier|warehouse|carrier|driver|team|bank|supplier|technician|payment)"
                                + " (?:has|had|was|is|missed|lost|sent|delivered|didn't|failed)")
                .moves(Move.EXPLAIN)
                .extent(Extent.SENTENCE));
        b.add(phrase(
                        "explain.what-was-done",
                        "(?:i've|we've) (?:just |now |already )?(?:updated|reversed|refunded|cancelled|canceled|changed|sent|added"
                                + "|issued|processed|applied|booked|credited|fixed|checked|found|confirmed|logged|escalated|raised"
                                + "|corrected|removed|reset|resent|rebooked)")
                .moves(Move.EXPLAIN)
                .extent(Extent.SENTENCE));
        b.add(phrase(
                        "explain.owning-the-mistake",
                        "(?:that|it|this|the \\w+) (?:was|is) (?:our|my) (?:mistake|error|fault)|(?:was|is) on our (?:side|end)"
                                + "|(?:we|i) (?:got|made) (?:it|this|that|a mistake|an error)(?: wrong)?|by mistake|in error")
                .moves(Move.EXPLAIN)
                .extent(Extent.SENTENCE));
    }

    /** Adds policy language: a cite-policy move, and policy first when nothing understanding came before it. */
    private static void policy(List<Builder> b) {
        b.add(phrase(
                        "policy.we-dont-do",
                        "we (?:don't|can't|won't|never) (?:do|offer|give|allow|accept|issue|provide|make|process) (?:any )?(?:cash |partial"
                                + " |full )?(?:refunds|returns|exchanges|exceptions|cash|credit|compensation|replacements|cancellations"
                                + "|price matching)")
                .moves(Move.CITE_POLICY)
                .problem(
                        POLICY_FIRST,
                        "I can see why you want your money back. A refund isn't open here, but let me look at what"
                                + " is: a repair, a replacement or a credit."));
        b.add(phrase(
                        "policy.against-policy",
                        "(?:that's|it's|this is|that would be|that'd be|it would be|that goes|this goes|it goes|that's completely"
                                + "|that's strictly) against (?:our |the |company |store |bank )?(?:policy|policies|rules|terms"
                                + "|regulations)")
                .moves(Move.CITE_POLICY)
                .problem(
                        POLICY_FIRST,
                        "I can hear how much this matters. I can't do that one under our rules, so here is what I"
                                + " can do instead."));
        b.add(phrase(
                        "policy.agreed-to-terms",
                        "you (?:agreed|signed up|consented) to (?:the|our|these) (?:terms|conditions|t&cs|terms and conditions|terms of"
                                + " service|contract|policy|agreement)")
                .moves(Move.CITE_POLICY)
                .problem(
                        POLICY_FIRST,
                        "That renewal clearly caught you off guard. Let me walk you through what the terms say for"
                                + " this case and what options that leaves you."));
        b.add(phrase(
                        "policy.company-policy",
                        "(?:it's|that's|this is) (?:simply |just |only )?(?:our |the |a )?(?:company |store |standard |strict |bank"
                                + " |firm )?(?:policy|rule)")
                .moves(Move.CITE_POLICY)
                .problem(
                        POLICY_FIRST,
                        "I understand why that answer is disappointing. I can't change that rule, but I can explain"
                                + " how it applies here and what is still open to you.")
                .unlessAfter(" (?:allows|lets|covers|means)\\b"));
        b.add(phrase(
                        "policy.policy-says",
                        "(?:our|the|company|store) (?:[\\w-]+ )?(?:policy|policies|terms|rules) (?:is|are|says|say|states|allows?"
                                + "|doesn't|don't|only|requires?|clearly|covers?|won't|prevents?|prohibits?|stipulates?|means)")
                .moves(Move.CITE_POLICY)
                .problem(
                        POLICY_FIRST,
                        "Start with their situation, then the rule: \"I can see this has cost you time. Here is what"
                                + " the policy lets me do for you.\""));
        b.add(phrase(
                        "policy.under-policy",
                        "(?:per|under|according to|in line with|in accordance with|as per|based on) (?:(?:our|the|company|current"
                                + "|standard|your) ){0,3}(?:policy|policies|terms|rules|terms and conditions|t&cs|guidelines|contract)")
                .moves(Move.CITE_POLICY)
                .problem(
                        POLICY_FIRST,
                        "Start with their situation, then the rule: \"I can see why you'd ask. Under the current"
                                + " policy I can't approve that, but here is what I can do.\""));
        b.add(phrase(
                        "policy.small-print",
                        "(?:the )?(?:terms and conditions|terms of service|t&cs|t's and c's|small print|fine print)")
                .moves(Move.CITE_POLICY)
                .problem(
                        POLICY_FIRST,
                        "Explain it in plain words after acknowledging them: \"That clause wasn't obvious, I know."
                                + " Here is what it means for your order.\""));
        b.add(phrase(
                        "policy.window",
                        "(?:outside|past|beyond|after) (?:the|our|your) (?:\\d+[- ]day )?(?:return|returns|refund|warranty|cancellation"
                                + "|cooling-off|cooling off|exchange) (?:window|period)"
                                + "|(?:not|isn't|aren't|wasn't) (?:eligible|covered|entitled) (?:for|under|by|to) (?:a |an |the |our )?"
                                + "(?:refund|return|warranty|guarantee|policy|replacement|exchange|compensation)")
                .moves(Move.CITE_POLICY)
                .problem(
                        POLICY_FIRST,
                        "Lead with them, then the limit and the way forward: \"I know you've only just found the"
                                + " fault. It's past the return window, so let me check what the warranty covers.\""));
    }

    /** Adds options, limits, next steps and promises: what will happen now. */
    private static void optionsLimitsAndCommitments(List<Builder> b) {
        b.add(phrase(
                        "offer.i-can",
                        "(?:i|we) (?:can|could) (?:also |either |still )?(?:offer|send|give|arrange|issue|set up|book|organi[sz]e|process"
                                + "|put through|refund|replace|reship|escalate|credit|waive|extend|upgrade|swap|exchange|schedule|add"
                                + "|apply|order|request|raise|try|look at|review|walk you through|go through|talk through|check|look into"
                                + "|chase|find out|call|ring|email|book in)")
                .moves(Move.OFFER_OPTION)
                .extent(Extent.CLAUSE)
                .unlessBefore("(?:not sure|don't know) (?:if|whether) $"));
        b.add(phrase(
                        "offer.options",
                        "(?:one|another|the other|a good|a better|an|the best|the first|the second|the next|your|the) option (?:is|would be"
                                + "|could be|here is)|(?:two|three|a few|some|several|other) options|you (?:could|can) (?:either|choose"
                                + "|pick|opt)|would you (?:like|prefer)|would it help if|(?:how|what) about (?:i|we|a|an|if|\\d|one each|two each|half|you (?:take|get|have|keep|give))"
                                + "|alternatively"
                                + "|i'd be happy to|i'm happy to \\w+|if you'd (?:like|prefer)|if you prefer|let me offer"
                                + "|(?:i'll|i will|i can|i could|i'm willing to|i am willing to|i'd be willing to) (?:give|let you have"
                                + "|trade|split|share|throw in|part with)|you (?:can|could) (?:have|take|keep) (?:all|the|both|two|three"
                                + "|one|my|some|the rest|most)|(?:let's|we can|we could|why don't we) (?:split|share|divide|trade"
                                + "|meet in the middle|compromise|work (?:it|this|something) out)|if you (?:give|let) me"
                                + "|would you (?:be willing|agree|accept|consider|be ok|be okay|be fine|be happy) (?:to|with)")
                .moves(Move.OFFER_OPTION)
                .extent(Extent.CLAUSE));
        b.add(phrase("offer.but-i-can", "(?:but|however|instead|though),? (?:what )?(?:i|we) can(?!'|\\s*not)\\b")
                .moves(Move.OFFER_OPTION)
                .extent(Extent.CLAUSE)
                .unlessAfter(" (?:see|hear|understand|imagine|tell|appreciate|assure)\\b"));
        b.add(phrase(
                        "limit.what-i-can-do",
                        "(?:what|here's what) (?:i|we) can (?:do|offer)(?: is| right now| for you| today|,)?")
                .moves(Move.STATE_LIMIT, Move.OFFER_OPTION)
                .extent(Extent.CLAUSE));
        b.add(phrase(
                        "limit.i-cannot",
                        "(?:i|we)(?: really| just| unfortunately| honestly| simply)? (?:can't|won't be able to|don't have (?:the )?"
                                + "(?:authority|ability|access|power|permission|sign-off) to|won't (?:promise|guarantee|approve|refund))"
                                + " \\w+|(?:i'm|we're)(?: really| just| unfortunately| honestly| simply)? (?:not able to|unable to"
                                + "|not allowed to|not authori[sz]ed to|not in a position to) \\w+")
                .moves(Move.STATE_LIMIT)
                .strength(CLEAR_LIMIT)
                .extent(Extent.CLAUSE)
                .unlessAfter(
                        " (?:wait|believe|imagine|stress|thank|tell you how|apologi[sz]e|say enough|understand|hear|let that"
                                + " happen|be long)"));
        b.add(phrase(
                        "limit.not-something-i-can",
                        "(?:that's|this is|that isn't|this isn't|it's|it isn't) (?:not )?(?:something|what|anything) (?:i|we) (?:can|am able"
                                + " to|'m able to)|(?:that's|it's) (?:beyond|outside) (?:my|what i can|my authority|my control|what we can)"
                                + "|i(?:'ve| have) reached the limit|(?:the most|the best) (?:i|we) can (?:do|offer)"
                                + "|here's what i can't (?:do|promise)|what i can't (?:do|promise)")
                .moves(Move.STATE_LIMIT)
                .strength(CLEAR_LIMIT)
                .extent(Extent.CLAUSE));

        b.add(phrase(
                        "next-step.i-will",
                        "(?:i'll|i'm going to|i am going to|we'll|we're going to|let me|let's) (?:now |just |quickly |personally |first |then"
                                + " |also |right away )?(?:check|call|ring|phone|email|send|look|escalate|update|follow up|get back"
                                + "|confirm|chase|contact|review|find out|let you know|pass|raise|log|book|arrange|process|pull up"
                                + "|look into|investigate|speak|talk|text|message|reach out|put|open|file|create|submit|request|order"
                                + "|ship|reship|dispatch|track|see|find|get back|get in touch|note|flag|write|set up|transfer|connect|loop in|ask|verify|double-check"
                                + "|dig into|go through|walk you through|walk through|look at|sort out)")
                .moves(Move.NEXT_STEP)
                .strength(NEXT_STEP)
                .extent(Extent.SENTENCE)
                .unlessAfter(" why\\b"));
        b.add(phrase(
                        "next-step.next",
                        "(?:the |our |your )?next (?:best )?steps? (?:is|are|will be|would be|here is)|next,? (?:i'll|we'll|you'll|i will)"
                                + "|(?:you'll|you should) (?:receive|get|hear|see) (?:a |an |the |my |our )?(?:email|call|text|message|update"
                                + "|confirmation|label|reply|back|from)|i'll be in touch|you'll hear from (?:me|us)")
                .moves(Move.NEXT_STEP)
                .strength(NEXT_STEP)
                .extent(Extent.SENTENCE));

        b.add(phrase(
                        "promise.make-sure",
                        "(?:i'll|we'll) (?:personally )?make sure (?:that )?(?:you|it|this|that|the|your|we)|i promise(?! (?:you )?(?:that"
                                + " )?(?:it|this|that|you|we|they|everything|the)\\b)|(?:i'll|we'll|let me|let's) (?:get|have)"
                                + " (?:this|it|that) (?:sorted|fixed|resolved|done|changed|cancelled|refunded|replaced)|you'll (?:definitely |certainly |absolutely )?(?:get|have|receive)"
                                + " (?:your (?:money|refund|order|package|parcel|item|replacement)|a (?:full )?refund|a replacement"
                                + "|the (?:refund|replacement|item|order|parcel|package))|(?:we'll|we're going to|i'm going to|i'll)"
                                + " (?:fix|sort|resolve|refund|replace) (?:this|that|it|your|the)")
                .moves(Move.PROMISE)
                .extent(Extent.CLAUSE));
        b.add(phrase(
                        "over-promise.guarantee",
                        "i (?:can )?(?:absolutely |personally |100% |fully )?guarantee|(?:it's|that's|this is) guaranteed|guaranteed to")
                .moves(Move.PROMISE)
                .problem(
                        OVER_PROMISE,
                        "I can't guarantee that yet. What I can do is check it now and tell you exactly where it"
                                + " stands.")
                .unlessBefore(NEGATED_BEFORE));
        b.add(phrase(
                        "over-promise.promise-it-will",
                        "i promise (?:you )?(?:that )?(?:it|this|that|you|we|they|everything|the \\w+)(?:'ll| will| won't| is going to"
                                + "| are going to|'s going to|'re going to)(?: \\w+){0,3}")
                .moves(Move.PROMISE)
                .problem(
                        OVER_PROMISE,
                        "I can't promise the outcome yet, but I can promise what I'll do: check it today and call"
                                + " you with the answer.")
                .unlessBefore(NEGATED_BEFORE));
        b.add(phrase(
                        "over-promise.definitely",
                        "(?:\\w+'ll|will|can|could) (?<q>definitely)|(?<q2>definitely) (?:will|won't|be|get|arrive|arrives|happen"
                                + "|work|make|approve|refund|replace|fix|sort|come|ship|deliver|reach|go through|sorted|fixed|resolved)")
                .moves(Move.PROMISE)
                .problem(
                        OVER_PROMISE,
                        "Say only what you know: \"I'll confirm that with the warehouse and tell you by 3pm.\"")
                .unlessBefore(NEGATED_BEFORE));
        b.add(phrase(
                        "over-promise.sure-manager-will",
                        "i'm (?:absolutely |totally |completely |100% )?(?:sure|certain|confident|positive) (?:that )?(?:my |the |our )?"
                                + "(?:manager|supervisor|boss|team|they|it|we|this|that|he|she|everything)(?:'ll|'d| will| would| can)"
                                + " (?:\\w+ ){0,2}?(?:approve|agree|sign off|allow|accept|be fine|be okay|be ok|work out|fix|sort|refund"
                                + "|arrive|happen|say yes|go through|be approved|make an exception)")
                .moves(Move.PROMISE)
                .problem(
                        OVER_PROMISE,
                        "I can't promise what my manager will decide, but I'll put your case to them today and call"
                                + " you back with their answer."));
        b.add(phrase(
                        "over-promise.definite-exception",
                        "(?:we|i) can (?:definitely|certainly|absolutely|easily|surely) (?:make an exception|waive|refund|approve|do that"
                                + "|override|bend)")
                .moves(Move.PROMISE)
                .problem(
                        OVER_PROMISE,
                        "I'm not able to promise an exception, but I'll ask for one and tell you the answer today."));
        b.add(phrase(
                        "over-promise.fixed-by-then",
                        "(?:it|this|that|everything|the (?:issue|problem|bug|fault|error|system|outage|app|site|website|service"
                                + "|connection|account|page))(?:'ll| will| is going to|'s going to) (?:definitely |certainly |absolutely"
                                + " |100% )?(?:be )?(?:fixed|sorted|resolved|working|back up|up and running|running|done|sorted out|back"
                                + " to normal)(?: again)? (?:today|tonight|tomorrow|by [\\w:]+|within (?:the )?(?:hour|\\w+ (?:minutes"
                                + "|hours))|this (?:afternoon|evening|morning)|in (?:an? |\\d+ )?(?:hour|hours|minutes))"
                                + "|you'll (?:definitely |certainly )?(?:have|get|receive) (?:it|them|your (?!email|call|update|text"
                                + "|message|label|confirmation|reply)\\w+|the (?!email|call|update|text|message|label|confirmation|reply)"
                                + "\\w+) (?:today|tonight|tomorrow|by \\w+)")
                .moves(Move.PROMISE)
                .problem(
                        OVER_PROMISE,
                        "I can't give you a time for the fix yet. I'll check with the team now and update you by"
                                + " 3pm with what's confirmed.")
                .unlessBefore(NEGATED_BEFORE));
    }

    /** Adds boundaries that keep it workable, and checks that it is really done. */
    private static void boundariesAndClosing(List<Builder> b) {
        b.add(phrase(
                        "boundary.help-and-respect",
                        "i (?:want|'d like|would like|am happy|'m happy|am willing|'m willing|really want) to (?:help|keep (?:helping"
                                + "|working)|resolve|sort|fix)[^.!?]{0,80}?(?:and|but),? (?:i|we) (?:also )?(?:need|have to ask|must ask"
                                + "|'d ask|would ask|ask)[^.!?]{0,60}?(?:respectful|civil|calm|polite|professional|language|swearing"
                                + "|shouting)")
                .moves(Move.BOUNDARY)
                .strength(BOUNDARY)
                .extent(Extent.CLAUSE));
        b.add(phrase(
                        "boundary.keep-it-respectful",
                        "(?:i need (?:us|you) to|let's|can we|we need to|please) keep (?:this|the|our|things|it)(?: conversation| call"
                                + "| discussion| chat)? (?:respectful|civil|calm|polite|professional)")
                .moves(Move.BOUNDARY)
                .strength(BOUNDARY)
                .extent(Extent.CLAUSE));
        b.add(phrase(
                        "boundary.pause-or-continue",
                        "i'm going to (?:have to )?(?:pause|end|stop) (?:this|the|our) (?:call|conversation|chat|discussion)"
                                + "|(?:we can|happy to|i'll|we'll) (?:continue|carry on|pick this up|talk again) (?:when|once|if) (?:we|you)"
                                + "|please (?:don't|stop) (?:swear|swearing|shout|shouting|yell|yelling|using that (?:language|word)"
                                + "|calling me)|i'm not (?:willing|able|going) to (?:continue|keep going|be spoken to|be talked to)")
                .moves(Move.BOUNDARY)
                .strength(BOUNDARY)
                .extent(Extent.CLAUSE));
        b.add(phrase(
                        "boundary.i-need",
                        "i need (?:you|us) to (?:stop|respect|not)|i'm not (?:willing|prepared|comfortable) to|i'm not okay with"
                                + "|(?:it's|that's) not okay (?:for you )?to|i'd like you to stop|that doesn't work for me"
                                + "|i won't be able to (?:stay|work|take on|cover|come in)|i'm not going to (?:stay|work|take on|cover)")
                .moves(Move.BOUNDARY)
                .strength(BOUNDARY)
                .extent(Extent.CLAUSE));

        b.add(phrase(
                        "closing.anything-else",
                        "is there anything else(?: (?:i|we) can (?:help|do|look at|check)(?: you)?(?: with)?)?(?: (?:today|for you))?"
                                + "|(?:anything else|what else) (?:i can|can i|should i|do you need|would you like)"
                                + "|(?:is there|do you have) any(?: other| more)? (?:questions|question|concerns)"
                                + "|(?:anything|is there anything) (?:i've|we've) missed")
                .moves(Move.CLOSING_CHECK)
                .strength(CLOSING_CHECK)
                .extent(Extent.REST));
        b.add(phrase(
                        "closing.does-that-work",
                        "(?:does|would|will) (?:that|this) (?:work|sound (?:okay|ok|good|fair|right|reasonable|alright|all right)"
                                + "|make sense|help|suit you|answer your question)(?: for you)?"
                                + "|how does (?:that|this) (?:sound|look)"
                                + "|(?:are you|would you be) (?:happy|okay|ok|comfortable|alright|all right|good) with (?:that|this|the plan"
                                + "|the next steps|those next steps)"
                                + "|(?:is that|would that be|does that seem) (?:okay|ok|alright|all right|fair|acceptable|good)(?: with you"
                                + "| for you)?")
                .moves(Move.CLOSING_CHECK)
                .strength(CLOSING_CHECK)
                .extent(Extent.REST));
        b.add(phrase(
                        "closing.covered-everything",
                        "(?:have|did) i (?:covered|cover|answered|answer|missed|miss) (?:everything|all|anything|your question|your"
                                + " questions)|did (?:that|this|i) (?:answer|resolve|help|solve|fix)")
                .moves(Move.CLOSING_CHECK)
                .strength(CLOSING_CHECK)
                .extent(Extent.REST));
    }

    /** Adds lines that escalate by dismissing the problem or blaming the person. */
    private static void dismissalAndBlame(List<Builder> b) {
        b.add(phrase("dismissal.calm-down", "calm down")
                .moves(Move.DISMISS)
                .problem(DISMISSAL, "I can hear how frustrating this is. Let me look at exactly what happened.")
                .unlessBefore("(?:things|it|it'll|they|they'll|once things|when things|has|had|will|should|would) $"));
        b.add(phrase("dismissal.relax", "relax")
                .moves(Move.DISMISS)
                .problem(DISMISSAL, "I can see this has you worried. Here is what I'm doing about it right now.")
                .unlessBefore("(?:can|could|to|will|'ll|and|help you|then) $")
                .unlessAfter(" (?:the|our|this|these|that|a|my|your)\\b"));
        b.add(phrase(
                        "dismissal.nothing-i-can-do",
                        "(?:there's |there is )?(?:really |honestly |just |absolutely )?nothing (?:else |more |at all )?(?:i|we)"
                                + " (?:can|could) do")
                .moves(Move.DISMISS)
                .problem(
                        DISMISSAL,
                        "I've reached the limit of what I can change directly. The next option is to escalate it for"
                                + " review, and I can do that now."));
        b.add(phrase(
                        "dismissal.not-a-big-deal",
                        "(?:it's|that's|this is|it isn't|that isn't) (?:not )?(?:a |that |such a )?big deal|no big deal"
                                + "|not a big deal|you're overreacting|no need to (?:get|be) (?:so )?(?:upset|angry|worked up|emotional"
                                + "|dramatic)|don't get (?:so )?(?:upset|worked up|emotional)")
                .moves(Move.DISMISS)
                .problem(
                        DISMISSAL,
                        "I can see this matters to you. Let me find out what went wrong and what I can do about it."));
        String notAClause = "(?:when|if|before|after|until|how|why|where|what|that|as|whatever) $";
        b.add(phrase(
                        "dismissal.these-things-happen",
                        "these things happen|things like this happen|(?:shipping |delivery |postal )?delays (?:do |can )?happen"
                                + "|it happens|that's just how it is|it is what it is")
                .moves(Move.DISMISS)
                .problem(
                        DISMISSAL,
                        "I understand why the delay is frustrating. Let me check the current status and tell you what is"
                                + " confirmed.")
                .unlessBefore(notAClause));
        b.add(phrase("dismissal.not-my-problem", "(?:that's|it's) not my (?:problem|department|job)|not my problem")
                .moves(Move.DISMISS)
                .problem(
                        DISMISSAL,
                        "That sits with another team, so I'll connect you with them and make sure they have the"
                                + " details."));
        b.add(phrase(
                        "dismissal.were-busy",
                        "we're (?:very |really |extremely |super )?busy(?: right now| at the moment| today)?")
                .moves(Move.DISMISS)
                .problem(DISMISSAL, "Thanks for bearing with us. Let me look at your order right now."));
        b.add(phrase("dismissal.rules-are-rules", "i don't make the rules|rules are rules")
                .moves(Move.DISMISS, Move.CITE_POLICY)
                .problem(
                        DISMISSAL,
                        "I can't change that rule, but I can explain why it applies and what options you still have."));
        b.add(phrase(
                        "dismissal.wont-find-better",
                        "you won't find (?:a )?(?:better|cheaper) (?:option|deal|price|service|plan|provider|anywhere)")
                .moves(Move.DISMISS)
                .problem(
                        DISMISSAL,
                        "Before you decide, I'd like to understand what led you here. Was it the recent issue or"
                                + " something else?"));
        b.add(phrase("dismissal.have-to-wait", "you'll (?:just )?have to (?:wait|live with it|accept it|be patient)")
                .moves(Move.DISMISS)
                .problem(DISMISSAL, "I know waiting is the last thing you want. Here's what I'll do in the meantime."));
        b.add(phrase(
                        "dismissal.sorry-you-feel",
                        "(?:i'm|we're) sorry (?:that |if )?you feel (?:that way|like that|this way)|sorry if you feel")
                .moves(Move.DISMISS)
                .problem(
                        DISMISSAL,
                        "I can see this has left you feeling let down. Tell me what would put it right for you."));

        b.add(phrase(
                        "blame.not-our-fault",
                        "(?:(?:that's|it's|this is|that was|it was) )?not (?:our|my|the company's) fault"
                                + "|(?:that|it|this) (?:isn't|wasn't) (?:our|my) fault|(?:that's|it's) (?:on you|your (?:fault"
                                + "|responsibility|problem|mistake))")
                .moves(Move.BLAME)
                .problem(
                        BLAME,
                        "Let's look at what happened step by step, so we can find where it went wrong and fix it."));
        b.add(phrase(
                        "blame.should-have",
                        "you (?:should|could)(?:'ve| have) (?:just |really |probably |already )?(?:ordered|read|checked|called|booked"
                                + "|contacted|told|asked|looked|cancel+ed|paid|updated|reported|kept|noticed|followed|come|emailed|been"
                                + "|known|received|seen|double-checked|saved)[^.!?;,]{0,40}")
                .moves(Move.BLAME)
                .problem(
                        BLAME,
                        "The timing didn't work out this time. Let's look at what we can still do for you now."));
        b.add(
                phrase(
                                "blame.must-have",
                                "you must(?:'ve| have) (?:misunderstood|misread|missed|forgotten|entered|typed|clicked|made|done|got|gotten|put"
                                        + "|selected|deleted|changed|ignored|mixed)(?: \\w+){0,2}")
                        .moves(Move.BLAME)
                        .problem(
                                BLAME,
                                "Let me check what you were told so I can see where the expectation and the process diverged."));
        b.add(
                phrase(
                                "blame.you-didnt",
                                "you (?:didn't|failed to|forgot to|never) (?:read|check|follow|enter|update|tell us|fill|provide|select|cancel"
                                        + "|pay|notice|save|click|look|confirm|bother)(?: \\w+){0,2}|if you(?:'d| had) (?:read|checked|followed"
                                        + "|ordered|called|looked|paid attention)(?: \\w+){0,2}|you were supposed to|user error"
                                        + "|(?:the )?(?:problem|issue|mistake|error) (?:is|was) on your (?:end|side)|you (?:entered|gave us|typed"
                                        + "|put in|selected|chose|picked) the wrong|why (?:didn't you|did you not|would you)(?: \\w+)?")
                        .moves(Move.BLAME)
                        .problem(
                                BLAME,
                                "Let's walk through what happened step by step, and I'll point out where things went off track."));

        b.add(phrase(
                        "blame.always-never",
                        "you (?:always|never) (?!(?:have to|need to|can|could|get to|will|know|miss out|pay)\\b)\\w+[^.!?;,]{0,30}")
                .moves(Move.BLAME)
                .problem(
                        BLAME,
                        "Name the one time and its effect: \"On Tuesday the report came in late, and I had to present"
                                + " without it.\"")
                .extent(Extent.PHRASE));
    }

    /** Adds lines that talk down to them or question their account. */
    private static void condescensionAndJudgement(List<Builder> b) {
        b.add(phrase(
                        "condescension.on-the-website",
                        "(?:it's|it was|that's|that was|this is|this was|everything's|everything is|that information (?:is|was)"
                                + "|the information (?:is|was)|all of that is|it says so|that's all)(?: all| clearly| right there"
                                + "| explained| stated| written| listed| mentioned| all clearly| clearly stated| clearly explained)?"
                                + " (?:on|in) (?:the|our|your) (?:website|site|email|e-mail|faq|faqs|terms|manual|confirmation|app"
                                + "|instructions|product page|page|description|listing|contract|documentation|docs|guide|letter)")
                .moves(Move.CONDESCEND)
                .problem(
                        CONDESCENSION,
                        "I can see how this would be confusing. Let me walk you through it and point out where the"
                                + " details are."));
        b.add(phrase(
                        "condescension.as-i-said",
                        "as i(?:'ve)? (?:already |just |previously )?(?:said|explained|mentioned|told you|stated)"
                                + "|like i (?:already |just )?(?:said|told you|explained|mentioned)|i(?:'ve)? already (?:told|explained"
                                + " this|explained that|explained|said)|i'll say it again|let me (?:say|explain) (?:it|this|that) (?:again"
                                + "|slowly|one more time)|for the (?:last|third|second|hundredth) time")
                .moves(Move.CONDESCEND)
                .problem(CONDESCENSION, "Let me put it another way, because I may not have explained it clearly."));
        b.add(phrase(
                        "condescension.most-customers",
                        "most (?:of our )?(?:customers|people|users|clients|folks) (?:understand|know|manage|get|figure|don't have"
                                + "|have no|seem to)(?: (?:this|that|it|how))?|anyone (?:can|could) (?:do|see|understand)|it's not"
                                + " rocket science|it's common sense|as you (?:should |must |probably )?know|obviously you|you obviously")
                .moves(Move.CONDESCEND)
                .problem(CONDESCENSION, "This part trips a lot of people up. Let's walk through it together."));
        b.add(
                phrase(
                                "condescension.really-simple",
                                "it's (?:really |very |pretty |quite |actually |super |fairly |all )?(?:simple|easy|straightforward|obvious"
                                        + "|self-explanatory|not (?:that )?(?:hard|difficult|complicated))")
                        .moves(Move.CONDESCEND)
                        .problem(CONDESCENSION, "Let me take you through it one step at a time.")
                        .unlessAfter(
                                " (?:to fix|for me|for us|to sort|to change|to arrange|to do|to set up|fix|once|to get|enough to)\\b"));
        b.add(phrase(
                        "condescension.do-you-understand",
                        "do you (?:even )?understand(?: now| what i'm saying| me)?(?=\\s*[?.!]|$)|did you (?:even )?(?:read|look at|check)"
                                + " (?:the|our|your)")
                .moves(Move.CONDESCEND)
                .problem(CONDESCENSION, "Does that make sense so far, or shall I go over any part again?"));

        b.add(phrase(
                        "judgemental.claiming",
                        "you're (?:claiming|alleging)|you claim(?:ed)?|you allege(?:d)?|allegedly|supposedly|(?:your )?so-called"
                                + "|according to you|you seem to think|in your mind")
                .problem(
                        JUDGEMENTAL_FRAMING,
                        "Describe it as they told it: \"You're telling me the feature stopped working after"
                                + " the update.\""));
        b.add(phrase("judgemental.you-think", "you think (?:that )?(?:we|i|our|the|someone)\\b[^.!?;,]{0,40}")
                .problem(
                        JUDGEMENTAL_FRAMING,
                        "Stick to what they observed: \"The charge on your statement is higher than you"
                                + " expected.\"")
                .unlessBefore("(?:do|did|don't|would|what|how|if|unless|why|where|when|who|whether|and) $"));
        b.add(phrase(
                        "judgemental.angry-because",
                        "(?:so )?you're (?:just |clearly |obviously )?(?:angry|mad|furious|upset|annoyed|cross|hysterical) (?:because"
                                + "|about|that|since|over)")
                .problem(
                        JUDGEMENTAL_FRAMING,
                        "Name the issue, not the emotion: \"So the main issue is the delay, and you needed it"
                                + " by Friday.\"")
                .unlessBefore("(?:if|why|whether|understand why|see why|get why) $"));
    }

    /** Adds reactive lines: heat answered with heat. */
    private static void reactiveLines(List<Builder> b) {
        b.add(phrase(
                        "reactive.being-rude",
                        "you're being (?:rude|unreasonable|ridiculous|difficult|aggressive|abusive|childish|hysterical)|you people")
                .moves(Move.BLAME)
                .problem(
                        REACTIVE,
                        "I want to help resolve this, and I need us to keep the conversation respectful so we can make"
                                + " progress."));
        b.add(phrase(
                        "reactive.dont-talk-to-me",
                        "don't (?:talk|speak) to me (?:like that|in that tone|that way)|don't take that tone|watch your (?:tone|language"
                                + "|mouth)|i don't have to (?:take|listen to|put up with) (?:this|that|it)|i'm (?:done|finished) (?:with"
                                + " this|with you|talking)|don't raise your voice|who do you think you are|how dare you"
                                + "|there's no need to be (?:rude|like that|so rude)|you'll be sorry")
                .moves(Move.BOUNDARY)
                .problem(
                        REACTIVE,
                        "I'm willing to keep working on this with you. I also need us to keep it respectful so we can"
                                + " get somewhere."));
        b.add(phrase(
                        "reactive.ridiculous",
                        "that's (?:just |completely |absolutely )?(?:ridiculous|absurd|nonsense|crazy|insane|unbelievable|rubbish)"
                                + "|are you (?:serious|kidding|joking)|give me a break")
                .moves(Move.DISMISS)
                .problem(REACTIVE, "That's a big ask, so let me be clear about what I can and can't do.")
                .unlessAfter(" (?:that|how|you had|you've|you were)\\b"));
        b.add(phrase("reactive.whatever", "whatever(?!\\s+\\w)")
                .moves(Move.DISMISS)
                .problem(REACTIVE, "Let me take a second so I answer that properly."));
    }

    /** Adds softeners that undermine the speaker, and giving ground under pressure. */
    private static void hedgesAndConcessions(List<Builder> b) {
        b.add(phrase(
                        "hedging.i-think-maybe",
                        "i (?:just )?(?:think|thought|feel|felt) (?:like )?maybe|i was (?:just )?(?:thinking|wondering|hoping) (?:if )?maybe"
                                + "|i was (?:just )?hoping (?:we|i|you) (?:could|might)(?: maybe)?|(?:could|might|can) maybe"
                                + "|maybe,? just maybe|just maybe|i don't know,? (?:maybe|but|if)|this might sound (?:silly|stupid|weird"
                                + "|strange)|i hate to (?:ask|say|bring this up|bother you)")
                .moves(Move.HEDGE)
                .problem(HEDGING, "Say it plainly: \"I think we should...\" or \"I'd like to...\""));
        b.add(phrase("hedging.sort-of", "(?:sort|kind) of|kinda|sorta")
                .moves(Move.HEDGE)
                .problem(HEDGING, "Drop the softener and say the thing itself.")
                .unlessBefore(DETERMINERS + " $")
                .unlessAfter(
                        " (?:thing|things|issue|product|problem|phone|account|order|question|person|people|stuff)\\b"));
        b.add(phrase("hedging.i-guess", "i guess|i suppose")
                .moves(Move.HEDGE)
                .problem(HEDGING, "Say what you mean directly: \"I think...\" or \"My view is...\""));
        b.add(phrase(
                        "hedging.if-thats-okay",
                        "if (?:that's|it's) (?:okay|ok|alright|all right|fine)(?: with you)?|if (?:it's|that's) not (?:too much"
                                + " trouble|a problem)|if you don't mind")
                .moves(Move.HEDGE)
                .problem(HEDGING, "State it, then check: \"I'll call you back at 3pm. Does that work for you?\""));
        b.add(phrase("hedging.not-sure-but", "i'm not (?:really |totally |completely |100% )?sure,? but")
                .moves(Move.HEDGE)
                .problem(
                        HEDGING,
                        "Separate what you know from what you'll check: \"Here is what I know; the rest I'll confirm by"
                                + " noon.\""));
        b.add(phrase("hedging.not-sure", "i'm not (?:really |totally |completely |100% )?sure(?=\\s*(?:[.!]|$))")
                .moves(Move.HEDGE)
                .problem(HEDGING, "I don't have that answer yet. I'll check and tell you by the end of the call."));
        b.add(phrase("hedging.possibly", "possibly|a (?:little|tiny|wee) bit")
                .moves(Move.HEDGE)
                .problem(HEDGING, "Say it without the cushion, then stop.")
                .unlessBefore("(?:can't|couldn't|not|as soon as|as quickly as|as much as) $")
                .unlessAfter(" (?:longer|later|more|less|earlier|late|further|extra|of|over|under|behind|ahead)\\b"));

        b.add(
                phrase(
                                "concession.fine-ill-just",
                                "(?:fine|okay|ok|alright|all right),? i'll just \\w+|fine,? (?:you win|have it your way|whatever you want"
                                        + "|do what you want)")
                        .moves(Move.CONCEDE)
                        .problem(
                                CONCESSION,
                                "Hold your position calmly: \"I hear you. My answer is still no, and here is what I can do.\""));
        b.add(phrase(
                        "concession.forget-it",
                        "(?:(?:okay|ok|fine|alright),? )?forget (?:it|about it|i said anything|i asked)|never ?mind|let's just drop it"
                                + "|i'll (?:just )?(?:drop|leave) it|if you insist|i'll let it (?:go|slide)|i won't (?:push|press) (?:it"
                                + "|this|the point)|(?:it's|that's) (?:fine|okay|ok),? (?:really,? )?(?:don't worry(?: about it)?|it doesn't matter|forget it)"
                                + "|you're (?:probably )?right,? (?:i'll|let's) (?:just )?(?:drop|leave|forget) (?:it|this"
                                + "|that)")
                .moves(Move.CONCEDE)
                .problem(
                        CONCESSION,
                        "Stay with it: \"I understand this is uncomfortable. It still matters to me, so I'd like to"
                                + " finish this.\"")
                .unlessBefore("(?:don't|never|won't|not) $"));
        b.add(phrase(
                        "concession.maybe-exception",
                        "maybe (?:i|we) (?:can|could) (?:make an exception|waive|let it go|let it slide|bend the rules|do it|stay|cover"
                                + "|work)(?: \\w+){0,3}|(?:i guess|i suppose) (?:i|we) (?:could|can) (?:stay|do|work|take|cover|come in|help"
                                + " out|swap|give|make|skip|finish|handle|manage|waive|refund|let)[^.!?;,]{0,40}")
                .moves(Move.CONCEDE)
                .problem(
                        CONCESSION, "Keep the line you came with: \"I can't do that this time. What I can do is...\""));
    }

    /** Adds unsupported guesses that sound like commitments. */
    private static void guesses(List<Builder> b) {
        b.add(phrase(
                        "guessing.probably",
                        "probably|most likely|more than likely|chances are|i'd imagine|i imagine|i reckon|i assume|my guess is|i'd guess"
                                + "|i'm pretty sure|(?<q>hopefully) (?:it|that|they|this|you)")
                .problem(GUESSING, "I don't want to guess. Let me check and tell you exactly.")
                .unlessBefore("(?:not|don't want to|won't|rather not) $"));
        b.add(phrase(
                        "guessing.should-be-fine",
                        "(?:should|ought to) be (?:fine|okay|ok|alright|all right|there|sorted|fixed|good|no problem|with you|arriving"
                                + "|ready|resolved)")
                .problem(GUESSING, "Rather than guess, let me confirm it now and tell you what I find."));
        b.add(phrase(
                        "guessing.i-think-it-will",
                        "i (?:think|believe|expect) (?:so|(?:it|that|they|you|we|this|he|she)(?:'ll|'d| will| should| would| might"
                                + "| could| can)(?: \\w+)?)")
                .problem(
                        GUESSING,
                        "I don't want to guess. Let me check the tracking and tell you exactly when it will arrive.")
                .unlessBefore("(?:don't|do not|didn't) $"));
    }
}
