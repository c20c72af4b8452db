package dev.spar.web.practice;

import dev.spar.analysis.Analyzer;
import dev.spar.coaching.Coach;
import dev.spar.coaching.Critique;
import dev.spar.files.RunJson;
import dev.spar.scenario.PersonaVersion;
import dev.spar.scenario.Scenario;
import dev.spar.simulation.Practice;
import dev.spar.simulation.PracticeSettings;
import dev.spar.simulation.Turn;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.stereotype.Service;

/**
 * The practice loop for the server: starts sessions, takes the learner's turns, ends and reviews them. Each
 * turn is written to the database before the reply to it is sent, and a session survives a restart of the
 * server: it is rebuilt by replaying the learner's stored lines, which gives the same run.
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
    private final Coach coach = new Coach();
    private final RunJson runJson = new RunJson();
    private final Map<String, Live> live = new LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Live> eldest) {
            return size() > LIVE_SESSIONS;
        }
    };

    PracticeService(SessionRepository sessions, ScenarioCatalog catalog, Analyzer analyzer, Clock clock) {
        this.sessions = sessions;
        this.catalog = catalog;
        this.analyzer = analyzer;
        this.clock = clock;
    }

    /** A session's run in memory, with a lock so its turns are taken one at a time. */
    private static final class Live {
        private final Practice practice;

        Live(Practice practice) {
            this.practice = practice;
        }
    }

    /** What saying a line produced: the stored turns, newest last, and the session after it. */
    public record Said(StoredTurn learner, Optional<StoredTurn> reply, SessionView session) {}

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
        return begin(owner, scenario, catalog.yaml(scenario), settings, Optional.empty(), Optional.empty(), List.of());
    }

    /** Returns one of the user's sessions. */
    public SessionView view(String owner, String id) {
        SessionRecord record = record(owner, id);
        Live session = live(record);
        synchronized (session) {
            return view(record, session);
        }
    }

    /**
     * Says a learner line and returns the reply. The line is stored before the reply is returned.
     *
     * @throws IllegalArgumentException if the line is empty or too long
     * @throws IllegalStateException if the conversation is over
     */
    public Said say(String owner, String id, String text) {
        SessionRecord record = record(owner, id);
        Live session = live(record);
        synchronized (session) {
            if (session.practice.outcome().isFinal()) {
                throw new IllegalStateException("This conversation is over. Start it again to try another way.");
            }
            Practice practice = session.practice;
            int before = practice.turns().size();
            practice.say(text);
            List<Turn> added = practice.turns().subList(before, practice.turns().size());
            List<StoredTurn> stored = added.stream().map(this::stored).toList();
            for (StoredTurn t : stored) {
                sessions.addTurn(id, t);
            }
            if (practice.outcome().isFinal()) {
                finish(id, practice);
            }
            SessionView after = view(record, session);
            return new Said(stored.getFirst(), stored.stream().skip(1).findFirst(), after);
        }
    }

    /** Ends a session from the learner's side and reviews it; an ended session is returned as it is. */
    public SessionView end(String owner, String id) {
        SessionRecord record = record(owner, id);
        Live session = live(record);
        synchronized (session) {
            if (!record.ended()) {
                session.practice.end();
                finish(id, session.practice);
            }
            return view(record, session);
        }
    }

    /** Suggests the learner's next move. */
    public String hint(String owner, String id) {
        SessionRecord record = record(owner, id);
        Live session = live(record);
        synchronized (session) {
            return coach.hint(session.practice);
        }
    }

    /**
     * Starts a branch that replays a session up to one of the learner's turns, so they can try that turn
     * another way; the original is kept as it is.
     *
     * @param learnerTurn which of the learner's turns to try again, from 1
     */
    public SessionView branch(String owner, String id, int learnerTurn) {
        SessionRecord record = record(owner, id);
        Live session = live(record);
        Practice branch;
        synchronized (session) {
            branch = session.practice.rewindTo(learnerTurn);
        }
        return begin(
                owner,
                branch.scenario(),
                record.scenarioYaml(),
                branch.settings(),
                Optional.of(id),
                Optional.of(learnerTurn),
                branch.learnerLines());
    }

    /**
     * Runs a session's scenario again with the same settings: the same version of the person, or a different
     * one where the scenario has several.
     */
    public SessionView again(String owner, String id, boolean anotherVersion) {
        SessionRecord record = record(owner, id);
        Scenario scenario = catalog.read(record.scenarioId() + ".yaml", record.scenarioYaml());
        PracticeSettings settings = new PracticeSettings(record.seed(), record.difficulty(), record.surpriseMe());
        if (anotherVersion) {
            settings = anotherVersion(scenario, settings, record.versionName());
        }
        return begin(owner, scenario, record.scenarioYaml(), settings, Optional.empty(), Optional.empty(), List.of());
    }

    /** Returns the user's sessions, newest first. */
    public List<SessionRecord> list(String owner) {
        return sessions.list(owner);
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
            Scenario scenario,
            String scenarioYaml,
            PracticeSettings settings,
            Optional<String> parentId,
            Optional<Integer> branchedAt,
            List<String> lines) {
        Practice practice = Practice.replay(scenario, settings, analyzer, lines);
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
        sessions.insert(record);
        practice.turns().forEach(t -> sessions.addTurn(record.id(), stored(t)));
        if (practice.outcome().isFinal()) {
            finish(record.id(), practice);
        }
        Live session = new Live(practice);
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

    private void finish(String id, Practice practice) {
        Critique critique = coach.critique(practice);
        sessions.updateOutcome(
                id,
                true,
                practice.outcome().id(),
                Optional.of(critique.score()),
                Optional.of(runJson.write(practice, critique)),
                clock.instant());
    }

    private SessionView view(SessionRecord record, Live session) {
        Practice practice = session.practice;
        boolean ended = record.ended() || practice.outcome().isFinal();
        Optional<Critique> critique = ended ? Optional.of(coach.critique(practice)) : Optional.empty();
        return new SessionView(record, sessions.turns(record.id()), practice, critique);
    }

    private SessionRecord record(String owner, String id) {
        return sessions.find(owner, id).orElseThrow(() -> notFound(id));
    }

    private static NotFound notFound(String id) {
        return new NotFound("There is no session '" + id + "' of yours. It may have been deleted.");
    }

    private Live live(SessionRecord record) {
        synchronized (live) {
            Live cached = live.get(record.id());
            if (cached != null) {
                return cached;
            }
        }
        Live restored = new Live(restore(record));
        synchronized (live) {
            return live.computeIfAbsent(record.id(), k -> restored);
        }
    }

    /** Rebuilds a run from its stored learner lines, storing any reply the server had no time to store. */
    private Practice restore(SessionRecord record) {
        Scenario scenario = catalog.read(record.scenarioId() + ".yaml", record.scenarioYaml());
        List<StoredTurn> stored = sessions.turns(record.id());
        List<String> lines = stored.stream()
                .filter(StoredTurn::byLearner)
                .map(StoredTurn::text)
                .toList();
        Practice practice = Practice.replay(
                scenario,
                new PracticeSettings(record.seed(), record.difficulty(), record.surpriseMe()),
                analyzer,
                lines);
        if (record.ended() && !practice.outcome().isFinal()) {
            practice.end();
        }
        List<Turn> turns = practice.turns();
        for (Turn missing : turns.subList(Math.min(stored.size(), turns.size()), turns.size())) {
            sessions.addTurn(record.id(), stored(missing));
        }
        if (!record.ended() && practice.outcome().isFinal()) {
            finish(record.id(), practice);
        }
        return practice;
    }

    private StoredTurn stored(Turn t) {
        return new StoredTurn(
                t.number(),
                t.speaker().id(),
                t.text(),
                t.state().map(s -> s.anger()),
                t.state().map(s -> s.trust()),
                t.intent().map(i -> i.id()),
                clock.instant());
    }
}
