package dev.spar.web.practice;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Sessions and their turns in the database. Every read and write names the owner. */
@Repository
public class SessionRepository {
    private static final String COLUMNS = "id, owner, scenario_id, scenario_title, scenario_yaml, seed, difficulty,"
            + " surprise_me, version_name, parent_id, branched_at, ended, outcome, score, critique, created_at,"
            + " updated_at";

    /**
     * A session's whole row, its two large texts read as plain strings: read as large objects, H2 copies each into
     * a temporary one for the result (written to its store and removed again), on every call.
     */
    private static final String WHOLE = "SELECT id, owner, scenario_id, scenario_title,"
            + " CAST(scenario_yaml AS VARCHAR) AS scenario_yaml, seed, difficulty, surprise_me, version_name,"
            + " parent_id, branched_at, ended, outcome, score, CAST(critique AS VARCHAR) AS critique, created_at,"
            + " updated_at FROM practice_sessions";

    private final JdbcClient jdbc;

    SessionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a new session with its first turns, all or nothing. */
    @Transactional
    public void insert(SessionRecord s, List<StoredTurn> turns) {
        insert(s, turns, Optional.empty());
    }

    /** Stores a new session with its first turns, answering an assignment if one is given, all or nothing. */
    @Transactional
    public void insert(SessionRecord s, List<StoredTurn> turns, Optional<String> assignmentId) {
        jdbc.sql("INSERT INTO practice_sessions (" + COLUMNS
                        + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        s.id(),
                        s.owner(),
                        s.scenarioId(),
                        s.scenarioTitle(),
                        s.scenarioYaml(),
                        s.seed(),
                        s.difficulty(),
                        s.surpriseMe(),
                        s.versionName().orElse(null),
                        s.parentId().orElse(null),
                        s.branchedAt().orElse(null),
                        s.ended(),
                        s.outcome(),
                        s.score().orElse(null),
                        s.report().orElse(null),
                        at(s.createdAt()),
                        at(s.updatedAt()))
                .update();
        assignmentId.ifPresent(a -> jdbc.sql("UPDATE practice_sessions SET assignment_id = ? WHERE id = ?")
                .params(a, s.id())
                .update());
        turns.forEach(t -> addTurn(s.id(), t));
    }

    /** Whether a run is shared with the owner's coaches, and the assignment it answers, if any. */
    public record Sharing(boolean shared, Optional<String> assignmentId) {}

    /** Returns one of the owner's sessions; another user's session is not found. */
    public Optional<SessionRecord> find(String owner, String id) {
        return jdbc.sql(WHOLE + " WHERE owner = ? AND id = ?")
                .params(owner, id)
                .query(SessionRepository::session)
                .optional();
    }

    /**
     * Returns one of the owner's sessions without the scenario and the review it carries (its {@code scenarioYaml}
     * is empty and its {@code report} absent), as {@link #page} reads them: what a turn needs of the row when the
     * run is in memory. Another user's session is not found.
     */
    public Optional<SessionRecord> findLight(String owner, String id) {
        return jdbc.sql(LIGHT + " WHERE owner = ? AND id = ?")
                .params(owner, id)
                .query(SessionRepository::session)
                .optional();
    }

    /** Returns the scenario a session was started with, as YAML, if there is such a session. */
    public Optional<String> scenarioYaml(String id) {
        return jdbc.sql("SELECT CAST(scenario_yaml AS VARCHAR) FROM practice_sessions WHERE id = ?")
                .param(id)
                .query(String.class)
                .optional();
    }

    /** Returns the owner's sessions, newest first. */
    public List<SessionRecord> list(String owner) {
        return jdbc.sql(WHOLE + " WHERE owner = ? ORDER BY created_at DESC, id")
                .param(owner)
                .query(SessionRepository::session)
                .list();
    }

    /**
     * Returns a page of the owner's sessions, newest first, without the scenario and the review they carry (their
     * {@code scenarioYaml} is empty and their {@code report} absent): what a list shows.
     */
    public List<SessionRecord> page(String owner, int offset, int limit) {
        return jdbc.sql(LIGHT + " WHERE owner = ? ORDER BY created_at DESC, id OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")
                .params(owner, offset, limit)
                .query(SessionRepository::session)
                .list();
    }

    /** Returns the owner's latest sessions, newest first, whole. */
    public List<SessionRecord> recent(String owner, int limit) {
        return jdbc.sql(WHOLE + " WHERE owner = ? ORDER BY created_at DESC, id FETCH FIRST ? ROWS ONLY")
                .params(owner, limit)
                .query(SessionRepository::session)
                .list();
    }

    /** Returns the owner's latest sessions of one scenario, newest first, as {@link #page} reads them. */
    public List<SessionRecord> ofScenario(String owner, String scenarioId, int limit) {
        return jdbc.sql(LIGHT + " WHERE owner = ? AND scenario_id = ? ORDER BY created_at DESC, id"
                        + " FETCH FIRST ? ROWS ONLY")
                .params(owner, scenarioId, limit)
                .query(SessionRepository::session)
                .list();
    }

