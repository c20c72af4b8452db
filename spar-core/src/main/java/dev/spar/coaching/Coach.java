package dev.spar.coaching;

import dev.spar.analysis.Analyzer;
import dev.spar.analysis.FindingCategory;
import dev.spar.analysis.Flag;
import dev.spar.analysis.MeaningMatch;
import dev.spar.analysis.Move;
import dev.spar.analysis.MoveEvidence;
import dev.spar.analysis.RuleAnalyzer;
import dev.spar.analysis.Span;
import dev.spar.analysis.UtteranceAnalysis;
import dev.spar.scenario.DecisionMap;
import dev.spar.scenario.Intent;
import dev.spar.scenario.KeyPoint;
import dev.spar.scenario.Reaction;
import dev.spar.scenario.Scenario;
import dev.spar.simulation.CounterpartState;
import dev.spar.simulation.Outcome;
import dev.spar.simulation.Practice;
import dev.spar.simulation.Speaker;
import dev.spar.simulation.Turn;
import dev.spar.understanding.Act;
import dev.spar.understanding.ActKind;
import dev.spar.understanding.Content;
import dev.spar.understanding.ConversationMemory;
import dev.spar.understanding.Side;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reviews the learner's side of a run and gives hints during one.
 *
 * <p>Every finding quotes the learner; nothing is said about a turn that is not in the transcript. Lines are read
 * both for how they are said (the analysis's moves and habits) and for what they say (the run's {@link
 * ConversationMemory}): giving ground, sarcasm, accusations, asides at a bad moment, questions already answered,
 * blaming someone else and false hope are problems even when no phrase rule names them.
 */
public final class Coach {
    private static final int BASE_SCORE = 60;
    private static final int TURNING_POINT_MIN = 8;
    private static final int MAX_TURNING_POINTS = 3;
    private static final int UPSET = 35;

    /** Problems that make a line hostile or give ground: such a line earns no credit, whatever else it does. */
    private static final Set<FindingCategory> SPOILING = EnumSet.of(
            FindingCategory.CONCESSION,
            FindingCategory.SARCASM,
            FindingCategory.ACCUSATION,
            FindingCategory.REACTIVE,
            FindingCategory.BLAME,
            FindingCategory.DISMISSAL,
            FindingCategory.CONDESCENSION);

    private final Analyzer checker;

    /** Creates a coach that checks its rewrites with the standard analysis. */
    public Coach() {
        this(new RuleAnalyzer());
    }

    /**
     * Creates a coach that checks its rewrites with this analyzer: a rewrite is offered only if this analysis
     * finds fewer problems in it than in the line, and none new.
     */
    public Coach(Analyzer checker) {
        this.checker = Objects.requireNonNull(checker, "checker");
    }

    /**
     * The strengths that flagged words inside them spoil: saying their side back, and an open question ("wait,
     * what do you mean by that?" hands the work back to them and is not praised as a question that gets the facts).
     */
    private static final Set<FindingCategory> SPOILT_BY_FLAGGED_WORDS = java.util.EnumSet.of(
            FindingCategory.PARAPHRASE,
            FindingCategory.ACKNOWLEDGEMENT,
            FindingCategory.EMPATHY,
            FindingCategory.OPEN_QUESTION);

    /** Reviews a run, finished or not. */
    public Critique critique(Practice practice) {
        RunView run = new RunView(practice, checker);
        Rewriter rewriter = new Rewriter(run);
        List<Turn> learner = run.learnerTurns();
        List<Finding> findings = new ArrayList<>();
        phraseFindings(run, rewriter, learner, findings);
        contentFindings(run, rewriter, learner, findings);
        likeCoachedFindings(run, rewriter, learner, findings);
        // One finding for the same words, under the more telling name (see NamedBetter).
        findings.removeIf(f -> NamedBetter.than(f.category())
                .filter(better -> sameWordsNamedBetter(f, findings, f.category(), better))
                .isPresent());
        // Words flagged as a problem are not praised as well: "sorry sorry" is an over-apology, its "sorry" no empathy.
        // A problem read in the whole line leaves the line's strengths alone.
        findings.removeIf(f -> !f.isProblem()
                && findings.stream()
                        .anyMatch(p -> p.isProblem()
                                && p.turn() == f.turn()
                                && !p.quote().equals(f.quote())
                                && p.quote().contains(f.quote())
                                && learner.stream()
                                        .noneMatch(t -> t.number() == p.turn()
                                                && t.text()
                                                        .strip()
                                                        .equals(p.quote().strip()))));
        // Nor is a summary or an acknowledgement that carries flagged words neutral: "ok so its TT-90417, the courier
        // messed up tbh not us" says the order back and passes the blame in the same breath.
        findings.removeIf(f -> SPOILT_BY_FLAGGED_WORDS.contains(f.category())
                && findings.stream()
                        .anyMatch(p -> p.isProblem()
                                && p.turn() == f.turn()
                                && !p.quote().equals(f.quote())
                                && f.quote().contains(p.quote())));
        // "ok i hear you." says nothing of theirs back: a nod, not a summary.
        findings.removeIf(f -> f.category() == FindingCategory.PARAPHRASE && !Summaries.saysSomethingBack(f.quote()));
        Set<Integer> spoilt = spoiltTurns(findings);
        findings.removeIf(f -> !f.isProblem() && spoilt.contains(f.turn()));
        // "How was your weekend?" is manners or a change of subject, not an open question about the matter.
        findings.removeIf(f -> f.category() == FindingCategory.OPEN_QUESTION
                && run.content(f.turn())
                        .filter(c -> c.has(ActKind.TANGENT) || c.has(ActKind.JOKE))
                        .isPresent());
        // A move this person is set off by is no strength where it set them off: Graham, who opened demanding a
        // manager, heard "how can i help you today?" as being made to start from scratch.
        findings.removeIf(f -> !f.isProblem() && setThemOff(practice, f));
        nextStepCredit(run, learner, spoilt, findings);
        conversationFindings(run, rewriter, learner, spoilt, findings);
        findings.sort(Comparator.comparingInt(Finding::turn));

        Map<Skill, Integer> skills = score(findings, practice, learner);
        int overall = overall(skills);
        return new Critique(
                overall,
                skills,
                practice.outcome(),
                findings,
                turningPoints(practice.turns(), practice.startingState()),
                focus(findings),
                answers(practice.scenario(), learner, findings, practice.memory()));
    }

