package dev.spar.simulation;

import dev.spar.analysis.FindingCategory;
import dev.spar.analysis.Flag;
import dev.spar.analysis.Move;
import dev.spar.analysis.MoveEvidence;
import dev.spar.analysis.UtteranceAnalysis;
import dev.spar.scenario.Cues;
import dev.spar.scenario.Intent;
import dev.spar.scenario.Line;
import dev.spar.scenario.Need;
import dev.spar.scenario.PersonaVersion;
import dev.spar.scenario.Reaction;
import dev.spar.scenario.Scenario;
import dev.spar.understanding.ActKind;
import dev.spar.understanding.Content;
import dev.spar.understanding.ConversationMemory;
import dev.spar.understanding.Side;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The simulated other person: a state that moves with what the learner does, and authored lines chosen by
 * intent.
 *
 * <p>One instance plays one run. It is deterministic: the same scenario, settings and learner turns give
 * the same replies and states.
 */
public final class Counterpart {
    /** After this many learner turns the counterpart wraps the conversation up. */
    static final int MAX_LEARNER_TURNS = 16;

    private static final Pattern SLOT = Pattern.compile("\\{([a-z][a-z0-9_]*)}");
    private static final int ECHO_WORDS = 8;
    private static final double MAX_RISE_PER_TURN = 22;
    private static final double MAX_FALL_PER_TURN = 18;

    private final Scenario scenario;
    private final PracticeSettings settings;
    private final Temperament temperament;
    private final Optional<PersonaVersion> version;
    private final List<Reaction> triggers;
    private final List<Reaction> soothers;
    private final RandomGenerator random;

    private double anger;
    private double trust;
    private double patience;
    private final Map<String, Double> needs = new LinkedHashMap<>();
    private Phase phase = Phase.VENTING;
    private Outcome outcome = Outcome.IN_PROGRESS;

    private final Set<String> usedLines = new LinkedHashSet<>();
    private final Map<String, Integer> empathyLines = new LinkedHashMap<>();
    private final List<String> openPromises = new ArrayList<>();
    private int learnerTurns;
    private int failures;
    private final Set<String> ignoredQuestions = new LinkedHashSet<>();
    private boolean failedThisTurn;
    private int apologyTurns;
    private boolean acknowledged;
    private boolean optionSeen;
    private boolean escalated;
    private boolean accepted;
    private boolean opened;
    private Intent lastIntent = Intent.OPEN;

    private Counterpart(Scenario scenario, PracticeSettings settings) {
        this.scenario = scenario;
        this.settings = settings;
        this.temperament = Temperament.of(settings);
        this.random = new SplittableRandom(settings.seed());
        List<PersonaVersion> versions = scenario.versions();
        this.version = versions.isEmpty()
                ? Optional.empty()
                : Optional.of(versions.get((int) Math.floorMod(settings.seed(), (long) versions.size())));
        dev.spar.scenario.Mood start = version.map(
                        v -> scenario.persona().mood().shiftedBy(v.moodShift()))
                .orElse(scenario.persona().mood());
        this.anger = clamp(start.anger() + temperament.moodOffset());
        this.trust = clamp(start.trust() - temperament.moodOffset());
        this.patience =
                clamp(Math.max(Temperament.MIN_START_PATIENCE, start.patience() + temperament.patienceOffset()));
        List<Reaction> setOffBy = new ArrayList<>(scenario.persona().triggers());
        List<Reaction> calmedBy = new ArrayList<>(scenario.persona().soothers());
        version.ifPresent(v -> {
            setOffBy.addAll(v.extraTriggers());
            calmedBy.addAll(v.extraSoothers());
        });
        this.triggers = List.copyOf(setOffBy);
        this.soothers = List.copyOf(calmedBy);
        for (Need need : scenario.persona().needs()) {
            needs.put(need.id(), 0.0);
        }
    }

    /** Meets the counterpart of a scenario, in the version the seed chooses. */
    public static Counterpart meet(Scenario scenario, PracticeSettings settings) {
        return new Counterpart(scenario, settings);
    }

    /** Returns the version of the person this run plays, if the scenario has versions. */
    public Optional<PersonaVersion> version() {
        return version;
    }

