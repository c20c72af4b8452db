package dev.spar.web.teams;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.spar.analysis.Analyzer;
import dev.spar.review.Drill;
import dev.spar.review.Role;
import dev.spar.review.Transcript;
import dev.spar.review.Utterance;
import dev.spar.transcripts.redaction.Redactor;
import dev.spar.web.conversations.ConversationService;
import dev.spar.web.practice.NotFound;
import dev.spar.web.practice.SessionRepository;
import dev.spar.web.practice.StoredTurn;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The weekly rhythm of a team: the conversation of the week (a moment of a run or of a real conversation, with the
 * coach's note, shown on the team's home page) and the Monday drill (a real reply the team rewrites with one named
 * pattern; each rewrite is read by the analysis, and the coach sees them side by side).
 */
@Service
public class WeeklyRhythm {
    private static final int MAX_NOTE = 2000;
    private static final int MAX_LINE = 2000;
    private static final int AROUND = 2;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JdbcClient jdbc;
    private final TeamAccess access;
    private final SessionRepository sessions;
    private final ConversationService conversations;
    private final AuditLog audit;
    private final Clock clock;
    private final Drill drill;
    private final Redactor redactor = new Redactor();

    WeeklyRhythm(
            JdbcClient jdbc,
            TeamAccess access,
            SessionRepository sessions,
            ConversationService conversations,
            AuditLog audit,
            Clock clock,
            Analyzer analyzer) {
        this.jdbc = jdbc;
        this.access = access;
        this.sessions = sessions;
        this.conversations = conversations;
        this.audit = audit;
        this.clock = clock;
        this.drill = new Drill(analyzer);
    }

    /** One line of a moment: who spoke ("learner", "counterpart", "agent", "customer") and what they said. */
    public record Line(int turn, String speaker, String text) {}

    /** A moment the coach shared with the team. */
    public record Highlight(
            String id, String title, Optional<Integer> turn, List<Line> excerpt, String note, String by, Instant at) {}

    /** A reply for the team to rewrite with one pattern. */
    public record TeamDrill(
            String id,
            Drill.Pattern pattern,
            String customer,
            String reply,
            Optional<String> note,
            String by,
            Instant at) {}

    /** One person's rewrite and how the analysis read it. */
    public record Rewrite(String username, String text, int score, String feedback, Instant at) {}

    /** A coach's new highlight: a turn of a run they may see, or of one of their own reviewed conversations. */
    public record HighlightRequest(String sessionId, String conversationId, Integer turn, String note) {}

    /** A coach's new drill: typed, or a turn of one of their own reviewed conversations. */
    public record DrillRequest(
            String pattern, String customer, String reply, String conversationId, Integer turn, String note) {}

    /** Shares a moment with the team as the conversation of the week; coaches only. */
    @Transactional
    public Highlight highlight(String teamId, HighlightRequest request) {
        String me = access.requireCoach(teamId);
        String note = Text.required(request.note(), "The note", MAX_NOTE);
        if (request.turn() == null) {
            throw new IllegalArgumentException(
                    "Say which turn: {\"sessionId\": \"...\", \"turn\": 3, \"note\": \"...\"}.");
        }
        int turn = request.turn();
        List<Line> lines;
        String title;
        String sessionId = null;
        String conversationId = null;
        if (request.sessionId() != null && !request.sessionId().isBlank()) {
            sessionId = dev.spar.web.practice.Limits.sessionId(request.sessionId());
            String owner = access.runOwner(sessionId);
            var run = sessions.find(owner, sessionId).orElseThrow();
            title = run.scenarioTitle();
            lines = new ArrayList<>();
            for (StoredTurn t : sessions.turns(sessionId)) {
                lines.add(new Line(t.number(), t.speaker(), t.text()));
            }
        } else if (request.conversationId() != null && !request.conversationId().isBlank()) {
            conversationId = TeamAccess.checkedId(request.conversationId());
            var v = conversations.view(access.conversationOwner(conversationId), conversationId);
            title = "Real conversation";
            lines = lines(v.review().transcript());
        } else {
            throw new IllegalArgumentException(
                    "Say which run (\"sessionId\") or real conversation (\"conversationId\").");
        }
        if (turn < 1 || turn > lines.size()) {
            throw new IllegalArgumentException("Turn " + turn + " is not in it: it has " + lines.size() + " turns.");
        }
        List<Line> excerpt = lines.subList(Math.max(0, turn - 1 - AROUND), Math.min(lines.size(), turn + 1));
        Highlight h = new Highlight(
                UUID.randomUUID().toString(),
                title,
                Optional.of(turn),
                List.copyOf(excerpt),
                note,
                me,
                clock.instant());
        jdbc.sql("INSERT INTO team_highlights (id, team_id, session_id, conversation_id, turn, title, excerpt, note,"
                        + " created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        h.id(),
                        teamId,
                        sessionId,
                        conversationId,
                        turn,
                        title,
                        write(excerpt),
                        note,
                        me,
                        AuditLog.at(h.at()))
                .update();
        audit.record(me, Optional.of(teamId), "highlight.create", title + " turn " + turn);
        return h;
    }