    /** Suggests the next move, given where the run stands, in the words of this kind of conversation. */
    public String hint(Practice practice) {
        if (practice.outcome().isFinal()) {
            return "The conversation is over: read the review, or restart and try a different line.";
        }
        Scenario scenario = practice.scenario();
        ConversationKind kind = ConversationKind.of(scenario);
        List<UtteranceAnalysis> said =
                practice.turns().stream().flatMap(t -> t.analysis().stream()).toList();
        CounterpartState state = practice.state();
        Optional<Intent> lastIntent = practice.turns().reversed().stream()
                .flatMap(t -> t.intent().stream())
                .findFirst();
        boolean acknowledged = said.stream()
                .anyMatch(a -> a.has(Move.ACKNOWLEDGE) || a.has(Move.PARAPHRASE) || a.has(FindingCategory.EMPATHY));
        if (!acknowledged && state.anger() >= UPSET) {
            return Phrasings.acknowledgeHint(kind);
        }
        if (lastIntent
                .filter(i -> i == Intent.CHALLENGE || i == Intent.ESCALATE)
                .isPresent()) {
            return "They are pushing back. Don't defend or explain: say back what they just told you in neutral"
                    + " words, then ask one question.";
        }
        Optional<KeyPoint> unsaid = scenario.learner().keyPoints().stream()
                .filter(point -> said.stream().noneMatch(a -> CueMatch.makes(point, a.text())))
                .findFirst();
        if (scenario.opener() == Scenario.Opener.LEARNER && unsaid.isPresent()) {
            return "Say what you came to say, plainly and once: '"
                    + scenario.withFacts(unsaid.get().text()) + "'";
        }
        if (said.stream().noneMatch(a -> a.has(Move.PARAPHRASE))) {
            return kind == ConversationKind.CUSTOMER
                    ? "Sum up their problem in neutral words and check you have it right: 'So the main issue is ...,"
                            + " is that right?'"
                    : "Say back how they see it, in neutral words, and check you have it right: 'So for you, ...,"
                            + " is that right?'";
        }
        boolean asked = said.stream()
                .anyMatch(a -> a.moves().stream().anyMatch(m -> m.move().isQuestion()));
        Optional<DecisionMap> map = scenario.decisionMap();
        if (!asked) {
            String fact = map.flatMap(m -> m.factsToFind().stream().findFirst())
                    .map(f -> " For example: " + lowerFirst(f) + ".")
                    .orElse("");
            return Phrasings.askHint(kind, fact);
        }
        if (unsaid.isPresent()) {
            return "Say what you came to say, plainly and once: '"
                    + scenario.withFacts(unsaid.get().text()) + "'";
        }
        if (said.stream().noneMatch(a -> a.has(Move.NEXT_STEP) || a.has(Move.OFFER_OPTION))) {
            String offer = map.flatMap(m -> m.mayOffer().stream().findFirst())
                    .map(o -> " (" + lowerFirst(o) + ")")
                    .orElse("");
            return Phrasings.nextStepHint(kind, offer);
        }
        if (kind.closesWithACheck() && said.stream().noneMatch(a -> a.has(Move.CLOSING_CHECK))) {
            return "Check whether anything is left: 'Does that cover everything, or is there something I have"
                    + " missed?'";
        }
        return "Keep it short and steady: one point per turn, and let them answer.";
    }

    private static void phraseFindings(RunView run, Rewriter rewriter, List<Turn> learner, List<Finding> findings) {
        for (Turn turn : learner) {
            UtteranceAnalysis analysis = turn.analysis().orElseThrow();
            for (Flag said : analysis.flags()) {
                Optional<Flag> asHeat = asHeat(said, analysis.flags());
                if (asHeat.isEmpty()
                        || already(findings, turn.number(), asHeat.get().category())) {
                    continue;
                }
                Flag flag = asHeat.get();
                Optional<String> rewrite = Optional.empty();
                // Defending oneself keeps its own reason: it says why this kind of heat costs the learner.
                String why = (said.category() == FindingCategory.DEFENSIVE ? said : flag)
                        .category()
                        .why();
                if (flag.category().isProblem()) {
                    // Our own words for the kind of talk come first: the analysis's example lines can carry a
                    // situation of their own ("the feature stopped working after the update").
                    List<String> alternatives = new ArrayList<>();
                    Phrasings.alternative(flag.category(), run.kind()).ifPresent(alternatives::add);
                    Rewrites.Advice advice = Rewrites.Advice.of(flag.alternative());
                    if (!flag.alternative().isBlank()) {
                        alternatives.add(advice.replacement());
                    }
                    rewrite = rewriter.rewrite(turn, flag.span(), flag.category(), alternatives);
                    why = advice.tip().isEmpty() ? why : why + " " + advice.tip();
                }
                findings.add(new Finding(turn.number(), flag.quote(), flag.category(), why, rewrite));
            }
        }
    }

