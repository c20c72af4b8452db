package dev.spar.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Fills a team with learners and runs by JDBC, straight into the tables, while the server is stopped: signing up 200
 * people (BCrypt each) and running 20,000 practice sessions over HTTP would take most of an hour. Each bulk run is a
 * copy of a real run the server made (its scenario, turns, score and stored review JSON), given another owner, day
 * and assignment; the learners share the password hash of one who signed up for real.
 */
final class TeamRows {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int BATCH = 500;
    private static final List<String> COMMENTS = List.of(
            "Good acknowledgement here, before the facts.",
            "Try the offer before the policy next time.",
            "This is the line to keep: clear and kind.",
            "You gave ground here without being asked; hold the option you had.",
            "Nice summary. Check they agree before moving on.",
            "Careful: this reads as blaming the customer.");
    private static final List<String> REASONS = List.of(
            "I was quoting the policy because they asked for it.",
            "That was an apology for the delay, not for our position.",
            "I meant it as a question, not a hedge.",
            "The customer had already agreed to this.");

    /** A real ended run the bulk rows copy. */
    private record Template(
            String id,
            String scenarioId,
            String title,
            String yaml,
            long seed,
            int difficulty,
            String outcome,
            Integer score,
            String critique,
            List<Object[]> turns,
            List<Finding> findings) {}

    private record Finding(int turn, String category, String quote) {}

    /** An assignment of the team and the scenario it is for. */
    private record Assignment(String id, String scenarioId) {}

    /** What went in. */
    record Filled(int learners, int runs, int visible, int assigned, int shared, int comments, int disputes) {}