    /** A session's row without its scenario and review text, for lists. */
    private static final String LIGHT = "SELECT id, owner, scenario_id, scenario_title, '' AS scenario_yaml, seed,"
            + " difficulty, surprise_me, version_name, parent_id, branched_at, ended, outcome, score,"
            + " CAST(NULL AS VARCHAR(1)) AS critique, created_at, updated_at FROM practice_sessions";

    /** Returns how many sessions the owner has. */
    public int count(String owner) {
        return jdbc.sql("SELECT COUNT(*) FROM practice_sessions WHERE owner = ?")
                .param(owner)
                .query(Integer.class)
                .single();
    }

    /** Returns the turns of a session, in order. */
    public List<StoredTurn> turns(String sessionId) {
        return jdbc.sql(
                        "SELECT number, speaker, text, emotion, trust, intent, simulator_line, created_at FROM session_turns"
                                + " WHERE session_id = ? ORDER BY number")
                .param(sessionId)
                .query(SessionRepository::turn)
                .list();
    }

    /** Stores a turn and marks the session changed. */
    @Transactional
    public void addTurn(String sessionId, StoredTurn t) {
        jdbc.sql("INSERT INTO session_turns (session_id, number, speaker, text, emotion, trust, intent,"
                        + " simulator_line, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        sessionId,
                        t.number(),
                        t.speaker(),
                        t.text(),
                        t.emotion().orElse(null),
                        t.trust().orElse(null),
                        t.intent().orElse(null),
                        t.simulatorLine().orElse(null),
                        at(t.createdAt()))
                .update();
        jdbc.sql("UPDATE practice_sessions SET updated_at = ? WHERE id = ?")
                .params(at(t.createdAt()), sessionId)
                .update();
    }

    /** Records how a session stands; once ended, with its score and report. */
    public void updateOutcome(
            String sessionId,
            boolean ended,
            String outcome,
            Optional<Integer> score,
            Optional<String> report,
            Instant at) {
        jdbc.sql("UPDATE practice_sessions SET ended = ?, outcome = ?, score = ?, critique = ?, updated_at = ?"
                        + " WHERE id = ?")
                .params(ended, outcome, score.orElse(null), report.orElse(null), at(at), sessionId)
                .update();
    }

    /** Returns the coach's notes a model wrote for one of the owner's sessions, as JSON, if it wrote any. */
    public Optional<String> coachNotes(String owner, String id) {
        return jdbc.sql("SELECT coach_notes FROM practice_sessions WHERE owner = ? AND id = ?")
                .params(owner, id)
                .query((r, row) -> Optional.ofNullable(r.getString(1)))
                .optional()
                .flatMap(notes -> notes);
    }

    /** Stores the coach's notes a model wrote for one of the owner's sessions, as JSON. */
    public void saveCoachNotes(String owner, String id, String json) {
        jdbc.sql("UPDATE practice_sessions SET coach_notes = ? WHERE owner = ? AND id = ?")
                .params(json, owner, id)
                .update();
    }

    /** Deletes one of the owner's sessions with its turns; returns whether there was one. */
    @Transactional
    public boolean delete(String owner, String id) {
        jdbc.sql("UPDATE practice_sessions SET parent_id = NULL, branched_at = NULL WHERE owner = ? AND parent_id = ?")
                .params(owner, id)
                .update();
        return jdbc.sql("DELETE FROM practice_sessions WHERE owner = ? AND id = ?")
                        .params(owner, id)
                        .update()
                > 0;
    }

    /** Deletes all of the owner's sessions; returns how many. */
    public int deleteAll(String owner) {
        return jdbc.sql("DELETE FROM practice_sessions WHERE owner = ?")
                .param(owner)
                .update();
    }

    static OffsetDateTime at(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static Instant instant(ResultSet r, String column) throws SQLException {
        return r.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static SessionRecord session(ResultSet r, int row) throws SQLException {
        return new SessionRecord(
                r.getString("id"),
                r.getString("owner"),
                r.getString("scenario_id"),
                r.getString("scenario_title"),
                r.getString("scenario_yaml"),
                r.getLong("seed"),
                r.getInt("difficulty"),
                r.getBoolean("surprise_me"),
                Optional.ofNullable(r.getString("version_name")),
                Optional.ofNullable(r.getString("parent_id")),
                optionalInt(r, "branched_at"),
                r.getBoolean("ended"),
                r.getString("outcome"),
                optionalInt(r, "score"),
                Optional.ofNullable(r.getString("critique")),
                instant(r, "created_at"),
                instant(r, "updated_at"));
    }

    private static StoredTurn turn(ResultSet r, int row) throws SQLException {
        return new StoredTurn(
                r.getInt("number"),
                r.getString("speaker"),
                r.getString("text"),
                optionalInt(r, "emotion"),
                optionalInt(r, "trust"),
                Optional.ofNullable(r.getString("intent")),
                Optional.ofNullable(r.getString("simulator_line")),
                instant(r, "created_at"));
    }

    private static Optional<Integer> optionalInt(ResultSet r, String column) throws SQLException {
        int value = r.getInt(column);
        return r.wasNull() ? Optional.empty() : Optional.of(value);
    }
}