    /** Flags what the learner's lines say, where no phrase rule already named the same trouble in that line. */
    private static void contentFindings(RunView run, Rewriter rewriter, List<Turn> learner, List<Finding> findings) {
        for (Turn turn : learner) {
            Optional<Content> content = run.content(turn.number());
            if (content.isEmpty()) {
                continue;
            }
            boolean badMoment = run.badMomentForAside(turn.number());
            for (Act act : content.get().acts()) {
                Optional<FindingCategory> category = SoftFailures.of(act.kind(), badMoment);
                // Only the same category counts as named already: a coach flags an accusation that also blames
                // them, or sarcasm that is also reactive, under both names.
                if (category.isEmpty() || already(findings, turn.number(), category.get())) {
                    continue;
                }
                FindingCategory c = category.get();
                List<String> alternatives = new ArrayList<>();
                String why = c.why();
                if (c == FindingCategory.REASK) {
                    Optional<ConversationMemory.Disclosure> given = act.topic()
                            .flatMap(topic -> run.practice().memory().disclosed(Side.COUNTERPART, topic))
                            .filter(d -> d.turn() < turn.number());
                    if (given.isPresent()) {
                        why = "They gave you that at turn " + given.get().turn() + " (\""
                                + given.get().quote() + "\"). " + why;
                        alternatives.add(usingWhatTheySaid(run, given.get()));
                    }
                }
                Phrasings.alternative(c, run.kind()).ifPresent(alternatives::add);
                Optional<String> rewrite = rewriter.rewrite(turn, act.span(), c, alternatives);
                findings.add(new Finding(turn.number(), act.quote(), c, why, rewrite));
            }
        }
    }

    /**
     * Flags the problems a coach flagged on the example lines closest to a learner's line, where neither a phrase
     * rule nor the content reading named that problem on the line already. The quote is the whole line: the
     * reading is of the line, not of a phrase in it.
     */
    private static void likeCoachedFindings(
            RunView run, Rewriter rewriter, List<Turn> learner, List<Finding> findings) {
        for (Turn turn : learner) {
            Optional<Content> content = run.content(turn.number());
            if (content.isEmpty() || content.get().likeCoached().isEmpty()) {
                continue;
            }
            boolean badMoment = run.badMomentForAside(turn.number());
            String text = turn.text();
            int start = text.length() - text.stripLeading().length();
            Span whole = new Span(start, text.stripTrailing().length());
            for (MeaningMatch match : content.get().likeCoached()) {
                Optional<FindingCategory> category = SoftFailures.ofLikeCoached(match, content.get(), badMoment);
                if (category.isEmpty() || already(findings, turn.number(), category.get()) || whole.end() <= start) {
                    continue;
                }
                FindingCategory c = category.get();
                List<String> alternatives = new ArrayList<>();
                Phrasings.alternative(c, run.kind()).ifPresent(alternatives::add);
                Optional<String> rewrite = rewriter.rewrite(turn, whole, c, alternatives);
                findings.add(new Finding(turn.number(), whole.of(text), c, c.why(), rewrite));
            }
        }
    }

    private static String usingWhatTheySaid(RunView run, ConversationMemory.Disclosure given) {
        Optional<String> value = run.scenario().facts().entrySet().stream()
                .filter(e -> e.getKey().equals(given.topic()))
                .map(Map.Entry::getValue)
                .findFirst();
        if (value.isPresent()) {
            return "You said it's " + value.get() + ", so I'll go with that.";
        }
        String label =
                given.topic().startsWith("answer:") ? "that" : given.topic().replace('_', ' ');
        return "You told me " + label + " already, so I'll work from what you said.";
    }

    /**
     * In practice, telling an upset person how to behave ("there's no need for that attitude") and defending
     * oneself ("I'm trying to help here") are heat answered with heat, and a coach names them so (a defence keeps
     * its own reason); either in the same breath as a retort is part of the one retort, not a second finding. A
     * real conversation's review keeps scolding and defending apart: they are what people rate in support chats.
     */
    private static Optional<Flag> asHeat(Flag flag, List<Flag> line) {
        boolean retort = line.stream().anyMatch(f -> f.category() == FindingCategory.REACTIVE);
        return switch (flag.category()) {
            case DEFENSIVE, SCOLDING ->
                retort
                        ? Optional.empty()
                        : Optional.of(
                                new Flag(FindingCategory.REACTIVE, flag.span(), flag.quote(), flag.alternative()));
            default -> Optional.of(flag);
        };
    }

    /** Whether a finding of one category has its words, or words around them, named as the better category. */
    private static boolean sameWordsNamedBetter(
            Finding f, List<Finding> findings, FindingCategory named, FindingCategory better) {
        return f.category() == named
                && findings.stream()
                        .anyMatch(h -> h.turn() == f.turn()
                                && h.category() == better
                                && (h.quote().contains(f.quote()) || f.quote().contains(h.quote())));
    }

    private static boolean already(List<Finding> findings, int turn, FindingCategory category) {
        return findings.stream().anyMatch(f -> f.turn() == turn && f.category() == category);
    }

    private static Set<Integer> spoiltTurns(List<Finding> findings) {
        Set<Integer> turns = new HashSet<>();
        findings.stream().filter(f -> SPOILING.contains(f.category())).forEach(f -> turns.add(f.turn()));
        return turns;
    }

    /** Credits a next step the phrase rules missed: a commitment with a when, said in everyday typing. */
    private static void nextStepCredit(RunView run, List<Turn> learner, Set<Integer> spoilt, List<Finding> findings) {
        for (Turn turn : learner) {
            if (spoilt.contains(turn.number()) || already(findings, turn.number(), FindingCategory.NEXT_STEP)) {
                continue;
            }
            nextStepIn(run, turn, findings)
                    .ifPresent(quote -> findings.add(new Finding(
                            turn.number(),
                            quote,
                            FindingCategory.NEXT_STEP,
                            FindingCategory.NEXT_STEP.why(),
                            Optional.empty())));
        }
    }