    /** Returns the settings this run was started with. */
    public PracticeSettings settings() {
        return settings;
    }

    /** Returns the counterpart's state now. */
    public CounterpartState state() {
        return state(List.of());
    }

    private CounterpartState state(List<String> movedBy) {
        Map<String, Integer> needLevels = new LinkedHashMap<>();
        needs.forEach((id, level) -> needLevels.put(id, (int) Math.round(level)));
        return new CounterpartState(
                (int) Math.round(anger),
                (int) Math.round(trust),
                (int) Math.round(patience),
                needLevels,
                phase,
                movedBy);
    }

    /** Returns how the conversation stands. */
    public Outcome outcome() {
        return outcome;
    }

    /**
     * Returns the counterpart's opening line when the scenario has them speak first.
     *
     * @return the opening, or empty when the learner opens or the run already started
     */
    public Optional<Reply> open() {
        if (opened || learnerTurns > 0 || scenario.opener() != Scenario.Opener.COUNTERPART) {
            return Optional.empty();
        }
        opened = true;
        String text = speak(Intent.OPEN, Set.of(), Optional.empty(), "");
        return Optional.of(new Reply(text, lastIntent, state(), outcome));
    }

    /**
     * Reacts to what the learner said: the state moves, then a line is chosen.
     *
     * @param said the learner's analysed utterance
     * @return the reply
     * @throws IllegalStateException if the conversation is already over
     */
    public Reply respondTo(UtteranceAnalysis said) {
        return respondTo(said, new Content(said.text(), Side.LEARNER, List.of()), new ConversationMemory());
    }

    /**
     * Reacts to what the learner said, reading its content as well as its form: the state moves, then a
     * line is chosen.
     *
     * @param said the learner's analysed utterance
     * @param content what the utterance says
     * @param memory the conversation so far, this utterance included
     * @return the reply
     * @throws IllegalStateException if the conversation is already over
     */
    public Reply respondTo(UtteranceAnalysis said, Content content, ConversationMemory memory) {
        if (outcome.isFinal()) {
            throw new IllegalStateException("the conversation is over: " + outcome.id());
        }
        learnerTurns++;
        Set<String> ids = idsOf(said);
        Effect effect = new Effect();
        boolean wasAcknowledged = acknowledged;
        double angerBefore = anger;

        applyMoves(said, ids, effect, wasAcknowledged);
        applyReactions(ids, effect);
        applyNeeds(ids, effect);
        Optional<String> brokenPromise = applyPromises(said, ids, effect);
        effect.patience -= temperament.patienceDecay() + failureCost(ids, content, memory);

        // One line can move a person a lot, but not from calm to furious: the change per turn is capped.
        double rise = MAX_RISE_PER_TURN * temperament.volatility();
        double fall = MAX_FALL_PER_TURN * temperament.calming();
        anger = clamp(anger + Math.max(-fall, Math.min(rise, effect.anger)));
        trust = clamp(trust + effect.trust);
        patience = clamp(patience + effect.patience);
        if (ids.contains(Move.ACKNOWLEDGE.id())
                || ids.contains(Move.PARAPHRASE.id())
                || ids.contains(FindingCategory.EMPATHY.id())) {
            acknowledged = true;
        }

        Intent intent = chooseIntent(said, ids, brokenPromise.isPresent(), anger - angerBefore);
        Optional<String> echo = echoOf(said);
        String text;
        if (brokenPromise.isPresent() && intent == Intent.CHALLENGE) {
            text = pickPromiseCallback(brokenPromise.get())
                    .orElseGet(() -> speak(Intent.CHALLENGE, ids, echo, said.text()));
        } else {
            text = speak(intent, ids, echo, said.text());
        }
        updatePhase(ids);
        return new Reply(text, lastIntent, state(effect.drivers()), outcome);
    }

