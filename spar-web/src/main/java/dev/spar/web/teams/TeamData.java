package dev.spar.web.teams;

import dev.spar.web.accounts.Accounts;
import dev.spar.web.conversations.ConversationService;
import dev.spar.web.practice.NotFound;
import dev.spar.web.practice.PracticeService;
import dev.spar.web.practice.ScenarioCatalog;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A team's data as a whole: exported as JSON for the team's records, and a person's data deleted on request.
 * Administrators only; private practice is never part of a team's export.
 */
@Service
public class TeamData {
    private static final int AUDIT_EXPORT = 10_000;

    private final JdbcClient jdbc;
    private final TeamAccess access;
    private final Teams teams;
    private final AssignmentBook assignments;
    private final Feedback feedback;
    private final Scorecards scorecards;
    private final TeamDashboard dashboard;
    private final AuditLog audit;
    private final PracticeService practice;
    private final ScenarioCatalog catalog;
    private final ConversationService conversations;
    private final Accounts accounts;

    TeamData(
            JdbcClient jdbc,
            TeamAccess access,
            Teams teams,
            AssignmentBook assignments,
            Feedback feedback,
            Scorecards scorecards,
            TeamDashboard dashboard,
            AuditLog audit,
            PracticeService practice,
            ScenarioCatalog catalog,
            ConversationService conversations,
            Accounts accounts) {
        this.jdbc = jdbc;
        this.access = access;
        this.teams = teams;
        this.assignments = assignments;
        this.feedback = feedback;
        this.scorecards = scorecards;
        this.dashboard = dashboard;
        this.audit = audit;
        this.practice = practice;
        this.catalog = catalog;
        this.conversations = conversations;
        this.accounts = accounts;
    }

    /** Returns everything the team holds, as a tree for JSON; administrators only. */
    public Map<String, Object> export(String teamId) {
        String me = access.requireAdminOf(teamId);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("team", teams.get(teamId).team());
        out.put("members", teams.membersOf(teamId));
        out.put("scorecard", Scorecards.json(scorecards.cardOf(teamId)));
        out.put(
                "assignments",
                assignmentsOf(teamId).stream()
                        .map(p -> Map.of(
                                "assignment", p.assignment(),
                                "people",
                                        p.people().stream()
                                                .map(s -> Map.of(
                                                        "username", s.username(),
                                                        "status",
                                                                s.standing()
                                                                        .status()
                                                                        .name()
                                                                        .toLowerCase(),
                                                        "summary", s.standing().summary(),
                                                        "attempts", s.attempts()))
                                                .toList()))
                        .toList());
        List<TeamDashboard.VisibleRun> runs = dashboard.visibleRuns(teamId);
        out.put("runs", runs);
        out.put(
                "comments",
                runs.stream()
                        .flatMap(r -> feedback.commentsOf(r.id()).stream()
                                .map(c -> Map.of("sessionId", r.id(), "comment", c)))
                        .toList());
        out.put("conversations", conversationsOf(teamId));
        out.put("disputes", feedback.disputesFor(teamId));
        out.put("scorecardMarks", marksOf(teamId));
        out.put("highlights", jdbcHighlights(teamId));
        out.put("drills", jdbcDrills(teamId));
        out.put("audit", audit.of(teamId, AUDIT_EXPORT));
        audit.record(me, Optional.of(teamId), "team.export", "all data");
        return out;
    }

    /**
     * Deletes a member's data on request: their runs (with the comments, disputes, marks and highlights on them),
     * reviewed conversations, own scenarios and drill rewrites, and their places in every team; with {@code account},
     * the account too. Administrators only, for a member of a team.
     */
    @Transactional
    public void forget(String teamId, String username, boolean account) {
        String me = access.requireAdminOf(teamId);
        if (access.role(teamId, username).isEmpty()) {
            throw new NotFound(
                    "There is no member '" + dev.spar.web.practice.Limits.shorten(username) + "' in this team.");
        }
        forget(username, account);
        audit.record(me, Optional.of(teamId), "person.forget", username + (account ? " and their account" : ""));
    }