    /** Returns the words of a turn that set a next step, if it does: the analysis's, or a dated commitment. */
    private static Optional<String> nextStepIn(RunView run, Turn turn, List<Finding> findings) {
        UtteranceAnalysis analysis = turn.analysis().orElseThrow();
        Optional<String> move = analysis.moves().stream()
                .filter(m -> m.move() == Move.NEXT_STEP)
                .map(MoveEvidence::quote)
                .findFirst();
        if (move.isPresent()) {
            return move;
        }
        boolean risky = findings.stream()
                .anyMatch(f -> f.turn() == turn.number()
                        && (f.category() == FindingCategory.OVER_PROMISE
                                || f.category() == FindingCategory.GUESSING
                                || f.category() == FindingCategory.FALSE_HOPE));
        if (risky) {
            return Optional.empty();
        }
        String spelled = CueMatch.spelledOut(turn.text());
        if (!spelled.equals(turn.text()) && run.analyse(spelled, turn.number()).has(Move.NEXT_STEP)) {
            return Optional.of(turn.text());
        }
        Optional<String> committed = said(run, turn, Move.PROMISE, ActKind.PROMISE).stream()
                .filter(q -> !LineFacts.of(q, run.scenario()).isEmpty())
                .findFirst();
        if (committed.isPresent()) {
            return committed;
        }
        // An offer with a date on it is a next step too: "i can hand over to Leah with a full handover doc by the
        // 28th" says what happens and by when, though it is worded as what I can do rather than what I will.
        List<String> offers = said(run, turn, Move.OFFER_OPTION, ActKind.OFFER);
        return offers.stream()
                .map(q -> sentenceHolding(turn.text(), q))
                .filter(s -> DEADLINE.matcher(s).find())
                .findFirst();
    }

    /** Returns whether the reply to a finding's turn was angrier for a trigger of theirs on that very move. */
    private static boolean setThemOff(Practice practice, Finding f) {
        List<Reaction> triggers = new ArrayList<>(practice.scenario().persona().triggers());
        practice.version().ifPresent(v -> triggers.addAll(v.extraTriggers()));
        Set<String> notes = triggers.stream()
                .filter(r -> r.on().equals(f.category().id()))
                .map(Reaction::note)
                .collect(java.util.stream.Collectors.toSet());
        if (notes.isEmpty()) {
            return false;
        }
        return practice.turns().stream()
                .filter(t -> t.number() > f.turn() && t.speaker() == Speaker.COUNTERPART)
                .findFirst()
                .flatMap(Turn::state)
                .filter(state -> notes.stream().anyMatch(state::angeredBy))
                .isPresent();
    }

    /** Returns the words of a turn that the analysis reads as this move and the content reading as this act. */
    private static List<String> said(RunView run, Turn turn, Move move, ActKind act) {
        List<String> quotes = new ArrayList<>();
        turn.analysis().orElseThrow().moves().stream()
                .filter(m -> m.move() == move)
                .map(MoveEvidence::quote)
                .forEach(quotes::add);
        run.content(turn.number()).stream()
                .flatMap(c -> c.all(act).stream())
                .map(Act::quote)
                .forEach(quotes::add);
        return quotes;
    }

    /** By when something happens: "by the 28th", "before Friday", "by 2pm tomorrow", "today". */
    private static final Pattern DEADLINE =
            Pattern.compile("(?i)\\b(?:(?:by|before|until|on)\\s+(?:the\\s+)?(?:end\\s+of\\s+(?:the\\s+)?)?"
                    + "(?:\\d|next\\b|this\\b|monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
                    + "|today|tonight|tomorrow)");

    /** Returns the sentence of the line that holds these words, or the words themselves. */
    private static String sentenceHolding(String line, String words) {
        int at = words.isBlank() ? -1 : line.indexOf(words);
        if (at < 0) {
            return words;
        }
        Span sentence = Rewriter.sentenceAround(line, new Span(at, at + words.length()));
        return line.substring(sentence.start(), sentence.end()).strip();
    }