    private final Connection db;
    private final Random random;
    private final OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);

    TeamRows(Connection db, long seed) {
        this.db = db;
        this.random = new Random(seed);
    }

    /**
     * Adds learners to the team until it has {@code learners}, then runs until they have {@code runs} between them,
     * spread over {@code weeks} weeks: about 65% for one of the team's assignments, 20% shared, 15% private. Adds
     * comments and disputes on about a tenth and a fiftieth of the visible runs, and moves the assignments back to
     * when the runs began (some now overdue).
     */
    Filled fill(String teamId, String coach, int learners, int runs, int weeks) throws SQLException, IOException {
        db.setAutoCommit(false);
        List<Template> templates = templates(teamId);
        if (templates.isEmpty()) {
            throw new IllegalStateException("no ended runs to copy: the real practice sessions did not end");
        }
        Map<String, List<Template>> byScenario = new LinkedHashMap<>();
        templates.forEach(t -> byScenario
                .computeIfAbsent(t.scenarioId(), k -> new ArrayList<>())
                .add(t));
        List<Assignment> assignments = new ArrayList<>();
        query("SELECT id, scenario_id FROM assignments WHERE team_id = ? ORDER BY created_at", List.of(teamId), r -> {
            assignments.add(new Assignment(r.getString(1), r.getString(2)));
        });
        List<String> people = new ArrayList<>();
        query(
                "SELECT username FROM team_members WHERE team_id = ? AND role = 'learner' ORDER BY username",
                List.of(teamId),
                r -> people.add(r.getString(1)));
        String hash = single("SELECT password_hash FROM users WHERE username = ?", people.getFirst());
        OffsetDateTime start = now.minus(Duration.ofDays(7L * weeks));
        try (PreparedStatement user = db.prepareStatement(
                        "INSERT INTO users (username, password_hash, admin, created_at)" + " VALUES (?, ?, FALSE, ?)");
                PreparedStatement member = db.prepareStatement(
                        "INSERT INTO team_members (team_id, username, role, joined_at) VALUES (?, ?, 'learner', ?)")) {
            for (int i = people.size() + 1; i <= learners; i++) {
                String name = String.format("learner%03d", i);
                user.setString(1, name);
                user.setString(2, hash);
                user.setObject(3, start.minusDays(7));
                user.addBatch();
                member.setString(1, teamId);
                member.setString(2, name);
                member.setObject(3, start.minusDays(7));
                member.addBatch();
                people.add(name);
            }
            user.executeBatch();
            member.executeBatch();
        }
        int existing = count("SELECT COUNT(*) FROM practice_sessions");
        List<String[]> visible = new ArrayList<>(); // id, owner, template id
        Map<String, Template> templateById = new LinkedHashMap<>();
        templates.forEach(t -> templateById.put(t.id(), t));
        int assigned = 0;
        int shared = 0;
        try (PreparedStatement run = db.prepareStatement("INSERT INTO practice_sessions (id, owner, scenario_id,"
                        + " scenario_title, scenario_yaml, seed, difficulty, surprise_me, ended, outcome, score, critique,"
                        + " created_at, updated_at, assignment_id, shared) VALUES (?, ?, ?, ?, ?, ?, ?, FALSE, TRUE, ?, ?,"
                        + " ?, ?, ?, ?, ?)");
                PreparedStatement turn = db.prepareStatement("INSERT INTO session_turns (session_id, number, speaker,"
                        + " text, emotion, trust, intent, simulator_line, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?,"
                        + " ?)")) {
            for (int k = 0; k < runs - existing; k++) {
                String owner = people.get(k % people.size());
                double kind = random.nextDouble();
                Assignment a = kind < 0.65 ? assignments.get(random.nextInt(assignments.size())) : null;
                List<Template> choice = a == null ? templates : byScenario.getOrDefault(a.scenarioId(), templates);
                Template t = choice.get(random.nextInt(choice.size()));
                boolean share = a == null && kind < 0.85;
                OffsetDateTime at = start.plusSeconds((long) (random.nextDouble()
                        * Duration.ofDays(7L * weeks).minusHours(1).toSeconds()));
                String id = UUID.nameUUIDFromBytes(("bench-run-" + k).getBytes(StandardCharsets.UTF_8))
                        .toString();
                int c = 1;
                run.setString(c++, id);
                run.setString(c++, owner);
                run.setString(c++, t.scenarioId());
                run.setString(c++, t.title());
                run.setString(c++, t.yaml());
                run.setLong(c++, t.seed() + k);
                run.setInt(c++, t.difficulty());
                run.setString(c++, t.outcome());
                run.setObject(c++, t.score());
                run.setString(c++, t.critique());
                run.setObject(c++, at);
                run.setObject(c++, at.plusMinutes(6));
                run.setString(c++, a == null ? null : a.id());
                run.setBoolean(c, share);
                run.addBatch();
                for (Object[] row : t.turns()) {
                    turn.setString(1, id);
                    for (int i = 0; i < row.length; i++) {
                        turn.setObject(i + 2, row[i]);
                    }
                    turn.setObject(9, at.plusSeconds(20L * (Integer) row[0]));
                    turn.addBatch();
                }
                if (a != null || share) {
                    visible.add(new String[] {id, owner, t.id()});
                    if (a != null) {
                        assigned++;
                    } else {
                        shared++;
                    }
                }
                if ((k + 1) % BATCH == 0) {
                    run.executeBatch();
                    turn.executeBatch();
                    db.commit();
                }
            }
            run.executeBatch();
            turn.executeBatch();
            db.commit();
        }
        int comments = 0;
        int disputes = 0;
        try (PreparedStatement comment = db.prepareStatement("INSERT INTO session_comments (id, session_id, turn,"
                        + " author, text, seen, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement dispute = db.prepareStatement("INSERT INTO finding_disputes (id, session_id, turn,"
                        + " category, quote, reason, state, settled_by, settle_note, created_at, settled_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (String[] v : visible) {
                Template t = templateById.get(v[2]);
                double roll = random.nextDouble();
                if (roll < 0.10) {
                    comments++;
                    boolean mine = random.nextInt(5) == 0;
                    comment.setString(1, UUID.randomUUID().toString());
                    comment.setString(2, v[0]);
                    comment.setInt(3, 1 + random.nextInt(Math.max(1, t.turns().size())));
                    comment.setString(4, mine ? v[1] : coach);
                    comment.setString(5, COMMENTS.get(random.nextInt(COMMENTS.size())));
                    comment.setBoolean(6, mine || random.nextBoolean());
                    comment.setObject(7, now.minusHours(random.nextInt(24 * 7 * 4)));
                    comment.addBatch();
                }
                if (roll > 0.98 && !t.findings().isEmpty()) {
                    disputes++;
                    Finding f = t.findings().get(random.nextInt(t.findings().size()));
                    double state = random.nextDouble();
                    String settled = state < 0.5 ? "open" : state < 0.8 ? "upheld" : "overturned";
                    OffsetDateTime raised = now.minusHours(random.nextInt(24 * 7 * 4) + 24);
                    dispute.setString(1, UUID.randomUUID().toString());
                    dispute.setString(2, v[0]);
                    dispute.setInt(3, f.turn());
                    dispute.setString(4, f.category());
                    dispute.setString(5, f.quote().length() > 2000 ? f.quote().substring(0, 2000) : f.quote());
                    dispute.setString(6, REASONS.get(random.nextInt(REASONS.size())));
                    dispute.setString(7, settled);
                    dispute.setString(8, settled.equals("open") ? null : coach);
                    dispute.setString(9, settled.equals("open") ? null : "Looked at it with the quote beside it.");
                    dispute.setObject(10, raised);
                    dispute.setObject(11, settled.equals("open") ? null : raised.plusHours(5));
                    dispute.addBatch();
                }
            }
            comment.executeBatch();
            dispute.executeBatch();
        }
        // The assignments began when the runs did; some of them are overdue by now.
        try (PreparedStatement back = db.prepareStatement("UPDATE assignments SET created_at = ? WHERE team_id = ?");
                PreparedStatement due = db.prepareStatement("UPDATE assignments SET due = ? WHERE id = ?")) {
            back.setObject(1, start.minusDays(1));
            back.setString(2, teamId);
            back.executeUpdate();
            for (int i = assignments.size() / 2; i < assignments.size(); i += 2) {
                due.setObject(1, now.minusDays(3L * (i + 1)));
                due.setString(2, assignments.get(i).id());
                due.executeUpdate();
            }
        }
        db.commit();
        int total = count("SELECT COUNT(*) FROM practice_sessions");
        int seen = count("SELECT COUNT(*) FROM practice_sessions WHERE shared OR assignment_id IS NOT NULL");
        return new Filled(
                people.size(),
                total,
                seen,
                assigned,
                shared,
                count("SELECT COUNT(*) FROM session_comments"),
                count("SELECT COUNT(*) FROM finding_disputes"));
    }

    /** The team's ended runs with a stored review, with their turns and findings. */
    private List<Template> templates(String teamId) throws SQLException, IOException {
        List<Template> out = new ArrayList<>();
        List<Object[]> rows = new ArrayList<>();
        query(
                "SELECT s.id, s.scenario_id, s.scenario_title, s.scenario_yaml, s.seed, s.difficulty, s.outcome,"
                        + " s.score, s.critique FROM practice_sessions s JOIN team_members m ON m.username = s.owner"
                        + " AND m.team_id = ? WHERE s.ended AND s.critique IS NOT NULL ORDER BY s.created_at",
                List.of(teamId),
                r -> rows.add(new Object[] {
                    r.getString(1),
                    r.getString(2),
                    r.getString(3),
                    r.getString(4),
                    r.getLong(5),
                    r.getInt(6),
                    r.getString(7),
                    (Integer) r.getObject(8),
                    r.getString(9)
                }));
        for (Object[] r : rows) {
            List<Object[]> turns = new ArrayList<>();
            query(
                    "SELECT number, speaker, text, emotion, trust, intent, simulator_line FROM session_turns"
                            + " WHERE session_id = ? ORDER BY number",
                    List.of(r[0]),
                    t -> turns.add(new Object[] {
                        t.getInt(1),
                        t.getString(2),
                        t.getString(3),
                        t.getObject(4),
                        t.getObject(5),
                        t.getString(6),
                        t.getString(7)
                    }));
            List<Finding> findings = new ArrayList<>();
            JsonNode critique = JSON.readTree((String) r[8]).path("critique");
            for (JsonNode f : critique.path("findings")) {
                findings.add(new Finding(
                        f.path("turn").asInt(),
                        f.path("category").asText(),
                        f.path("quote").asText()));
            }
            out.add(new Template(
                    (String) r[0],
                    (String) r[1],
                    (String) r[2],
                    (String) r[3],
                    (Long) r[4],
                    (Integer) r[5],
                    (String) r[6],
                    (Integer) r[7],
                    (String) r[8],
                    turns,
                    findings));
        }
        return out;
    }

    /** Reads one row at a time. */
    private interface Rows {
        void row(ResultSet r) throws SQLException;
    }

    private void query(String sql, List<Object> params, Rows rows) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                s.setObject(i + 1, params.get(i));
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.row(r);
                }
            }
        }
    }

    private String single(String sql, String param) throws SQLException {
        List<String> out = new ArrayList<>();
        query(sql, List.of(param), r -> out.add(r.getString(1)));
        return out.getFirst();
    }

    private int count(String sql) throws SQLException {
        List<Integer> out = new ArrayList<>();
        query(sql, List.of(), r -> out.add(r.getInt(1)));
        return out.getFirst();
    }
}
