package dev.spar.web.practice;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.spar.analysis.Analyzer;
import dev.spar.coaching.Coach;
import dev.spar.coaching.Critique;
import dev.spar.files.RunJson;
import dev.spar.llm.ModelEngine;
import dev.spar.llm.ModelVoice;
import dev.spar.llm.Narrative;
import dev.spar.llm.NarrativeResult;
import dev.spar.safety.SafetyConcern;
import dev.spar.scenario.PersonaVersion;
import dev.spar.scenario.Scenario;
import dev.spar.simulation.CounterpartState;
import dev.spar.simulation.CounterpartVoice;
import dev.spar.simulation.Outcome;
import dev.spar.simulation.Practice;
import dev.spar.simulation.PracticeSettings;
import dev.spar.simulation.ReplySink;
import dev.spar.simulation.Speaker;
import dev.spar.simulation.Turn;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionException;

/**
 * The practice loop for the server: starts sessions, takes the learner's turns, ends and reviews them. Each
 * turn is written to the database before the reply to it is spoken, and a session survives a restart of the
 * server: it is rebuilt by replaying the learner's stored lines, which gives the same run, keeping the words a
 * language model said for each reply. The runs of the latest 2,000 sessions used are kept in memory, so a turn
 * does not replay the ones before it; the database stays the record: a run whose write failed, or that failed
 * after it moved on, is dropped and rebuilt from it, and a turn's number is its key there, so a run that fell
 * behind the database cannot store over it.
 *
 * <p>The chat page takes a line in two steps, so that the reply can stream to the browser as the model writes
 * it: {@link #accept} stores the line, and {@link #speak} has the counterpart answer it. Everything else that
 * reads or changes a session first has a waiting line answered.
 */
@Service
public class PracticeService {
    private static final int LIVE_SESSIONS = 2_000;
    private static final long MAX_SEED = 1L << 40;
    private static final int VERSION_TRIES = 32;