    private static void conversationFindings(
            RunView run, Rewriter rewriter, List<Turn> learner, Set<Integer> spoilt, List<Finding> findings) {
        Scenario scenario = run.scenario();
        ConversationKind kind = run.kind();
        Outcome outcome = run.practice().outcome();
        if (learner.isEmpty()) {
            for (KeyPoint point : scenario.learner().keyPoints()) {
                findings.add(new Finding(
                        0,
                        "",
                        FindingCategory.UNSAID_KEY_POINT,
                        "You came to say: '" + scenario.withFacts(point.text())
                                + "'. The run ended before you said anything.",
                        Optional.of(scenario.withFacts(point.text()))));
            }
            return;
        }
        List<Turn> credited =
                learner.stream().filter(t -> !spoilt.contains(t.number())).toList();
        Turn first = learner.getFirst();
        Turn last = learner.getLast();
        Optional<DecisionMap> map = scenario.decisionMap();
        boolean long_ = learner.size() >= 3 || outcome.isFinal();
        boolean raisingIt = scenario.opener() == Scenario.Opener.LEARNER;

        missingAcknowledgement(run, rewriter, learner, spoilt).ifPresent(findings::add);

        if (long_ && credited.stream().noneMatch(Coach::summarises)) {
            Turn anchor = afterTheirSide(run, learner).orElse(learner.size() > 1 ? learner.get(1) : first);
            findings.add(new Finding(
                    anchor.number(),
                    anchor.text(),
                    FindingCategory.MISSING_PARAPHRASE,
                    (raisingIt
                                    ? "You never said their side back to them. "
                                    : "You never said their problem back to them. ")
                            + FindingCategory.MISSING_PARAPHRASE.why(),
                    summaryInTheirWords(run, rewriter, anchor, raisingIt || kind != ConversationKind.CUSTOMER)));
        }

        Optional<Turn> firstSolving = firstWith(learner, Move.OFFER_OPTION, Move.CITE_POLICY, Move.STATE_LIMIT);
        Optional<Turn> firstQuestion = learner.stream()
                .filter(t -> t.analysis().orElseThrow().moves().stream()
                                .anyMatch(m -> m.move().isQuestion())
                        || run.content(t.number())
                                .filter(c -> c.has(ActKind.ASK))
                                .isPresent())
                .findFirst();
        boolean solvedBeforeAsking = firstSolving.isPresent()
                && (firstQuestion.isEmpty()
                        || firstQuestion.get().number() > firstSolving.get().number());
        if (solvedBeforeAsking || (long_ && firstQuestion.isEmpty())) {
            Turn anchor = firstSolving.orElse(first);
            String fact = map.flatMap(m -> m.factsToFind().stream().findFirst())
                    .map(f -> ": " + Phrasings.toYou(lowerFirst(stripStop(sayable(f)))))
                    .orElse("");
            findings.add(new Finding(
                    anchor.number(),
                    anchor.text(),
                    FindingCategory.MISSING_QUESTION,
                    raisingIt
                            ? "You never asked for their side. Hearing it is what makes them listen to yours."
                            : "You moved to answers before asking what happened. "
                                    + FindingCategory.MISSING_QUESTION.why(),
                    suggested(rewriter, Phrasings.question(kind, raisingIt, fact), anchor)));
        }

        boolean stepped = findings.stream()
                .anyMatch(f -> f.category() == FindingCategory.NEXT_STEP && !spoilt.contains(f.turn()));
        if (long_ && !stepped && !agreed(run)) {
            Optional<String> offer =
                    map.flatMap(m -> m.mayOffer().stream().findFirst()).map(o -> lowerFirst(stripStop(o)));
            String point = scenario.learner().keyPoints().stream()
                    .findFirst()
                    .map(k -> lowerFirst(stripStop(scenario.withFacts(k.text()))))
                    .orElse("what we just discussed");
            findings.add(new Finding(
                    last.number(),
                    last.text(),
                    FindingCategory.MISSING_NEXT_STEP,
                    "The conversation ended without a concrete next step. " + FindingCategory.MISSING_NEXT_STEP.why(),
                    suggested(rewriter, Phrasings.nextStep(kind, offer, point), last)));
        }

        boolean reachedClose = learner.size() >= 4;
        if (kind.closesWithACheck()
                && reachedClose
                && !run.endedByThem()
                && credited.stream().noneMatch(t -> has(t, Move.CLOSING_CHECK))) {
            findings.add(new Finding(
                    last.number(),
                    last.text(),
                    FindingCategory.MISSING_CLOSING_CHECK,
                    "You never checked whether they were satisfied or had anything left. "
                            + FindingCategory.MISSING_CLOSING_CHECK.why(),
                    suggested(rewriter, "Does that cover everything, or is there something I have missed?", last)));
        }

        for (KeyPoint point : scenario.learner().keyPoints()) {
            Optional<Turn> made = credited.stream()
                    .filter(t -> CueMatch.makes(point, outsideJabs(t, findings)))
                    .findFirst();
            Optional<Turn> spoiltMaking = learner.stream()
                    .filter(t -> spoilt.contains(t.number()) && CueMatch.makes(point, t.text()))
                    .findFirst();
            String said = scenario.withFacts(point.text());
            if (made.isPresent()) {
                findings.add(new Finding(
                        made.get().number(),
                        sentenceMaking(made.get().text(), point),
                        FindingCategory.KEY_POINT_MADE,
                        "You said what you came to say: " + said,
                        Optional.empty()));
            } else if (spoiltMaking.isEmpty()) {
                findings.add(new Finding(
                        last.number(),
                        last.text(),
                        FindingCategory.UNSAID_KEY_POINT,
                        "You came to say: '" + said + "', and the conversation ended without it. "
                                + FindingCategory.UNSAID_KEY_POINT.why(),
                        Optional.of(said)));
            } else if (already(findings, spoiltMaking.get().number(), FindingCategory.CONCESSION)) {
                Turn gaveUp = spoiltMaking.get();
                findings.add(new Finding(
                        gaveUp.number(),
                        gaveUp.text(),
                        FindingCategory.UNSAID_KEY_POINT,
                        "You came to say: '" + said + "', and gave it up here. "
                                + FindingCategory.UNSAID_KEY_POINT.why(),
                        Optional.of(said)));
            }
            // Said only in a line that mocks or accuses: that line's own finding covers it, and it earns no credit.
        }
    }

    /**
     * Flags a missing acknowledgement at the learner's line right after the other person first showed they were
     * upset, when neither that line nor the next acknowledged it.
     */
    private static Optional<Finding> missingAcknowledgement(
            RunView run, Rewriter rewriter, List<Turn> learner, Set<Integer> spoilt) {
        // A friend, a relative or a colleague the learner goes to with something new is not upset about it before
        // they hear it: they are acknowledged once they show it. A customer called back is upset from the start.
        boolean raisingItThemselves =
                run.scenario().opener() == Scenario.Opener.LEARNER && run.kind() != ConversationKind.CUSTOMER;
        int upsetAt = run.practice().startingState().anger() >= UPSET && !raisingItThemselves ? 0 : -1;
        if (upsetAt < 0) {
            upsetAt = run.turns().stream()
                    .filter(t -> t.state().filter(s -> s.anger() >= UPSET).isPresent())
                    .mapToInt(Turn::number)
                    .findFirst()
                    .orElse(-1);
        }
        if (upsetAt < 0) {
            return Optional.empty();
        }
        int from = upsetAt;
        List<Turn> due =
                learner.stream().filter(t -> t.number() > from).limit(2).toList();
        if (due.isEmpty()) {
            return Optional.empty();
        }
        boolean acknowledged =
                due.stream().filter(t -> !spoilt.contains(t.number())).anyMatch(t -> acknowledges(run, t));
        if (acknowledged) {
            return Optional.empty();
        }
        Turn anchor = due.getFirst();
        String when;
        if (upsetAt < learner.getFirst().number()) {
            when = run.scenario().opener() == Scenario.Opener.LEARNER
                    ? "They were upset from the start and you moved on without naming it. "
                    : "They opened upset and you moved on without naming the impact. ";
        } else {
            when = "They were upset at turn " + upsetAt + " and you moved on without naming it. ";
        }
        return Optional.of(new Finding(
                anchor.number(),
                anchor.text(),
                FindingCategory.MISSING_ACKNOWLEDGEMENT,
                when + FindingCategory.MISSING_ACKNOWLEDGEMENT.why(),
                suggested(rewriter, Phrasings.acknowledgement(run.kind()), anchor)));
    }