    private void applyMoves(UtteranceAnalysis said, Set<String> ids, Effect effect, boolean wasAcknowledged) {
        boolean canned = said.has(FindingCategory.CANNED_EMPATHY);
        Set<Move> moves = new LinkedHashSet<>();
        said.moves().forEach(m -> moves.add(m.move()));
        // Habits the analyser may report without the matching move still count as that move.
        for (Flag flag : said.flags()) {
            equivalentMove(flag.category()).ifPresent(moves::add);
        }
        for (Move move : moves) {
            switch (move) {
                case GREET -> effect.add(0, 1, 0, null);
                case VERIFY -> {
                    if (!wasAcknowledged && anger >= 60) {
                        effect.add(3, 0, -2, "Asked for details before acknowledging how upset they are");
                    } else {
                        effect.add(0, 1, 0, null);
                    }
                }
                case ACKNOWLEDGE -> effect.add(-8, 5, 2, "Felt their problem was acknowledged");
                case EMPATHISE -> {
                    if (!canned) {
                        int repeats = empathyLines.merge(normalise(quoteOf(said, Move.EMPATHISE)), 1, Integer::sum);
                        if (repeats == 1) {
                            effect.add(-5, 3, 1, "Heard some empathy");
                        } else if (repeats == 2) {
                            effect.add(-2, 1, 0, null);
                        } else {
                            effect.add(5, -4, -2, "The same empathy line again sounded hollow");
                        }
                    }
                }
                case APOLOGISE -> {
                    apologyTurns++;
                    if (apologyTurns == 1) {
                        effect.add(-4, 2, 0, "Got an apology");
                    } else if (apologyTurns == 2) {
                        effect.add(-1, 0, 0, null);
                    } else {
                        effect.add(1, -3, -1, "Yet another apology started to sound like weakness");
                    }
                }
                case PARAPHRASE -> {
                    effect.add(-7, 6, 2, "Heard their problem summed up accurately");
                    if (phase == Phase.VENTING || anger >= 50) {
                        effect.add(-5, 2, 0, "A neutral summary while they were venting");
                    }
                }
                case OPEN_QUESTION, CLOSED_QUESTION -> {
                    if (!wasAcknowledged && anger >= 65) {
                        effect.add(3, 0, -2, "Questions before any acknowledgement felt like an interrogation");
                    } else {
                        effect.add(move == Move.OPEN_QUESTION ? -2 : -1, 2, 0, null);
                    }
                }
                case EXPLAIN -> effect.add(0, 1, -1, null);
                case CITE_POLICY -> {
                    effect.add(6, -4, -3, "Was read the rules");
                    if (!wasAcknowledged) {
                        effect.add(6, -2, 0, "Policy came before any acknowledgement");
                    }
                }
                case OFFER_OPTION -> {
                    if (!wasAcknowledged && !ids.contains(Move.ACKNOWLEDGE.id()) && anger >= 40) {
                        effect.add(7, -2, -2, "An option came before they felt heard");
                    } else {
                        effect.add(-4, 3, 1, "Saw a way forward");
                    }
                }
                case AFFIRM -> effect.add(-2, 2, 0, null);
                case SELF_DISCLOSE -> effect.add(0, 1, 0, null);
                case ADVISE -> {
                    if (!wasAcknowledged && anger >= 50) {
                        effect.add(3, -1, -1, "Got advice before feeling heard");
                    } else {
                        effect.add(0, 1, 0, null);
                    }
                }
                case STATE_NEED -> effect.add(0, 1, 0, null);
                case STATE_LIMIT -> effect.add(3, 2, 0, null);
                case NEXT_STEP -> effect.add(-6, 5, 3, "Got a concrete next step");
                case PROMISE -> effect.add(-5, 2, 1, null);
                case BOUNDARY -> {
                    if (lastIntent == Intent.CHALLENGE || lastIntent == Intent.ESCALATE || anger >= 60) {
                        effect.add(-3, 3, 0, "A calm boundary steadied things");
                    } else {
                        effect.add(2, 0, 0, null);
                    }
                }
                case CLOSING_CHECK -> effect.add(-2, 2, 0, null);
                case BLAME -> effect.add(14, -10, -5, "Felt blamed");
                case DISMISS -> effect.add(16, -10, -6, "Felt dismissed");
                case CONDESCEND -> effect.add(12, -8, -4, "Felt talked down to");
                case HEDGE -> effect.add(2, -4, -2, "Heard hedging and pushed on it");
                case OVER_EXPLAIN -> effect.add(4, -3, -6, "Lost patience with a long explanation");
                case CONCEDE -> effect.add(-3, -6, 0, "Saw the learner give ground and will push for more");
            }
        }
        for (Flag flag : said.flags()) {
            switch (flag.category()) {
                case CANNED_EMPATHY -> effect.add(5, -4, -2, "A stock empathy line sounded hollow");
                case OVER_APOLOGY -> effect.add(0, -4, 0, "So many apologies undercut the message");
                case REACTIVE -> effect.add(12, -8, -5, "Met heat with heat");
                case JUDGEMENTAL_FRAMING -> effect.add(10, -6, -3, "Felt their account was questioned");
                case OVER_PROMISE -> effect.add(-2, 1, 0, null);
                case GUESSING -> effect.add(0, -2, 0, null);
                default -> {
                    // The rest are moves already counted above, or strengths.
                }
            }
        }
    }