    private final SessionRepository sessions;
    private final ScenarioCatalog catalog;
    private final Analyzer analyzer;
    private final Clock clock;
    private final ModelEngine engine;
    private final Coach coach = new Coach();
    private final RunJson runJson = new RunJson();
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, Live> live = new LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Live> eldest) {
            return size() > LIVE_SESSIONS;
        }
    };

    private final int quota;

    PracticeService(
            SessionRepository sessions,
            ScenarioCatalog catalog,
            Analyzer analyzer,
            Clock clock,
            ModelEngine engine,
            @org.springframework.beans.factory.annotation.Value("${spar.quota.sessions:10000}") int quota) {
        if (quota < 1) {
            throw new IllegalArgumentException("spar.quota.sessions must be at least 1, was " + quota);
        }
        this.quota = quota;
        this.sessions = sessions;
        this.catalog = catalog;
        this.analyzer = analyzer;
        this.clock = clock;
        this.engine = engine;
    }

    /**
     * A session's run in memory, with a lock so its turns are taken one at a time, and the learner's line that
     * is stored but not yet answered.
     */
    private static final class Live {
        private final Practice practice;
        private Optional<String> waiting;
        /** Set when a write failed after the run moved on in memory: the run is rebuilt from what was stored. */
        private boolean stale;
        /** The review of the ended run, made once: every later view and the coach's notes read it again. */
        private Optional<Critique> review = Optional.empty();
        /** How many turns the run had when {@link #review} was made. */
        private int reviewedTurns;

        Live(Practice practice, Optional<String> waiting) {
            this.practice = practice;
            this.waiting = waiting;
        }
    }

    /**
     * What saying a line produced: the stored turns and how the run stood just after them (taken while the session
     * was held, so a later line does not show through). The session's other turns are not read for it.
     *
     * @param learner the learner's stored line
     * @param reply the counterpart's stored reply; empty when the role-play stopped for safety
     * @param state the other person's state after the reply
     * @param outcome how the run stands
     * @param ended whether it is over
     * @param safetyConcern why it stopped for safety, if it did
     */
    public record Said(
            StoredTurn learner,
            Optional<StoredTurn> reply,
            CounterpartState state,
            Outcome outcome,
            boolean ended,
            Optional<SafetyConcern> safetyConcern) {

        static Said after(StoredTurn learner, List<StoredTurn> replies, SessionRecord record, Practice practice) {
            return new Said(
                    learner,
                    replies.stream().findFirst(),
                    practice.state(),
                    practice.outcome(),
                    record.ended() || practice.outcome().isFinal(),
                    practice.safetyConcern());
        }
    }

    /**
     * A learner's line, stored and waiting for the counterpart's reply.
     *
     * @param learner the stored line
     * @param replyNumber the number the reply will have
     * @param session the session with the line in it
     */
    public record Accepted(StoredTurn learner, int replyNumber, SessionView session) {}

    /**
     * Starts a session.
     *
     * @param seed the seed, or empty for a new one
     * @param difficulty 1-5, or empty for the scenario's own
     * @throws NotFound if the user has no scenario with this id
     * @throws IllegalArgumentException if the difficulty is out of range
     */
    public SessionView start(
            String owner, String scenarioId, Optional<Long> seed, Optional<Integer> difficulty, boolean surpriseMe) {
        Scenario scenario = catalog.find(owner, scenarioId)
                .orElseThrow(() -> new NotFound(
                        "There is no scenario '" + scenarioId + "'. The library lists the ids (GET /api/scenarios)."));
        int level = difficulty.orElse(scenario.difficulty());
        if (level < PracticeSettings.MIN_DIFFICULTY || level > PracticeSettings.MAX_DIFFICULTY) {
            throw new IllegalArgumentException("Difficulty must be 1 (gentle) to 5 (hard); it was " + level + ".");
        }
        PracticeSettings settings = new PracticeSettings(
                seed.orElseGet(() -> ThreadLocalRandom.current().nextLong(1, MAX_SEED)), level, surpriseMe);
        return begin(owner, catalog.yaml(scenario), opened(scenario, settings), Optional.empty(), Optional.empty());
    }

    /**
     * Starts a session that answers an assignment, with the scenario as it was when it was assigned, at its own
     * difficulty.
     */
    public SessionView startAssigned(String owner, String scenarioId, String scenarioYaml, String assignmentId) {
        Scenario scenario = catalog.read(scenarioId + ".yaml", scenarioYaml);
        PracticeSettings settings =
                new PracticeSettings(ThreadLocalRandom.current().nextLong(1, MAX_SEED), scenario.difficulty(), false);
        return begin(
                owner,
                scenarioYaml,
                opened(scenario, settings),
                Optional.empty(),
                Optional.empty(),
                Optional.of(assignmentId));
    }

    /** Returns one of the user's sessions, with a line that waits for its reply answered first. */
    public SessionView view(String owner, String id) {
        return speak(owner, id, ReplySink.NONE);
    }

    /**
     * Returns one of the user's sessions as it stands, for the chat page: a line that waits for its reply is
     * shown waiting, and the page has {@link #speak} answer it while the browser listens.
     */
    public SessionView viewAsItStands(String owner, String id) {
        SessionRecord record = record(owner, id);
        return withSession(record, session -> view(record, session));
    }

    /**
     * Says a learner line and returns the reply. The line is stored before the reply is spoken.
     *
     * @throws IllegalArgumentException if the line is empty or too long
     * @throws IllegalStateException if the conversation is over
     */
    public Said say(String owner, String id, String text) {
        SessionRecord record = record(owner, id);
        return withSession(record, session -> {
            answerWaiting(id, session, ReplySink.NONE);
            StoredTurn learner = store(id, session, text);
            List<StoredTurn> replies = answerWaiting(id, session, ReplySink.NONE);
            return Said.after(learner, replies, record, session.practice);
        });
    }

    /**
     * Stores a learner line; the counterpart answers it when {@link #speak} is called, or when the session is
     * next read or changed.
     *
     * @throws IllegalArgumentException if the line is empty or too long
     * @throws IllegalStateException if the conversation is over, or the last line still waits for its reply
     */
    public Accepted accept(String owner, String id, String text) {
        SessionRecord record = record(owner, id);
        return withSession(record, session -> {
            if (session.waiting.isPresent()) {
                throw new IllegalStateException(
                        "Wait for " + session.practice.scenario().persona().name()
                                + " to answer your last line before you say the next one.");
            }
            StoredTurn learner = store(id, session, text);
            return new Accepted(learner, learner.number() + 1, view(record, session));
        });
    }

    /**
     * Has the counterpart answer the learner's waiting line, handing the reply to the sink piece by piece as it
     * is spoken, and stores it. Returns the session after it; with no line waiting, the session as it is.
     */
    public SessionView speak(String owner, String id, ReplySink sink) {
        SessionRecord record = record(owner, id);
        return withSession(record, session -> {
            answerWaiting(id, session, sink);
            return view(record, session);
        });
    }

    private StoredTurn store(String id, Live session, String text) {
        String line = Practice.checkedLine(text);
        if (session.practice.outcome().isFinal()) {
            throw new IllegalStateException("This conversation is over. Start it again to try another way.");
        }
        StoredTurn learner = StoredTurn.learner(session.practice.turns().size() + 1, line, clock.instant());
        sessions.addTurn(id, learner);
        session.waiting = Optional.of(line);
        return learner;
    }

    /** Answers the line waiting for its reply, if any, and stores what was said; returns the stored replies. */
    private List<StoredTurn> answerWaiting(String id, Live session, ReplySink sink) {
        if (session.waiting.isEmpty()) {
            return List.of();
        }
        String line = session.waiting.get();
        session.waiting = Optional.empty();
        Practice practice = session.practice;
        int firstReply = practice.turns().size() + 1; // the learner's line is stored already
        try {
            practice.say(line, sink);
        } catch (RuntimeException e) {
            // The run may have taken the line without its reply: rebuilt from the database, the line waits again.
            session.stale = true;
            throw e;
        }
        List<StoredTurn> replies = practice
                .turns()
                .subList(firstReply, practice.turns().size())
                .stream()
                .map(this::stored)
                .toList();
        replies.forEach(t -> sessions.addTurn(id, t));
        if (practice.outcome().isFinal()) {
            finish(id, session);
        }
        return replies;
    }

    /** Ends a session from the learner's side and reviews it; an ended session is returned as it is. */
    public SessionView end(String owner, String id) {
        SessionRecord record = record(owner, id);
        return withSession(record, session -> {
            answerWaiting(id, session, ReplySink.NONE);
            if (!record.ended()) {
                session.practice.end();
                finish(id, session);
            }
            return view(record, session);
        });
    }

    /**
     * Chooses who speaks for the counterpart from the next line on: the built-in simulator, or the configured model
     * afresh (after it gave up on this session, say).
     */
    public void speakWith(String owner, String id, boolean simulator) {
        SessionRecord record = record(owner, id);
        withSession(record, session -> {
            session.practice.voiceWith(simulator ? CounterpartVoice.SIMULATOR : engine.newVoice());
            return null;
        });
    }

    /** Returns whether the configured model speaks this session's next line (not the simulator, and not given up). */
    public boolean modelSpeaks(SessionView v) {
        return switch (v.practice().voice()) {
            case ModelVoice model -> model.gaveUp().isEmpty();
            default -> false;
        };
    }

    /** Suggests the learner's next move. */
    public String hint(String owner, String id) {
        SessionRecord record = record(owner, id);
        return withSession(record, session -> {
            answerWaiting(id, session, ReplySink.NONE);
            return coach.hint(session.practice);
        });
    }

    /**
     * Starts a branch that replays a session up to one of the learner's turns, so they can try that turn
     * another way; the original is kept as it is.
     *
     * @param learnerTurn which of the learner's turns to try again, from 1
     */
    public SessionView branch(String owner, String id, int learnerTurn) {
        SessionRecord record = wholeRecord(owner, id);
        if (!reviewed(record)) {
            throw new IllegalArgumentException("This run stopped for safety, so it has no line to try again. If you"
                    + " want to practise another conversation, pick a scenario.");
        }
        Practice branch = withSession(record, session -> {
            answerWaiting(id, session, ReplySink.NONE);
            return session.practice.rewindTo(learnerTurn);
        });
        branch.voiceWith(engine.newVoice());
        return begin(owner, record.scenarioYaml(), branch, Optional.of(id), Optional.of(learnerTurn));
    }

    /**
     * Runs a session's scenario again with the same settings: the same version of the person, or a different
     * one where the scenario has several.
     */
    public SessionView again(String owner, String id, boolean anotherVersion) {
        SessionRecord record = wholeRecord(owner, id);
        Scenario scenario = catalog.read(record.scenarioId() + ".yaml", record.scenarioYaml());
        PracticeSettings settings = new PracticeSettings(record.seed(), record.difficulty(), record.surpriseMe());
        if (anotherVersion) {
            settings = anotherVersion(scenario, settings, record.versionName());
        }
        return begin(owner, record.scenarioYaml(), opened(scenario, settings), Optional.empty(), Optional.empty());
    }

    /**
     * Starts a run whose opening line is said as the scenario has it (the learner may have written it) and whose
     * replies are spoken by the configured engine.
     */
    private Practice opened(Scenario scenario, PracticeSettings settings) {
        Practice practice = Practice.start(scenario, settings, analyzer);
        practice.voiceWith(engine.newVoice());
        return practice;
    }

    /** Returns the user's sessions, newest first. */
    public List<SessionRecord> list(String owner) {
        return sessions.list(owner);
    }

    /** How many of the latest runs the progress page reads. */
    public static final int PROGRESS_RUNS = 500;

    /** Returns the user's latest {@value #PROGRESS_RUNS} sessions, newest first, with their reviews. */
    public List<SessionRecord> recent(String owner) {
        return sessions.recent(owner, PROGRESS_RUNS);
    }

    /** Returns the user's latest sessions of one scenario (at most 50), without their scenarios and reviews. */
    public List<SessionRecord> ofScenario(String owner, String scenarioId) {
        return sessions.ofScenario(owner, scenarioId, 50);
    }

    /** The most sessions one page of a list holds. */
    public static final int MAX_PAGE = 200;

    /** One page of a user's sessions, newest first, and how many there are in all. */
    public record Page(List<SessionRecord> items, int page, int size, int total) {

        /** Returns whether there are older sessions after this page. */
        public boolean more() {
            return (long) (page + 1) * size < total;
        }
    }

    /**
     * Returns a page of the user's sessions (pages count from 0), without their scenarios and reviews.
     *
     * @throws IllegalArgumentException if the page or its size is out of range
     */
    public Page page(String owner, int page, int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE) {
            throw new IllegalArgumentException("Pages count from 0 and hold 1 to " + MAX_PAGE + " sessions.");
        }
        return new Page(sessions.page(owner, page * size, size), page, size, sessions.count(owner));
    }

    /** Deletes one of the user's sessions. */
    public void delete(String owner, String id) {
        if (!sessions.delete(owner, id)) {
            throw notFound(id);
        }
        synchronized (live) {
            live.remove(id);
        }
    }

    /** Deletes every session of the user; returns how many. */
    public int deleteAll(String owner) {
        List<SessionRecord> mine = sessions.list(owner);
        int deleted = sessions.deleteAll(owner);
        synchronized (live) {
            mine.forEach(s -> live.remove(s.id()));
        }
        return deleted;
    }

    /** Returns whether a language model speaks for the counterpart and writes the coach's notes. */
    public boolean usesModel() {
        return engine.usesModel();
    }

    /**
     * Returns who chooses the counterpart's words, for a page: "the built-in simulator" or the model's name (the
     * file name of a local model); never the server's address or key.
     */
    public String voiceName() {
        if (!engine.usesModel()) {
            return "the built-in simulator";
        }
        String model = engine.config().model();
        return engine.config().engine() == dev.spar.llm.Engine.LOCAL
                ? java.nio.file.Path.of(model).getFileName().toString()
                : model;
    }

    /**
     * Returns the coach's notes on an ended session with at least one learner line: those a model wrote before,
     * or, the first time, written now (this waits for the model) and kept. Empty when no model is configured or
     * there is nothing to write about yet.
     */
    public Optional<NarrativeResult> coachNotes(String owner, String id) {
        SessionView v = view(owner, id);
        if (!engine.usesModel()
                || !v.ended()
                || !v.outcome().isReviewed()
                || v.learnerTurns().isEmpty()) {
            return Optional.empty();
        }
        Optional<String> kept = sessions.coachNotes(owner, id);
        if (kept.isPresent()) {
            try {
                return Optional.of(new NarrativeResult.Written(json.readValue(kept.get(), Narrative.class)));
            } catch (JsonProcessingException e) {
                // Unreadable notes are written again below.
            }
        }
        NarrativeResult written = engine.narrate(v.practice(), critique(v));
        if (written instanceof NarrativeResult.Written(Narrative narrative)) {
            try {
                sessions.saveCoachNotes(owner, id, json.writeValueAsString(narrative));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("the coach's notes could not be kept", e);
            }
        }
        return Optional.of(written);
    }

    /**
     * Returns whether a stored run is reviewed: not when it stopped for safety, whose lines are never scored, critiqued
     * or counted among habits anywhere (runs stored before this rule kept a review; it is not read).
     */
    public static boolean reviewed(SessionRecord run) {
        return Outcome.byId(run.outcome()).map(Outcome::isReviewed).orElse(true);
    }

    /** Returns a session as the same JSON as the command line's run report. */
    public String report(SessionView view) {
        return runJson.write(view.practice(), critique(view));
    }

    /** Returns the review of a session: final once it has ended, so far while it goes on. */
    public Critique critique(SessionView view) {
        return view.critique().orElseGet(() -> coach.critique(view.practice()));
    }

    private SessionView begin(
            String owner,
            String scenarioYaml,
            Practice practice,
            Optional<String> parentId,
            Optional<Integer> branchedAt) {
        return begin(owner, scenarioYaml, practice, parentId, branchedAt, Optional.empty());
    }

    private SessionView begin(
            String owner,
            String scenarioYaml,
            Practice practice,
            Optional<String> parentId,
            Optional<Integer> branchedAt,
            Optional<String> assignmentId) {
        if (sessions.count(owner) >= quota) {
            throw new IllegalStateException("You have " + quota + " runs, as many as one account keeps. Delete old"
                    + " ones on the Runs page (or all of them under Account) to start another.");
        }
        Scenario scenario = practice.scenario();
        PracticeSettings settings = practice.settings();
        Instant now = clock.instant();
        SessionRecord record = new SessionRecord(
                UUID.randomUUID().toString(),
                owner,
                scenario.id(),
                scenario.title(),
                scenarioYaml,
                settings.seed(),
                settings.difficulty(),
                settings.surpriseMe(),
                practice.version().map(PersonaVersion::name),
                parentId,
                branchedAt,
                false,
                practice.outcome().id(),
                Optional.empty(),
                Optional.empty(),
                now,
                now);
        sessions.insert(record, practice.turns().stream().map(this::stored).toList(), assignmentId);
        Live session = new Live(practice, Optional.empty());
        if (practice.outcome().isFinal()) {
            finish(record.id(), session);
        }
        synchronized (live) {
            live.put(record.id(), session);
        }
        synchronized (session) {
            return view(record, session);
        }
    }

    private PracticeSettings anotherVersion(Scenario scenario, PracticeSettings settings, Optional<String> current) {
        for (int i = 1; i <= VERSION_TRIES; i++) {
            PracticeSettings next = new PracticeSettings(
                    Math.floorMod(settings.seed() + i * 7919L, MAX_SEED), settings.difficulty(), settings.surpriseMe());
            Optional<String> version =
                    Practice.start(scenario, next, analyzer).version().map(PersonaVersion::name);
            if (current.isEmpty() || !version.equals(current)) {
                return next;
            }
        }
        return new PracticeSettings(settings.seed() + 1, settings.difficulty(), settings.surpriseMe());
    }

    private void finish(String id, Live session) {
        Practice practice = session.practice;
        Critique critique = review(session);
        sessions.updateOutcome(
                id,
                true,
                practice.outcome().id(),
                critique.isReviewed() ? Optional.of(critique.score()) : Optional.empty(),
                Optional.of(runJson.write(practice, critique)),
                clock.instant());
    }

    private SessionView view(SessionRecord record, Live session) {
        Practice practice = session.practice;
        boolean ended = record.ended() || practice.outcome().isFinal();
        Optional<Critique> critique =
                ended && practice.outcome().isReviewed() ? Optional.of(review(session)) : Optional.empty();
        Optional<Integer> pendingReply =
                session.waiting.map(line -> practice.turns().size() + 2);
        return new SessionView(record, sessions.turns(record.id()), practice, critique, pendingReply);
    }

    /**
     * Returns the review of an ended run. An ended run takes no more lines, so it is reviewed once, not on every
     * view of its page; the turn count is checked all the same, so a run that did change is reviewed again.
     */
    private Critique review(Live session) {
        int turns = session.practice.turns().size();
        Optional<Critique> kept = session.review.filter(c -> session.reviewedTurns == turns);
        if (kept.isPresent()) {
            return kept.get();
        }
        Critique critique = coach.critique(session.practice);
        session.review = Optional.of(critique);
        session.reviewedTurns = turns;
        return critique;
    }

    /**
     * Returns a session's row without its scenario and review ({@link SessionRepository#findLight}): a call on a run
     * held in memory needs neither, and {@link #restore} reads the scenario when it rebuilds one.
     */
    private SessionRecord record(String owner, String id) {
        return sessions.findLight(owner, id).orElseThrow(() -> notFound(id));
    }

    /** Returns a session's whole row, with the scenario it was started with. */
    private SessionRecord wholeRecord(String owner, String id) {
        return sessions.find(owner, id).orElseThrow(() -> notFound(id));
    }

    private static NotFound notFound(String id) {
        return new NotFound("There is no session '" + id + "' of yours. It may have been deleted.");
    }

    /**
     * Runs an action on a session's run, one at a time. When the database refuses a write, or the action fails
     * after the run moved on, the run in memory may be ahead of what is stored; it is dropped, so the next call
     * rebuilds it from the database.
     */
    private <T> T withSession(SessionRecord record, Function<Live, T> action) {
        while (true) {
            Live session = live(record);
            synchronized (session) {
                if (session.stale) {
                    continue;
                }
                try {
                    return action.apply(session);
                } catch (DataAccessException | TransactionException e) {
                    session.stale = true;
                    throw e;
                } finally {
                    if (session.stale) {
                        synchronized (live) {
                            live.remove(record.id(), session);
                        }
                    }
                }
            }
        }
    }

    private Live live(SessionRecord record) {
        synchronized (live) {
            Live cached = live.get(record.id());
            if (cached != null) {
                return cached;
            }
        }
        Live restored = restore(record);
        synchronized (live) {
            return live.computeIfAbsent(record.id(), k -> restored);
        }
    }

    /**
     * Rebuilds a run from its stored turns: the learner's lines are said again and each reply keeps its stored
     * words, so a model is not asked again. A last line stored without its reply waits for it, as it did; in an
     * ended session, a missing reply is spoken and stored.
     */
    private Live restore(SessionRecord record) {
        String yaml = sessions.scenarioYaml(record.id()).orElseThrow(() -> notFound(record.id()));
        Scenario scenario = catalog.read(record.scenarioId() + ".yaml", yaml);
        List<StoredTurn> stored = sessions.turns(record.id());
        boolean waits = !record.ended() && !stored.isEmpty() && stored.getLast().byLearner();
        List<StoredTurn> answered = waits ? stored.subList(0, stored.size() - 1) : stored;
        Practice practice = Practice.resume(
                scenario,
                new PracticeSettings(record.seed(), record.difficulty(), record.surpriseMe()),
                analyzer,
                answered.stream().map(PracticeService::recorded).toList(),
                engine.newVoice(),
                ReplySink.NONE);
        if (record.ended() && !practice.outcome().isFinal()) {
            practice.end();
        }
        List<Turn> turns = practice.turns();
        for (Turn missing : turns.subList(Math.min(answered.size(), turns.size()), turns.size())) {
            sessions.addTurn(record.id(), stored(missing));
        }
        Live restored = new Live(practice, waits ? Optional.of(stored.getLast().text()) : Optional.empty());
        if (!record.ended() && practice.outcome().isFinal()) {
            finish(record.id(), restored);
        }
        return restored;
    }

    /** Returns a stored turn as the run reads it back: who spoke, the words and the simulator's line. */
    private static Turn recorded(StoredTurn t) {
        Speaker speaker = t.byLearner() ? Speaker.LEARNER : Speaker.COUNTERPART;
        // Turns stored before a model could speak were said in the simulator's own words.
        Optional<String> simulatorLine =
                t.byLearner() ? Optional.empty() : Optional.of(t.simulatorLine().orElse(t.text()));
        return new Turn(
                t.number(), speaker, t.text(), Optional.empty(), Optional.empty(), Optional.empty(), simulatorLine);
    }

    private StoredTurn stored(Turn t) {
        return new StoredTurn(
                t.number(),
                t.speaker().id(),
                t.text(),
                t.state().map(s -> s.anger()),
                t.state().map(s -> s.trust()),
                t.intent().map(i -> i.id()),
                t.simulatorLine().filter(line -> !line.equals(t.text())),
                clock.instant());
    }
}