    /**
     * Whether the other person agreed to what was on the table ("Alright. I'll text the day before."): an agreement
     * reached is the next step, and asking for one after it would reopen what was settled.
     */
    private static boolean agreed(RunView run) {
        return run.turns().stream()
                .filter(t -> t.speaker() == Speaker.COUNTERPART)
                .anyMatch(t -> t.intent().filter(i -> i == Intent.ACCEPT).isPresent()
                        || run.content(t.number())
                                .filter(c -> c.has(ActKind.ACCEPT))
                                .isPresent());
    }

    /**
     * Whether a line names their side: an acknowledgement, a summary or empathy that is not a stock line, or a key
     * point of the learner's that is itself an acknowledgement ("I know you need it for the wedding on Saturday"
     * makes the point "I understand you need this for the wedding"; the review cannot credit it and say it was
     * never acknowledged).
     */
    private static boolean acknowledges(RunView run, Turn turn) {
        UtteranceAnalysis a = turn.analysis().orElseThrow();
        if (a.has(Move.ACKNOWLEDGE)
                || a.has(Move.PARAPHRASE)
                || a.has(FindingCategory.EMPATHY)
                || a.has(FindingCategory.ACKNOWLEDGEMENT)
                || (a.has(Move.EMPATHISE) && !a.has(FindingCategory.CANNED_EMPATHY))) {
            return true;
        }
        return run.scenario().learner().keyPoints().stream()
                .filter(point -> ACKNOWLEDGING_POINT.matcher(point.text()).lookingAt())
                .anyMatch(point -> CueMatch.makes(point, turn.text()));
    }

    /** A key point that is itself an acknowledgement of their side: "I understand you need this for the wedding". */
    private static final Pattern ACKNOWLEDGING_POINT = Pattern.compile(
            "(?i)i (?:understand|know|can see|can hear|hear|get|realise|realize|appreciate) (?:that |how |why )?(?:you|your"
                    + "|this (?:matters|is|has))\\b");

    /**
     * Returns a summary to say at a turn, made of what they said before it (a brief's "feels nobody cares" is a
     * guess they never voiced), or nothing when none of their sentences says back cleanly.
     */
    private static Optional<String> summaryInTheirWords(
            RunView run, Rewriter rewriter, Turn anchor, boolean theirSide) {
        int side = theirSide(run).orElse(-1);
        return TheirWords.saidBack(run.turns(), anchor.number(), side, run.scenario()).stream()
                .filter(Summaries::saysSomethingBack)
                .limit(6)
                .map(said -> theirSide
                        ? "So what I'm hearing is that " + said + ". Is that right?"
                        : "So if I have this right, " + said + ". Is that right?")
                .filter(summary -> rewriter.clean(summary, anchor.number()))
                .findFirst();
    }

    /** Returns the turn where the other person first set out their side, if any. */
    private static OptionalInt theirSide(RunView run) {
        return run.turns().stream()
                .filter(t -> t.intent()
                        .filter(i -> i == Intent.VENT || i == Intent.CHALLENGE || i == Intent.DEMAND)
                        .isPresent())
                .mapToInt(Turn::number)
                .findFirst();
    }

    /** Returns the learner's line right after the other person first set out their side, if any. */
    private static Optional<Turn> afterTheirSide(RunView run, List<Turn> learner) {
        OptionalInt side = theirSide(run);
        if (side.isEmpty()) {
            return Optional.empty();
        }
        return learner.stream().filter(t -> t.number() > side.getAsInt()).findFirst();
    }

    /** Returns a suggested line for a skipped step, when it reads cleanly at that point of the conversation. */
    private static Optional<String> suggested(Rewriter rewriter, String suggestion, Turn anchor) {
        return rewriter.clean(suggestion, anchor.number()) ? Optional.of(suggestion) : Optional.empty();
    }

    /**
     * Returns the line without the words flagged as a jab in it: "thats the courier's fault" names the courier but
     * offers nothing about it, so a cue said only inside a jab does not make the point.
     */
    private static String outsideJabs(Turn turn, List<Finding> findings) {
        String text = turn.text();
        for (Finding f : findings) {
            if (f.turn() == turn.number() && f.category().isJab() && !f.quote().isBlank()) {
                text = text.replace(f.quote(), " ");
            }
        }
        return text;
    }

    private static String sentenceMaking(String text, KeyPoint point) {
        String exact = Rewrites.sentenceWith(text, point.cues());
        if (!exact.equals(text) || point.isMadeIn(text)) {
            return exact;
        }
        OptionalInt at = CueMatch.findAny(text, point.cues());
        return at.isPresent() ? Rewrites.sentenceAt(text, at.getAsInt()) : text;
    }