    private static Optional<Move> equivalentMove(FindingCategory category) {
        return switch (category) {
            case DISMISSAL -> Optional.of(Move.DISMISS);
            case BLAME -> Optional.of(Move.BLAME);
            case CONDESCENSION -> Optional.of(Move.CONDESCEND);
            case HEDGING -> Optional.of(Move.HEDGE);
            case OVER_EXPLAINING -> Optional.of(Move.OVER_EXPLAIN);
            case CONCESSION -> Optional.of(Move.CONCEDE);
            case POLICY_FIRST -> Optional.of(Move.CITE_POLICY);
            case ACKNOWLEDGEMENT -> Optional.of(Move.ACKNOWLEDGE);
            case PARAPHRASE -> Optional.of(Move.PARAPHRASE);
            case NEXT_STEP -> Optional.of(Move.NEXT_STEP);
            case BOUNDARY -> Optional.of(Move.BOUNDARY);
            case CLOSING_CHECK -> Optional.of(Move.CLOSING_CHECK);
            default -> Optional.empty();
        };
    }

    private void applyReactions(Set<String> ids, Effect effect) {
        for (Reaction trigger : triggers) {
            if (ids.contains(trigger.on())) {
                effect.add(4 * trigger.strength(), -2 * trigger.strength(), -trigger.strength(), trigger.note());
            }
        }
        for (Reaction soother : soothers) {
            if (ids.contains(soother.on())) {
                effect.add(-3 * soother.strength(), 2 * soother.strength(), soother.strength(), soother.note());
            }
        }
    }

    private void applyNeeds(Set<String> ids, Effect effect) {
        for (Need need : scenario.persona().needs()) {
            if (need.metBy().stream().anyMatch(ids::contains)) {
                double before = needs.get(need.id());
                needs.put(need.id(), Math.min(100, before + 50));
                if (before < 100) {
                    effect.add(-2, 2, 1, before == 0 ? "Need met: " + need.text() : null);
                }
            }
        }
    }

    private Optional<String> applyPromises(UtteranceAnalysis said, Set<String> ids, Effect effect) {
        boolean backtracks = ids.contains(Move.STATE_LIMIT.id())
                || ids.contains(Move.CITE_POLICY.id())
                || ids.contains(Move.HEDGE.id())
                || ids.contains(FindingCategory.GUESSING.id());
        Optional<String> broken = Optional.empty();
        if (backtracks && !openPromises.isEmpty()) {
            broken = Optional.of(openPromises.removeFirst());
            effect.add(12, -15, -4, "A promise made earlier was walked back");
        }
        for (MoveEvidence m : said.moves()) {
            if (m.move() == Move.PROMISE) {
                openPromises.add(m.quote());
            }
        }
        for (Flag flag : said.flags()) {
            if (flag.category() == FindingCategory.OVER_PROMISE && !openPromises.contains(flag.quote())) {
                openPromises.add(flag.quote());
            }
        }
        return broken;
    }

