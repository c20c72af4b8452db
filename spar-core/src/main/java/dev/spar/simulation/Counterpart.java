package dev.spar.simulation;

import dev.spar.analysis.FindingCategory;
import dev.spar.analysis.Move;
import dev.spar.analysis.UtteranceAnalysis;
import dev.spar.scenario.Intent;
import dev.spar.scenario.Mood;
import dev.spar.scenario.Need;
import dev.spar.scenario.PersonaVersion;
import dev.spar.scenario.Reaction;
import dev.spar.scenario.Scenario;
import dev.spar.understanding.Act;
import dev.spar.understanding.ActKind;
import dev.spar.understanding.Content;
import dev.spar.understanding.ConversationMemory;
import dev.spar.understanding.Side;
import dev.spar.understanding.Topics;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * The simulated other person: a state that moves with what the learner does, and authored lines chosen by
 * intent.
 *
 * <p>One instance plays one run. It is deterministic: the same scenario, settings and learner turns give
 * the same replies and states.
 *
 * <p>A turn, in {@link #respondTo(UtteranceAnalysis, Content, ConversationMemory)}: the mood moves on what was
 * said ({@link MoodShift}, {@link Promises}, {@link OfferReaction}), the counterpart decides what to do ({@link
 * IntentChoice}), and says it ({@link Replying}, {@link LineChoice}). Where it stands is in {@link Standing}.
 */
public final class Counterpart {
    /** After this many learner turns the counterpart wraps the conversation up. */
    static final int MAX_LEARNER_TURNS = 16;

    private final Scenario scenario;
    private final PracticeSettings settings;
    private final Temperament temperament;
    private final Optional<PersonaVersion> version;
    private final RandomGenerator random;

    private final Standing standing = new Standing();
    private final MoodShift mood;
    private final Promises promises;
    private final OfferReaction offers;
    private final IntentChoice intents;
    private final LineChoice lines;
    private final Replying replies;
    private final Granting granting;

    private Counterpart(Scenario scenario, PracticeSettings settings, Topics topics) {
        this.scenario = scenario;
        Answers answers = new Answers(scenario, topics);
        this.settings = settings;
        this.temperament = Temperament.of(settings);
        this.random = new SplittableRandom(settings.seed());
        List<PersonaVersion> versions = scenario.versions();
        this.version = versions.isEmpty()
                ? Optional.empty()
                : Optional.of(versions.get((int) Math.floorMod(settings.seed(), (long) versions.size())));
        Mood start = version.map(v -> scenario.persona().mood().shiftedBy(v.moodShift()))
                .orElse(scenario.persona().mood());
        standing.anger = Standing.clamp(start.anger() + temperament.moodOffset());
        standing.trust = Standing.clamp(start.trust() - temperament.moodOffset());
        standing.patience = Standing.clamp(
                Math.max(Temperament.MIN_START_PATIENCE, start.patience() + temperament.patienceOffset()));
        List<Reaction> setOffBy = new ArrayList<>(scenario.persona().triggers());
        List<Reaction> calmedBy = new ArrayList<>(scenario.persona().soothers());
        version.ifPresent(v -> {
            setOffBy.addAll(v.extraTriggers());
            calmedBy.addAll(v.extraSoothers());
        });
        for (Need need : scenario.persona().needs()) {
            standing.needs.put(need.id(), 0.0);
        }
        this.mood =
                new MoodShift(scenario, temperament, List.copyOf(setOffBy), List.copyOf(calmedBy), answers, standing);
        this.promises = new Promises(standing);
        this.offers = new OfferReaction(temperament, random, standing);
        this.intents = new IntentChoice(scenario, settings, temperament, random, standing, offers);
        this.lines = new LineChoice(scenario, version, random, standing, new LineFit(scenario, answers, standing));
        this.replies = new Replying(scenario, version, answers, random, standing, lines);
        this.granting = new Granting(scenario);
    }

    /** Meets the counterpart of a scenario, in the version the seed chooses. */
    public static Counterpart meet(Scenario scenario, PracticeSettings settings) {
        return meet(scenario, settings, Topics.of(scenario));
    }

    /** Meets the counterpart with the topics the run's lines are already read against. */
    static Counterpart meet(Scenario scenario, PracticeSettings settings, Topics topics) {
        return new Counterpart(scenario, settings, topics);
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
        return standing.state(List.of());
    }

    /** Returns how the conversation stands. */
    public Outcome outcome() {
        return standing.outcome;
    }

    /**
     * Returns the counterpart's opening line when the scenario has them speak first.
     *
     * @return the opening, or empty when the learner opens or the run already started
     */
    public Optional<Reply> open() {
        if (standing.opened || standing.learnerTurns > 0 || scenario.opener() != Scenario.Opener.COUNTERPART) {
            return Optional.empty();
        }
        standing.opened = true;
        String text = lines.speak(Intent.OPEN, Set.of(), Optional.empty(), "");
        return Optional.of(new Reply(text, standing.lastIntent, state(), standing.outcome));
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
     * @param heard the learner's analysed utterance
     * @param read what the utterance says
     * @param memory the conversation so far, this utterance included
     * @return the reply
     * @throws IllegalStateException if the conversation is already over
     */
    public Reply respondTo(UtteranceAnalysis heard, Content read, ConversationMemory memory) {
        if (standing.outcome.isFinal()) {
            throw new IllegalStateException("the conversation is over: " + standing.outcome.id());
        }
        // "You just didn't read it" may read as a summary; it is a verdict on them, and never said back as theirs.
        boolean faultOnThem = FaultOnThem.in(heard.text());
        // Mockery shaped as a concession ("maybe if you paid on time I'd stay") gives nothing: it is taken as the jab
        // it is, never as ground given or agreement to build on.
        boolean mocked = read.has(ActKind.MOCK);
        // A line of the learner's brief given away ("okay, I can stay until the launch") is ground given: taken and
        // pressed on, not weighed as the learner's option.
        Optional<Act> grant = mocked ? Optional.empty() : granting.granted(read);
        Content content = mocked
                ? withoutGround(read)
                : grant.map(g -> Granting.asGroundGiven(read, g)).orElse(read);
        UtteranceAnalysis heardOut = mocked
                ? without(heard, Move.CONCEDE, Set.of(FindingCategory.CONCESSION))
                : grant.isPresent() ? without(heard, Move.OFFER_OPTION, Set.of()) : heard;
        UtteranceAnalysis said = faultOnThem ? withoutSoothing(heardOut) : heardOut;
        standing.learnerTurns++;
        Set<String> ids = MoveIds.of(said);
        ids.addAll(MoveIds.of(content));
        Effect effect = new Effect(random, temperament);
        boolean wasAcknowledged = standing.acknowledged;
        double angerBefore = standing.anger;

        // What was said moves the mood.
        standing.memory = memory;
        offers.track(said, content, Requests.in(content.text(), scenario));
        mood.moves(said, ids, effect, wasAcknowledged);
        mood.reactions(ids, said.text(), effect);
        mood.needs(ids, said.text(), effect);
        Optional<String> brokenPromise = promises.walkedBack(said, content, effect);
        Optional<Act> sting = mood.content(content, effect);
        mood.likeCoached(content, ids, sting.isPresent(), effect);
        if (faultOnThem) {
            effect.noSoothing();
            effect.add(8, -6, -3, "Heard it put down to their own fault");
        }
        mood.wear(ids, content, memory, effect);
        mood.settle(ids, effect);

        // What the counterpart means to do.
        Optional<String> asked = replies.answerableTopic(content);
        Optional<Checks.Checked> checked = replies.figureChecked(content, asked);
        if (checked.isPresent()) {
            asked = Optional.of(checked.get().topic());
        }
        Intent intent = intents.choose(
                said, ids, content, sting, asked, brokenPromise.isPresent(), standing.anger - angerBefore);

        // What it says. A request put as a question is not a question they were asked: lines written for being asked
        // how they are or what they would find easiest are not its reply.
        if (offers.requested()) {
            ids.remove(Move.OPEN_QUESTION.id());
            ids.remove(Move.CLOSED_QUESTION.id());
        }
        // A plain no with one apology ("I can't put more money in. I'm sorry.") is an honest limit: lines written for
        // someone too sorry to mean it are not its reply.
        if (HonestLimit.said(content, ids)) {
            ids.remove(Move.APOLOGISE.id());
        }
        Optional<String> echo = Replying.echoOf(said);
        Optional<String> again =
                standing.outcome.isFinal() ? Optional.empty() : Repeating.again(said.text(), memory, standing.temper());
        if (again.isPresent()) {
            // Not caught is not asked: they say it again, and the conversation stands where it was.
            intents.updatePhase(ids);
            return new Reply(again.get(), standing.lastIntent, standing.state(effect.drivers()), standing.outcome);
        }
        String text;
        if (brokenPromise.isPresent() && intent == Intent.CHALLENGE) {
            text = lines.promiseCallback(brokenPromise.get())
                    .orElseGet(() -> lines.speak(Intent.CHALLENGE, ids, echo, said.text()));
        } else if (intent == Intent.ANSWER && checked.isPresent()) {
            text = replies.checking(checked.get());
        } else if (intent == Intent.ANSWER && asked.isPresent()) {
            text = replies.answer(asked.get(), ids, echo, said.text());
            text = replies.alsoAnswering(text, asked.get(), content, echo);
        } else if (intent == Intent.SOFTEN && offers.requested()) {
            text = offers.weighing(StockLines.REQUESTS_WEIGHED);
        } else if (sting.isPresent() && (intent == Intent.CHALLENGE || intent == Intent.DEMAND)) {
            text = replies.rejoin(sting.get(), intent, ids, echo, said.text());
        } else {
            text = lines.speak(intent, ids, echo, said.text());
        }
        text = offers.naming(text, content);
        text = replies.answeringAfterSomeone(text, said.text(), asked.isPresent(), echo);
        text = PickingUp.naming(text, content, memory, standing.temper(), standing.lastIntent);
        intents.updatePhase(ids);
        // A fact said on its own starts the reply as the fact was written ("the Riverside depot."); a person says it
        // as a sentence.
        text = Wording.capitalised(text);
        return new Reply(text, standing.lastIntent, standing.state(effect.drivers()), standing.outcome);
    }

    /** Returns what was heard without one move and the habits that name it. */
    private static UtteranceAnalysis without(UtteranceAnalysis said, Move move, Set<FindingCategory> categories) {
        return new UtteranceAnalysis(
                said.text(),
                said.moves().stream().filter(m -> m.move() != move).toList(),
                said.flags().stream()
                        .filter(f -> !categories.contains(f.category()))
                        .toList());
    }

    private static Content withoutGround(Content content) {
        return new Content(
                content.text(),
                content.side(),
                content.acts().stream()
                        .filter(a -> a.kind() != ActKind.GIVE_GROUND && a.kind() != ActKind.OFFER)
                        .toList(),
                content.likeCoached());
    }

    /** The moves that would have them feel heard: a verdict on them is none of these, however it reads. */
    private static final Set<Move> HEARING = Set.of(Move.PARAPHRASE, Move.EMPATHISE, Move.ACKNOWLEDGE);

    private static UtteranceAnalysis withoutSoothing(UtteranceAnalysis said) {
        return new UtteranceAnalysis(
                said.text(),
                said.moves().stream().filter(m -> !HEARING.contains(m.move())).toList(),
                said.flags().stream()
                        .filter(f -> MoveIds.equivalentMove(f.category())
                                        .filter(HEARING::contains)
                                        .isEmpty()
                                && f.category() != FindingCategory.EMPATHY)
                        .toList());
    }
}