    private static Map<Skill, Integer> score(List<Finding> findings, Practice practice, List<Turn> learner) {
        Map<Skill, Double> raw = new EnumMap<>(Skill.class);
        for (Skill skill : Skill.values()) {
            raw.put(skill, (double) BASE_SCORE);
        }
        Map<FindingCategory, Integer> seen = new EnumMap<>(FindingCategory.class);
        for (Finding finding : findings) {
            int n = seen.merge(finding.category(), 1, Integer::sum);
            double weight = 1.0 / n; // the same habit again costs (or earns) less each time
            Impacts.of(finding.category()).forEach((skill, points) -> raw.merge(skill, points * weight, Double::sum));
        }
        boolean composed = findings.stream()
                .noneMatch(f -> f.category() == FindingCategory.REACTIVE
                        || f.category() == FindingCategory.BLAME
                        || f.category() == FindingCategory.DISMISSAL
                        || f.category() == FindingCategory.CONDESCENSION
                        || f.category() == FindingCategory.SARCASM
                        || f.category() == FindingCategory.ACCUSATION);
        if (composed && !learner.isEmpty()) {
            raw.merge(Skill.COMPOSURE, 15.0, Double::sum);
        }
        raw.merge(Skill.GOAL, outcomePoints(practice.outcome()), Double::sum);
        int calmed = practice.startingState().anger() - practice.state().anger();
        raw.merge(Skill.GOAL, calmed / 4.0, Double::sum);
        raw.merge(Skill.EMPATHY, calmed / 5.0, Double::sum);
        if (learner.isEmpty()) {
            raw.replaceAll((skill, value) -> Math.min(value, 20.0));
        }
        Map<Skill, Integer> scores = new LinkedHashMap<>();
        raw.forEach((skill, value) -> scores.put(skill, (int) Math.round(Math.max(0, Math.min(100, value)))));
        return scores;
    }

    private static double outcomePoints(Outcome outcome) {
        return switch (outcome) {
            case RESOLVED -> 20;
            case ESCALATED -> -20;
            case WALKED_AWAY -> -15;
            case ENDED_BY_LEARNER -> -5;
            case IN_PROGRESS, STOPPED_FOR_SAFETY -> 0;
        };
    }

    private static int overall(Map<Skill, Integer> skills) {
        double sum = 0;
        double weights = 0;
        for (Map.Entry<Skill, Integer> e : skills.entrySet()) {
            double w = e.getKey() == Skill.GOAL ? 1.5 : 1.0;
            sum += e.getValue() * w;
            weights += w;
        }
        return (int) Math.round(sum / weights);
    }

    private static List<TurningPoint> turningPoints(List<Turn> turns, CounterpartState start) {
        List<TurningPoint> points = new ArrayList<>();
        int before = start.anger();
        Turn lastLearner = null;
        for (Turn turn : turns) {
            if (turn.speaker() == Speaker.LEARNER) {
                lastLearner = turn;
                continue;
            }
            CounterpartState state = turn.state().orElseThrow();
            if (lastLearner != null && Math.abs(state.anger() - before) >= TURNING_POINT_MIN) {
                points.add(new TurningPoint(
                        turn.number(),
                        lastLearner.number(),
                        lastLearner.text(),
                        before,
                        state.anger(),
                        state.movedBy()));
            }
            before = state.anger();
        }
        return points.stream()
                .sorted(Comparator.comparingInt((TurningPoint p) -> -Math.abs(p.after() - p.before())))
                .limit(MAX_TURNING_POINTS)
                .sorted(Comparator.comparingInt(TurningPoint::turn))
                .toList();
    }

    private static List<String> focus(List<Finding> findings) {
        Map<FindingCategory, Double> weight = new EnumMap<>(FindingCategory.class);
        for (Finding f : findings) {
            if (f.isProblem()) {
                double cost = Impacts.of(f.category()).values().stream()
                        .mapToDouble(Math::abs)
                        .sum();
                weight.merge(f.category(), cost, Double::sum);
            }
        }
        List<String> focus = new ArrayList<>(weight.entrySet().stream()
                .sorted(Map.Entry.<FindingCategory, Double>comparingByValue().reversed())
                .limit(3)
                .map(e -> Impacts.advice(e.getKey()))
                .toList());
        for (Finding f : findings) {
            if (focus.size() >= 3) {
                break;
            }
            String keep = "Keep doing this: " + f.category().title().toLowerCase(Locale.ROOT);
            if (!f.isProblem() && focus.stream().noneMatch(s -> s.startsWith(keep))) {
                focus.add(keep + ", as in \"" + f.quote() + "\"");
            }
        }
        return focus;
    }

    private static List<Answer> answers(
            Scenario scenario, List<Turn> learner, List<Finding> findings, ConversationMemory memory) {
        List<Answer> answers = new ArrayList<>();
        answers.add(new Answer(
                "Where did I sound apologetic when I shouldn't have?",
                quoted(findings, "You did not over-apologise.", FindingCategory.OVER_APOLOGY)));
        answers.add(new Answer(
                "Where did I give them room to push me off my position?",
                quoted(
                        findings,
                        "Nowhere obvious: you held your position without hedging or giving ground.",
                        FindingCategory.CONCESSION,
                        FindingCategory.HEDGING)));
        answers.add(new Answer(
                "What did I avoid that I should have said directly?",
                findings.stream().anyMatch(f -> f.category() == FindingCategory.UNSAID_KEY_POINT)
                        ? "You never said: "
                                + String.join(
                                        "; ",
                                        findings.stream()
                                                .filter(f -> f.category() == FindingCategory.UNSAID_KEY_POINT)
                                                .map(f -> stripStop(f.rewrite().orElse("")))
                                                .toList())
                                + "."
                        : "Nothing you came to say was left out."));
        answers.add(new Answer(
                "Did I get reactive?",
                quoted(
                        findings,
                        "No: you stayed composed.",
                        FindingCategory.REACTIVE,
                        FindingCategory.BLAME,
                        FindingCategory.DISMISSAL,
                        FindingCategory.CONDESCENSION,
                        FindingCategory.JUDGEMENTAL_FRAMING,
                        FindingCategory.SARCASM,
                        FindingCategory.ACCUSATION)));
        long made = findings.stream()
                .filter(f -> f.category() == FindingCategory.KEY_POINT_MADE)
                .count();
        int total = scenario.learner().keyPoints().size();
        answers.add(new Answer(
                "Did I say what I came to say?",
                keyPointsSaid(
                        made,
                        total,
                        findings.stream()
                                .filter(f -> f.category() == FindingCategory.UNSAID_KEY_POINT)
                                .count(),
                        answers.get(2).answer())));
        answers.add(
                new Answer("Did I promise anything that now needs follow-up?", promises(learner, findings, memory)));
        return answers;
    }