    private Intent chooseIntent(UtteranceAnalysis said, Set<String> ids, boolean brokenPromise, double angerChange) {
        if (accepted) {
            if (!inflames(ids)) {
                return end(Outcome.RESOLVED);
            }
            accepted = false;
        }
        boolean failedEnough = failures >= temperament.failuresBeforeLeaving();
        if (patience <= 0 && failedEnough) {
            return end(anger >= 60 ? Outcome.ESCALATED : Outcome.WALKED_AWAY);
        }
        if (learnerTurns >= MAX_LEARNER_TURNS) {
            return end(anger < temperament.acceptBelow() + 10 ? Outcome.RESOLVED : Outcome.WALKED_AWAY);
        }
        // Anger alone does not end it: they threaten to go over the learner's head when a failure pushed them
        // there, and carry it out only after several.
        if (anger >= temperament.escalateAt() && (failedThisTurn || angerChange > 0)) {
            if (escalated && failedEnough) {
                return end(Outcome.ESCALATED);
            }
            if (!escalated) {
                escalated = true;
                return Intent.ESCALATE;
            }
            return Intent.CHALLENGE;
        }
        if (brokenPromise) {
            return Intent.CHALLENGE;
        }
        if (inflames(ids)) {
            return Intent.CHALLENGE;
        }
        if (weak(ids) && random.nextDouble() < temperament.pushBack()) {
            return Intent.CHALLENGE;
        }
        if (!opened && scenario.opener() == Scenario.Opener.LEARNER && learnerTurns == 1) {
            opened = true;
            return Intent.OPEN;
        }
        if (ids.contains(Move.OFFER_OPTION.id()) && !optionSeen) {
            optionSeen = true;
            if (random.nextDouble() < temperament.rejectFirstOption()) {
                return Intent.REJECT_OPTION;
            }
        }
        boolean surpriseInterrupt = settings.surpriseMe() && random.nextDouble() < 0.3;
        boolean asked = said.moves().stream().anyMatch(m -> m.move().isQuestion());
        if (asked && !surpriseInterrupt) {
            return Intent.ANSWER;
        }
        if (learnerTurns >= 2 && (surpriseInterrupt || random.nextDouble() < temperament.curveballRate())) {
            return Intent.CURVEBALL;
        }
        if (readyToAccept(ids)) {
            accepted = true;
            return Intent.ACCEPT;
        }
        if (angerChange <= -6) {
            return Intent.SOFTEN;
        }
        if (asked) {
            return Intent.ANSWER;
        }
        return anger >= 55 && !acknowledged ? Intent.VENT : Intent.DEMAND;
    }

    private boolean readyToAccept(Set<String> ids) {
        boolean wayForward = ids.contains(Move.OFFER_OPTION.id())
                || ids.contains(Move.NEXT_STEP.id())
                || ids.contains(Move.STATE_LIMIT.id())
                || ids.contains(Move.CLOSING_CHECK.id());
        boolean needsMet = needs.values().stream().allMatch(level -> level >= 50);
        return wayForward
                && needsMet
                && learnerTurns >= temperament.holdOut()
                && anger < temperament.acceptBelow()
                && trust >= temperament.trustNeeded();
    }

    /** Whether a line is weak enough for a good arguer to pick at, without being offensive. */
    private static boolean weak(Set<String> ids) {
        return ids.contains(Move.HEDGE.id())
                || ids.contains(Move.OVER_EXPLAIN.id())
                || ids.contains(Move.CONCEDE.id())
                || ids.contains(FindingCategory.GUESSING.id())
                || ids.contains(FindingCategory.OVER_APOLOGY.id());
    }

    /**
     * Counts a failing turn and returns the patience it costs: a habit that hurts (a dismissal, a hedge, a long
     * explanation...), one of this person's triggers, a jab, a joke or tangent while they are upset, or a
     * factual question of theirs ignored twice.
     */
    private double failureCost(Set<String> ids, Content content, ConversationMemory memory) {
        boolean jab = content.has(ActKind.ACCUSE) || content.has(ActKind.MOCK) || content.has(ActKind.BLAME_OTHERS);
        boolean offTopic = (content.has(ActKind.JOKE) || content.has(ActKind.TANGENT)) && anger >= 40;
        boolean triggered = triggers.stream().anyMatch(t -> ids.contains(t.on()));
        boolean ignored = false;
        int now = memory.lines().isEmpty() ? 0 : memory.lines().getLast().turn();
        for (ConversationMemory.Question q : memory.openQuestions(Side.COUNTERPART)) {
            // Asked two or more learner turns ago (counterpart and learner alternate) and still unanswered.
            if (q.topic().isPresent() && now - q.turn() >= 3 && ignoredQuestions.add(q.turn() + q.quote())) {
                ignored = true;
            }
        }
        boolean problem = weak(ids)
                || ids.stream().anyMatch(id -> FindingCategory.byId(id)
                        .filter(FindingCategory::isProblem)
                        .isPresent());
        failedThisTurn = inflames(ids) || problem || jab || offTopic || triggered || ignored;
        if (!failedThisTurn) {
            return 0;
        }
        failures++;
        return temperament.failureCost();
    }