    /** Deletes a person's data everywhere (the person's own "delete all my data" too). */
    @Transactional
    public void forget(String username, boolean account) {
        practice.deleteAll(username);
        catalog.deleteAll(username);
        conversations.deleteAll(username);
        jdbc.sql("DELETE FROM drill_rewrites WHERE username = ?")
                .param(username)
                .update();
        jdbc.sql("DELETE FROM session_comments WHERE author = ?")
                .param(username)
                .update();
        if (account) {
            jdbc.sql("DELETE FROM assignment_people WHERE username = ?")
                    .param(username)
                    .update();
            jdbc.sql("DELETE FROM team_members WHERE username = ?")
                    .param(username)
                    .update();
            accounts.delete(username);
        }
    }

    private List<AssignmentBook.Progress> assignmentsOf(String teamId) {
        // the export is an administrator's; the progress is read as the team's coaches read it
        return assignments.progressOf(teamId);
    }

    /** The reviewed real conversations the team's coaches may read: submitted for an assignment, or shared. */
    private List<Map<String, Object>> conversationsOf(String teamId) {
        return rows(
                "SELECT c.id, c.owner, c.source, c.score, c.assignment_id, c.shared, c.created_at"
                        + " FROM reviewed_conversations c JOIN team_members l ON l.username = c.owner"
                        + " AND l.team_id = ? AND l.role = 'learner' WHERE c.shared OR c.assignment_id IN"
                        + " (SELECT a.id FROM assignments a WHERE a.team_id = ?) ORDER BY c.created_at",
                List.of(teamId, teamId),
                Column.text("id"),
                Column.text("owner"),
                Column.text("source"),
                Column.number("score"),
                Column.text("assignmentId"),
                Column.flag("shared"),
                Column.text("at"));
    }

    /** The marks and overrides coaches gave on the team's scorecard, with their reasons. */
    private List<Map<String, Object>> marksOf(String teamId) {
        return rows(
                "SELECT COALESCE(session_id, conversation_id), criterion, mark, override, reason, marked_by,"
                        + " marked_at FROM scorecard_marks WHERE team_id = ? ORDER BY marked_at",
                List.of(teamId),
                Column.text("subjectId"),
                Column.text("criterion"),
                Column.text("mark"),
                Column.flag("override"),
                Column.text("reason"),
                Column.text("by"),
                Column.text("at"));
    }

    private List<Map<String, Object>> jdbcHighlights(String teamId) {
        return rows(
                "SELECT id, title, turn, excerpt, note, created_by, created_at FROM team_highlights"
                        + " WHERE team_id = ? ORDER BY created_at",
                List.of(teamId),
                Column.text("id"),
                Column.text("title"),
                Column.number("turn"),
                Column.text("excerpt"),
                Column.text("note"),
                Column.text("by"),
                Column.text("at"));
    }

    private List<Map<String, Object>> jdbcDrills(String teamId) {
        return rows(
                "SELECT d.id, d.pattern, d.customer, d.reply, w.username, w.text, w.score FROM team_drills d"
                        + " LEFT JOIN drill_rewrites w ON w.drill_id = d.id WHERE d.team_id = ? ORDER BY d.created_at,"
                        + " w.username",
                List.of(teamId),
                Column.text("drill"),
                Column.text("pattern"),
                Column.text("customer"),
                Column.text("reply"),
                Column.text("username"),
                Column.text("rewrite"),
                Column.value("score"));
    }

    /** Reads rows as maps for the export, one key per column, in the order of the columns. */
    private List<Map<String, Object>> rows(String sql, List<?> params, Column... columns) {
        return jdbc.sql(sql)
                .params(params)
                .query((r, n) -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    for (int i = 0; i < columns.length; i++) {
                        int at = i + 1;
                        m.put(
                                columns[i].key(),
                                switch (columns[i].kind()) {
                                    case TEXT -> r.getString(at);
                                    case NUMBER -> r.getInt(at);
                                    case FLAG -> r.getBoolean(at);
                                    case VALUE -> r.getObject(at);
                                });
                    }
                    return m;
                })
                .list();
    }

    /** One column of an exported row: its key in the JSON, and how it is read. */
    private record Column(String key, Kind kind) {
        enum Kind {
            TEXT,
            NUMBER,
            FLAG,
            VALUE
        }

        static Column text(String key) {
            return new Column(key, Kind.TEXT);
        }

        static Column number(String key) {
            return new Column(key, Kind.NUMBER);
        }

        static Column flag(String key) {
            return new Column(key, Kind.FLAG);
        }

        static Column value(String key) {
            return new Column(key, Kind.VALUE);
        }
    }
}