    /**
     * Returns how many key points were made and which were never said; a point said only in a line with a jab in it
     * is neither ("Partly: 3 of 4" and nothing named would contradict itself), so it is said where it went.
     */
    private static String keyPointsSaid(long made, int total, long unsaid, String avoided) {
        if (total == 0) {
            return "Your brief named no key points.";
        }
        if (made == total) {
            return total == 1 ? "Yes: your key point." : "Yes: all " + total + " of your key points.";
        }
        String count = made == 0
                ? "No: none of your " + (total == 1 ? "key point" : total + " key points") + "."
                : "Partly: " + made + " of " + total + " key points.";
        String answer = unsaid > 0 ? count + " " + avoided : count;
        long rest = total - made - unsaid;
        if (rest <= 0) {
            return answer;
        }
        String which = rest == total - made
                ? (rest == 1 ? "The other one" : "The other " + rest)
                : rest == 1 ? "One more" : rest + " more";
        return answer + " " + which + " you said only in a line that gave ground, talked down to them, mocked or"
                + " snapped, so it did not land.";
    }

    /**
     * Returns what the learner committed to: promises and next steps the moves found, and the promises and offers
     * the content reading found ("Ill call the depot by 3pm", "I can refund the $18 today"), each once.
     */
    private static String promises(List<Turn> learner, List<Finding> findings, ConversationMemory memory) {
        Map<Integer, List<String>> byTurn = new java.util.TreeMap<>();
        for (Turn t : learner) {
            UtteranceAnalysis a = t.analysis().orElseThrow();
            a.moves().stream()
                    .filter(m -> m.move() == Move.PROMISE || m.move() == Move.NEXT_STEP)
                    .forEach(m -> addOnce(byTurn, t.number(), m.quote()));
        }
        for (ConversationMemory.Remembered line : memory.lines()) {
            if (line.content().side() != Side.LEARNER) {
                continue;
            }
            line.content().acts().stream()
                    .filter(act -> act.kind() == ActKind.PROMISE || act.kind() == ActKind.OFFER)
                    .forEach(act -> addOnce(byTurn, line.turn(), act.quote()));
        }
        List<String> promised = new ArrayList<>();
        byTurn.forEach((turn, quotes) -> quotes.forEach(q -> promised.add("turn " + turn + ": \"" + q + "\"")));
        String risky = quoted(
                findings, "", FindingCategory.OVER_PROMISE, FindingCategory.GUESSING, FindingCategory.FALSE_HOPE);
        if (promised.isEmpty() && risky.isEmpty()) {
            return "No: you made no commitments to follow up on.";
        }
        String base = promised.isEmpty() ? "" : "Follow up on " + String.join("; ", promised) + ".";
        return risky.isEmpty() ? base : (base + " Risky: " + risky).strip();
    }

    /** Adds a quote to a turn's list unless one of them already holds it or is held by it. */
    private static void addOnce(Map<Integer, List<String>> byTurn, int turn, String quote) {
        List<String> quotes = byTurn.computeIfAbsent(turn, k -> new ArrayList<>());
        String q = quote.strip();
        if (quotes.stream().noneMatch(held -> held.contains(q) || q.contains(held))) {
            quotes.add(q);
        }
    }

    private static String quoted(List<Finding> findings, String none, FindingCategory... categories) {
        List<String> quotes = new ArrayList<>();
        for (Finding f : findings) {
            for (FindingCategory c : categories) {
                if (f.category() == c) {
                    quotes.add("turn " + f.turn() + ": \"" + f.quote() + "\" ("
                            + c.title().toLowerCase(Locale.ROOT) + ")");
                }
            }
        }
        return quotes.isEmpty() ? none : String.join("; ", quotes) + ".";
    }

    private static Optional<Turn> firstWith(List<Turn> turns, Move... moves) {
        return turns.stream()
                .filter(t -> {
                    for (Move m : moves) {
                        if (has(t, m)) {
                            return true;
                        }
                    }
                    return false;
                })
                .findFirst();
    }

    /** Returns whether a turn says something of theirs back in a summary, not only "ok i hear you". */
    private static boolean summarises(Turn turn) {
        return turn.analysis().stream()
                .flatMap(a -> a.moves().stream())
                .anyMatch(m -> m.move() == Move.PARAPHRASE && Summaries.saysSomethingBack(m.quote()));
    }

    private static boolean has(Turn turn, Move move) {
        return turn.analysis().map(a -> a.has(move)).orElse(false);
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    /**
     * Returns the part of a brief's note that can be said to the other person: its first clause, without the
     * author's asides in brackets or after a semicolon ("...careless; the insults are the anger...").
     */
    private static String sayable(String note) {
        String said = note.replaceAll("\\s*\\([^)]*\\)", "");
        int stop = said.indexOf(';');
        return (stop >= 0 ? said.substring(0, stop) : said).strip();
    }

    private static String stripStop(String s) {
        return s.strip().replaceAll("[.!]+$", "");
    }
}