    private static boolean inflames(Set<String> ids) {
        return ids.contains(Move.DISMISS.id())
                || ids.contains(Move.BLAME.id())
                || ids.contains(Move.CONDESCEND.id())
                || ids.contains(FindingCategory.POLICY_FIRST.id())
                || ids.contains(FindingCategory.REACTIVE.id())
                || ids.contains(FindingCategory.JUDGEMENTAL_FRAMING.id())
                || ids.contains(FindingCategory.CANNED_EMPATHY.id());
    }

    private Intent end(Outcome how) {
        outcome = how;
        phase = Phase.ENDED;
        return switch (how) {
            case RESOLVED -> Intent.END_RESOLVED;
            case ESCALATED -> Intent.END_ESCALATED;
            default -> Intent.END_WALKED_AWAY;
        };
    }

    private void updatePhase(Set<String> ids) {
        if (outcome.isFinal()) {
            phase = Phase.ENDED;
        } else if (accepted) {
            phase = Phase.CLOSING;
        } else if (optionSeen || ids.contains(Move.OFFER_OPTION.id())) {
            phase = Phase.NEGOTIATING;
        } else if (acknowledged || anger < 45) {
            phase = Phase.EXPLORING;
        }
    }

    private String speak(Intent intent, Set<String> ids, Optional<String> echo, String learnerText) {
        Intent current = intent;
        for (int hops = 0; hops < 6; hops++) {
            Optional<String> line = pick(current, ids, echo, learnerText);
            if (line.isPresent()) {
                lastIntent = current;
                return line.get();
            }
            current = fallback(current);
        }
        // Every line has been said: rather than repeat one, the counterpart ends the conversation.
        end(Outcome.WALKED_AWAY);
        lastIntent = Intent.END_WALKED_AWAY;
        return "We've said all there is to say. I'm going to stop here.";
    }

    private Intent fallback(Intent intent) {
        return switch (intent) {
            case OPEN, CHALLENGE, CURVEBALL -> Intent.VENT;
            case VENT, ANSWER, REJECT_OPTION, SOFTEN -> Intent.DEMAND;
            case DEMAND -> Intent.CHALLENGE;
            case ACCEPT -> Intent.SOFTEN;
            case ESCALATE -> Intent.END_ESCALATED;
            case END_RESOLVED, END_ESCALATED -> Intent.END_WALKED_AWAY;
            case END_WALKED_AWAY -> Intent.END_ESCALATED;
        };
    }

    /**
     * Picks a line for an intent: a line written for what the learner just did comes first, this version's
     * before the scenario's; then this version's own voice, then the scenario's lines, then stock lines.
     */
    private Optional<String> pick(Intent intent, Set<String> ids, Optional<String> echo, String learnerText) {
        List<Line> own = version.map(v -> v.lines().forIntent(intent)).orElse(List.of());
        List<Line> authored = scenario.lines().forIntent(intent);
        return choose(own, ids, echo, learnerText, true)
                .or(() -> choose(authored, ids, echo, learnerText, true))
                .or(() -> choose(own, ids, echo, learnerText, false))
                .or(() -> choose(authored, ids, echo, learnerText, false))
                .or(() -> choose(StockLines.forIntent(intent), ids, echo, learnerText, false));
    }