    /** Returns the team's highlights, newest first; its members only. */
    public List<Highlight> highlights(String teamId, int limit) {
        access.requireMember(teamId);
        return jdbc.sql("SELECT id, title, turn, excerpt, note, created_by, created_at FROM team_highlights"
                        + " WHERE team_id = ? ORDER BY created_at DESC, id LIMIT ?")
                .params(teamId, limit)
                .query((r, n) -> new Highlight(
                        r.getString(1),
                        r.getString(2),
                        Optional.of(r.getInt(3)),
                        read(r.getString(4)),
                        r.getString(5),
                        r.getString(6),
                        r.getObject(7, OffsetDateTime.class).toInstant()))
                .list();
    }

    /** Sets a drill for the team: a customer's line and the reply to rewrite, with personal data removed. */
    @Transactional
    public TeamDrill createDrill(String teamId, DrillRequest request) {
        String me = access.requireCoach(teamId);
        Drill.Pattern pattern = Drill.Pattern.of(request.pattern());
        String customer;
        String reply;
        if (request.conversationId() != null && !request.conversationId().isBlank()) {
            String id = TeamAccess.checkedId(request.conversationId());
            List<Line> lines = lines(conversations
                    .view(access.conversationOwner(id), id)
                    .review()
                    .transcript());
            int turn = request.turn() == null ? 0 : request.turn();
            if (turn < 2
                    || turn > lines.size()
                    || !"agent".equals(lines.get(turn - 1).speaker())) {
                throw new IllegalArgumentException("Choose one of the agent's turns after the customer spoke.");
            }
            reply = lines.get(turn - 1).text();
            customer = "";
            for (int i = turn - 2; i >= 0 && customer.isEmpty(); i--) {
                if ("customer".equals(lines.get(i).speaker())) {
                    customer = lines.get(i).text();
                }
            }
        } else {
            Transcript typed = redactor.redact(Transcript.of(
                            "drill",
                            List.of(
                                    Utterance.of(
                                            "Customer",
                                            Role.CUSTOMER,
                                            Text.required(request.customer(), "The customer's line", MAX_LINE)),
                                    Utterance.of(
                                            "Agent",
                                            Role.AGENT,
                                            Text.required(request.reply(), "The reply", MAX_LINE)))))
                    .transcript();
            customer = typed.turns().get(0).text();
            reply = typed.turns().get(1).text();
        }
        String note = request.note() == null || request.note().isBlank()
                ? null
                : Text.required(request.note(), "The note", MAX_NOTE);
        TeamDrill d = new TeamDrill(
                UUID.randomUUID().toString(), pattern, customer, reply, Optional.ofNullable(note), me, clock.instant());
        jdbc.sql("INSERT INTO team_drills (id, team_id, pattern, customer, reply, note, created_by, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(d.id(), teamId, pattern.id(), customer, reply, note, me, AuditLog.at(d.at()))
                .update();
        audit.record(me, Optional.of(teamId), "drill.create", pattern.title());
        return d;
    }

    /** Returns the team's drills, newest first; its members only. */
    public List<TeamDrill> drills(String teamId, int limit) {
        access.requireMember(teamId);
        return drillsWhere("team_id = ?", teamId, limit);
    }

    /**
     * Rewrites a drill's reply; the rewrite is read by the analysis and replaces the person's earlier one. Learners
     * of the drill's team only.
     */
    @Transactional
    public Rewrite rewrite(String drillId, String text) {
        String me = access.me();
        TeamAccess.checkId(drillId);
        String teamId = teamOf(drillId);
        if (access.role(teamId, me).isEmpty()) {
            throw new NotFound("There is no drill '" + drillId + "' in your teams.");
        }
        TeamDrill d = drillsWhere("id = ?", drillId, 1).getFirst();
        String checked = Text.required(text, "The rewrite", Drill.MAX_REWRITE);
        Drill.Result result = drill.score(transcript(d), 2, d.pattern(), checked);
        Rewrite w = new Rewrite(me, checked, result.score(), result.feedback(), clock.instant());
        jdbc.sql("DELETE FROM drill_rewrites WHERE drill_id = ? AND username = ?")
                .params(drillId, me)
                .update();
        jdbc.sql("INSERT INTO drill_rewrites (drill_id, username, text, score, feedback, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")
                .params(drillId, me, checked, w.score(), clip(w.feedback()), AuditLog.at(w.at()))
                .update();
        return w;
    }

    /** Returns a drill with the team's rewrites side by side (coaches), or with the caller's own (learners). */
    public DrillRewrites rewrites(String drillId) {
        String me = access.me();
        TeamAccess.checkId(drillId);
        String teamId = teamOf(drillId);
        var role = access.role(teamId, me);
        if (role.isEmpty()) {
            throw new NotFound("There is no drill '" + drillId + "' in your teams.");
        }
        boolean coach = role.get() == dev.spar.web.teams.Role.COACH;
        TeamDrill d = drillsWhere("id = ?", drillId, 1).getFirst();
        List<Rewrite> all = jdbc.sql("SELECT username, text, score, feedback, created_at FROM drill_rewrites"
                        + " WHERE drill_id = ? AND (? OR username = ?) ORDER BY score DESC, username")
                .params(drillId, coach, me)
                .query((r, n) -> new Rewrite(
                        r.getString(1),
                        r.getString(2),
                        r.getInt(3),
                        r.getString(4),
                        r.getObject(5, OffsetDateTime.class).toInstant()))
                .list();
        return new DrillRewrites(teamId, d, all);
    }

    /** A drill with the rewrites the caller may see. */
    public record DrillRewrites(String teamId, TeamDrill drill, List<Rewrite> rewrites) {}

    private String teamOf(String drillId) {
        return jdbc.sql("SELECT team_id FROM team_drills WHERE id = ?")
                .param(drillId)
                .query(String.class)
                .optional()
                .orElseThrow(() -> new NotFound("There is no drill '" + drillId + "' in your teams."));
    }

    private List<TeamDrill> drillsWhere(String where, String param, int limit) {
        return jdbc.sql("SELECT id, pattern, customer, reply, note, created_by, created_at FROM team_drills WHERE "
                        + where + " ORDER BY created_at DESC, id LIMIT ?")
                .params(param, limit)
                .query((r, n) -> new TeamDrill(
                        r.getString(1),
                        Drill.Pattern.of(r.getString(2)),
                        r.getString(3),
                        r.getString(4),
                        Optional.ofNullable(r.getString(5)),
                        r.getString(6),
                        r.getObject(7, OffsetDateTime.class).toInstant()))
                .list();
    }

    private static Transcript transcript(TeamDrill d) {
        List<Utterance> turns = new ArrayList<>();
        turns.add(Utterance.of("Customer", Role.CUSTOMER, d.customer().isEmpty() ? "..." : d.customer()));
        turns.add(Utterance.of("Agent", Role.AGENT, d.reply()));
        return Transcript.of("drill", turns);
    }

    private static List<Line> lines(Transcript t) {
        List<Line> out = new ArrayList<>();
        for (int i = 0; i < t.turns().size(); i++) {
            Utterance u = t.turns().get(i);
            out.add(new Line(i + 1, u.byAgent() ? "agent" : "customer", u.text()));
        }
        return out;
    }

    private static String write(List<Line> lines) {
        try {
            return JSON.writeValueAsString(lines);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a highlight could not be written", e);
        }
    }

    private static List<Line> read(String json) {
        try {
            return JSON.readValue(json, new TypeReference<List<Line>>() {});
        } catch (JsonProcessingException e) {
            return List.of();
        }
    }

    private static String clip(String s) {
        return s.length() <= 4000 ? s : s.substring(0, 3997) + "...";
    }
}