    /**
     * Chooses at random among the unused lines that fit: with {@code onlyConditioned}, among those written
     * for what the learner just did; otherwise among those, or the unconditional ones when none fit.
     */
    private Optional<String> choose(
            List<Line> lines, Set<String> ids, Optional<String> echo, String learnerText, boolean onlyConditioned) {
        List<Line> preferred = new ArrayList<>();
        List<Line> plain = new ArrayList<>();
        for (Line line : lines) {
            if (usedLines.contains(line.text()) || (line.echoes() && echo.isEmpty())) {
                continue;
            }
            boolean conditioned = !line.on().isEmpty() || !line.cues().isEmpty();
            boolean onMatches = line.on().isEmpty() || line.on().stream().anyMatch(ids::contains);
            boolean cueMatches =
                    line.cues().isEmpty() || line.cues().stream().anyMatch(c -> Cues.mentions(learnerText, c));
            if (!conditioned) {
                plain.add(line);
            } else if (onMatches && cueMatches) {
                preferred.add(line);
            }
        }
        List<Line> pool = preferred.isEmpty() && !onlyConditioned ? plain : preferred;
        if (pool.isEmpty()) {
            return Optional.empty();
        }
        Line line = pool.get(random.nextInt(pool.size()));
        usedLines.add(line.text());
        return Optional.of(fill(line.text(), echo, Optional.empty()));
    }

    private Optional<String> pickPromiseCallback(String promise) {
        for (Line line : StockLines.PROMISE_CALLBACKS) {
            if (!usedLines.contains(line.text())) {
                usedLines.add(line.text());
                lastIntent = Intent.CHALLENGE;
                return Optional.of(fill(line.text(), Optional.empty(), Optional.of(shorten(promise))));
            }
        }
        return Optional.empty();
    }

    private String fill(String text, Optional<String> echo, Optional<String> promise) {
        Matcher matcher = SLOT.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String slot = matcher.group(1);
            String value =
                    switch (slot) {
                        case "echo" -> echo.orElse("");
                        case "promise" -> promise.orElse("");
                        case "name" -> scenario.persona().name();
                        default -> scenario.facts().getOrDefault(slot, matcher.group());
                    };
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static Optional<String> echoOf(UtteranceAnalysis said) {
        for (Flag flag : said.flags()) {
            if (flag.category().isProblem() && !flag.quote().isBlank()) {
                return Optional.of(shorten(flag.quote()));
            }
        }
        for (MoveEvidence m : said.moves()) {
            if (!m.quote().isBlank()) {
                return Optional.of(shorten(m.quote()));
            }
        }
        return Optional.empty();
    }

    private static String shorten(String quote) {
        String[] words = quote.strip().split("\\s+");
        String joined = words.length <= ECHO_WORDS
                ? String.join(" ", words)
                : String.join(" ", java.util.Arrays.copyOf(words, ECHO_WORDS)) + "...";
        return joined.replaceAll("[.!,;:]+$", "");
    }

    private static String quoteOf(UtteranceAnalysis said, Move move) {
        return said.moves().stream()
                .filter(m -> m.move() == move)
                .map(MoveEvidence::quote)
                .findFirst()
                .orElse("");
    }

    private static Set<String> idsOf(UtteranceAnalysis said) {
        Set<String> ids = new LinkedHashSet<>();
        said.moves().forEach(m -> ids.add(m.move().id()));
        said.flags().forEach(f -> {
            ids.add(f.category().id());
            equivalentMove(f.category()).ifPresent(m -> ids.add(m.id()));
        });
        return ids;
    }

    private static String normalise(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z ]", "").strip();
    }

    private static double clamp(double value) {
        return Math.max(0, Math.min(100, value));
    }

    /** The sum of what moved the state in one turn, with the reasons worth telling the learner. */
    private final class Effect {
        double anger;
        double trust;
        double patience;
        private final List<Driver> drivers = new ArrayList<>();

        void add(double angerDelta, double trustDelta, double patienceDelta, String why) {
            double jitter = 0.85 + 0.3 * random.nextDouble();
            double scaled = angerDelta > 0
                    ? angerDelta * temperament.volatility() * jitter
                    : angerDelta * temperament.calming() * jitter;
            anger += scaled;
            trust += trustDelta;
            patience += patienceDelta;
            if (why != null && !why.isBlank()) {
                drivers.add(new Driver(why, scaled));
            }
        }

        List<String> drivers() {
            return drivers.stream()
                    .sorted((a, b) -> Double.compare(Math.abs(b.weight()), Math.abs(a.weight())))
                    .map(d -> (d.weight() > 0 ? "angrier: " : d.weight() < 0 ? "calmer: " : "") + d.why())
                    .toList();
        }
    }

    private record Driver(String why, double weight) {}
}
