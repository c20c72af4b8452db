package dev.spar.web.teams;

import dev.spar.analysis.FindingCategory;
import dev.spar.teams.Dispute;
import dev.spar.teams.DisputeState;
import dev.spar.teams.DisputeTally;
import dev.spar.teams.Evidence;
import dev.spar.web.practice.NotFound;
import dev.spar.web.practice.SessionRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The conversation around a run: comments on its turns (by a coach who may see it, or by its owner), and disputes of
 * its findings ("that is not what I meant") that a coach settles.
 */
@Service
public class Feedback {
    /** The longest comment. */
    public static final int MAX_COMMENT = 2000;

    private static final int MAX_REASON = 1000;

    private final JdbcClient jdbc;
    private final TeamAccess access;
    private final Subjects subjects;
    private final AuditLog audit;
    private final Clock clock;

    Feedback(JdbcClient jdbc, TeamAccess access, Subjects subjects, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.subjects = subjects;
        this.audit = audit;
        this.clock = clock;
    }

    /** A comment on one turn. */
    public record Comment(String id, int turn, String author, String text, Instant at) {}

    /** A disputed finding and how it stands. */
    public record DisputeView(
            String id,
            String subjectId,
            Subject.Kind kind,
            int turn,
            FindingCategory category,
            String quote,
            String reason,
            DisputeState state,
            Optional<String> settledBy,
            Optional<String> note,
            Instant at) {}

    /**
     * Comments on a turn of a run the caller may see.
     *
     * @throws NotFound if they may not see it
     * @throws IllegalArgumentException if there is no such turn or the text is empty or too long
     */
    @Transactional
    public Comment comment(String subjectId, Integer turn, String text) {
        String me = access.me();
        Subject subject = access.subject(subjectId);
        String owner = subject.owner();
        int turns = subjects.turns(subject);
        if (turn == null || turn < 1 || turn > turns) {
            throw new IllegalArgumentException(
                    "Say which turn, from 1 to " + turns + ": {\"turn\": 2, \"text\": \"...\"}.");
        }
        String checked = Text.required(text, "The comment", MAX_COMMENT);
        Comment c = new Comment(UUID.randomUUID().toString(), turn, me, checked, clock.instant());
        jdbc.sql("INSERT INTO session_comments (id, " + subject.column() + ", turn, author, text, seen, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(c.id(), subjectId, turn, me, checked, owner.equals(me), AuditLog.at(c.at()))
                .update();
        if (!owner.equals(me)) {
            audit.record(me, teamOf(subject, me), "comment.add", name(subject) + " turn " + turn);
        }
        return c;
    }

    /**
     * Shares one of the caller's runs or reviewed conversations with the coaches of their teams, or makes it private
     * again (one made for an assignment stays visible to that team's coaches).
     *
     * @return how it is shared now
     * @throws NotFound if it is not the caller's
     */
    @Transactional
    public SessionRepository.Sharing share(String subjectId, boolean shared) {
        String me = access.me();
        for (Subject.Kind kind : Subject.Kind.values()) {
            int n = jdbc.sql("UPDATE " + kind.table() + " SET shared = ? WHERE owner = ? AND id = ?")
                    .params(shared, me, subjectId)
                    .update();
            if (n > 0) {
                return sharingOf(kind, subjectId);
            }
        }
        throw new NotFound("There is no run or conversation '" + subjectId + "' of yours.");
    }

    /** Returns how a run or conversation the caller may see is shared, and whether it answers an assignment. */
    public SessionRepository.Sharing sharing(String subjectId) {
        Subject subject = access.subject(subjectId);
        return sharingOf(subject.kind(), subjectId);
    }

    private SessionRepository.Sharing sharingOf(Subject.Kind kind, String id) {
        return jdbc.sql("SELECT shared, assignment_id FROM " + kind.table() + " WHERE id = ?")
                .param(id)
                .query((r, n) -> new SessionRepository.Sharing(r.getBoolean(1), Optional.ofNullable(r.getString(2))))
                .single();
    }

    /**
     * Returns the comments on a run or conversation the caller may see, oldest first; its owner reading them marks
     * them seen.
     */
    public List<Comment> comments(String subjectId) {
        String me = access.me();
        Subject subject = access.subject(subjectId);
        if (subject.owner().equals(me)) {
            jdbc.sql("UPDATE session_comments SET seen = TRUE WHERE " + subject.column() + " = ? AND seen = FALSE")
                    .param(subjectId)
                    .update();
        }
        return commentsOf(subjectId);
    }

    /** Returns the comments on a run or conversation, unchecked. */
    List<Comment> commentsOf(String subjectId) {
        return jdbc.sql("SELECT id, turn, author, text, created_at FROM session_comments WHERE session_id = ?"
                        + " OR conversation_id = ? ORDER BY created_at, id")
                .params(subjectId, subjectId)
                .query((r, n) -> new Comment(
                        r.getString(1),
                        r.getInt(2),
                        r.getString(3),
                        r.getString(4),
                        r.getObject(5, OffsetDateTime.class).toInstant()))
                .list();
    }

    /** Returns comments by others on the caller's runs that they have not read yet, newest first. */
    public List<Waiting> waiting() {
        String me = access.me();
        return jdbc.sql("SELECT COALESCE(c.session_id, c.conversation_id), COALESCE(s.scenario_title, 'Real"
                        + " conversation'), c.turn, c.author, c.text, c.created_at, c.session_id FROM session_comments c"
                        + " LEFT JOIN practice_sessions s ON s.id = c.session_id"
                        + " LEFT JOIN reviewed_conversations v ON v.id = c.conversation_id"
                        + " WHERE (s.owner = ? OR v.owner = ?) AND c.author <> ? AND c.seen = FALSE"
                        + " ORDER BY c.created_at DESC LIMIT 50")
                .params(me, me, me)
                .query((r, n) -> new Waiting(
                        r.getString(1),
                        r.getString(7) != null ? Subject.Kind.RUN : Subject.Kind.CONVERSATION,
                        r.getString(2),
                        r.getInt(3),
                        r.getString(4),
                        r.getString(5),
                        r.getObject(6, OffsetDateTime.class).toInstant()))
                .list();
    }

    /** A comment waiting to be read, on a run or a reviewed conversation. */
    public record Waiting(
            String subjectId, Subject.Kind kind, String title, int turn, String author, String text, Instant at) {}

    /**
     * Disputes a finding of one of the caller's own ended runs.
     *
     * @throws NotFound if the run is not theirs
     * @throws IllegalArgumentException if the review made no such finding
     * @throws IllegalStateException if it is already disputed and not yet settled
     */
    @Transactional
    public DisputeView dispute(String subjectId, Integer turn, String category, String reason) {
        String me = access.me();
        Subject subject = access.subject(subjectId);
        if (!subject.owner().equals(me)) {
            throw new NotFound("There is no run or conversation '" + subjectId + "' of yours.");
        }
        String why = Text.required(reason, "The reason", MAX_REASON);
        FindingCategory c = FindingCategory.byId(
                        category == null ? "" : category.strip().toLowerCase(Locale.ROOT))
                .orElseThrow(() -> new IllegalArgumentException(
                        "Name the finding's category as the review gives it, e.g. \"hedging\"."));
        if (turn == null) {
            throw new IllegalArgumentException("Say which turn the finding is on: {\"turn\": 2, ...}.");
        }
        Evidence finding = subjects.evidence(subject).stream()
                .filter(e -> e.turn() == turn && e.category() == c)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("The review of this run has no '" + c.id()
                        + "' finding on turn " + turn + " (only an ended run's findings can be disputed)."));
        int open = jdbc.sql("SELECT COUNT(*) FROM finding_disputes WHERE " + subject.column()
                        + " = ? AND turn = ? AND category = ? AND state = 'open'")
                .params(subjectId, turn, c.id())
                .query(Integer.class)
                .single();
        if (open > 0) {
            throw new IllegalStateException("You already disputed this finding; a coach will settle it.");
        }
        DisputeView d = new DisputeView(
                UUID.randomUUID().toString(),
                subjectId,
                subject.kind(),
                turn,
                c,
                finding.quote(),
                why,
                DisputeState.OPEN,
                Optional.empty(),
                Optional.empty(),
                clock.instant());
        jdbc.sql("INSERT INTO finding_disputes (id, " + subject.column()
                        + ", turn, category, quote, reason, state, created_at) VALUES (?, ?, ?, ?, ?, ?, 'open', ?)")
                .params(d.id(), subjectId, turn, c.id(), clip(finding.quote()), why, AuditLog.at(d.at()))
                .update();
        return d;
    }

    /**
     * Settles a dispute on a run the caller coaches: {@code upheld} when the finding stands, otherwise it is
     * overturned.
     *
     * @throws NotFound if the caller may not see the run, or it is their own
     */
    @Transactional
    public DisputeView settle(String disputeId, Boolean upheld, String note) {
        String me = access.me();
        TeamAccess.checkId(disputeId);
        DisputeView d = byId(disputeId).orElseThrow(() -> new NotFound("There is no dispute '" + disputeId + "'."));
        Subject subject = access.subject(d.subjectId());
        if (subject.owner().equals(me)) {
            throw new Forbidden("A coach settles a dispute, not the person who raised it.");
        }
        if (upheld == null) {
            throw new IllegalArgumentException(
                    "Say whether the finding stands: {\"upheld\": true} or {\"upheld\": false}.");
        }
        String n = note == null || note.isBlank() ? null : Text.required(note, "The note", MAX_REASON);
        DisputeState state = upheld ? DisputeState.UPHELD : DisputeState.OVERTURNED;
        jdbc.sql("UPDATE finding_disputes SET state = ?, settled_by = ?, settle_note = ?, settled_at = ? WHERE id = ?")
                .params(state.name().toLowerCase(Locale.ROOT), me, n, OffsetDateTime.now(clock), disputeId)
                .update();
        audit.record(
                me,
                teamOf(subject, me),
                "dispute.settle",
                d.category().id() + " on " + name(subject) + ": " + state.name().toLowerCase(Locale.ROOT));
        return byId(disputeId).orElseThrow();
    }

    /** Returns the disputes of a run or conversation the caller may see. */
    public List<DisputeView> disputes(String subjectId) {
        Subject subject = access.subject(subjectId);
        return disputesWhere("d." + subject.column() + " = ?", subjectId);
    }

    /** Returns the disputes on the runs and conversations of a team's learners its coaches may see; coaches only. */
    public List<DisputeView> ofTeam(String teamId) {
        access.requireCoach(teamId);
        return disputesOfTeam(teamId);
    }

    /** Returns the disputes on the team's visible runs and conversations, unchecked, for the team's export. */
    List<DisputeView> disputesFor(String teamId) {
        return disputesOfTeam(teamId);
    }

    /** Returns the share of findings upheld per category on a team's disputes, unchecked. */
    List<DisputeTally> tally(String teamId) {
        return DisputeTally.tally(disputesOfTeam(teamId).stream()
                .map(d -> new Dispute(d.category(), d.state()))
                .toList());
    }

    /**
     * Each dispute is checked against its own run (by primary key), rather than matched against the set of every run
     * the team's coaches may see: a team has a few hundred disputes and tens of thousands of runs. The team's
     * assignments are named by the parameter, not by {@code l.team_id}, so that the inner query does not depend on
     * the row (PostgreSQL would otherwise run it once for each of the team's runs).
     */
    private List<DisputeView> disputesOfTeam(String teamId) {
        List<DisputeView> out = new java.util.ArrayList<>();
        for (Subject.Kind kind : Subject.Kind.values()) {
            out.addAll(disputesWhere(
                    "EXISTS (SELECT 1 FROM " + kind.table() + " s JOIN team_members l ON l.username = s.owner"
                            + " AND l.role = 'learner' WHERE s.id = d." + kind.column() + " AND l.team_id = ? AND"
                            + " (s.shared OR s.assignment_id IN (SELECT a.id FROM assignments a WHERE a.team_id = ?)))",
                    teamId,
                    teamId));
        }
        out.sort(java.util.Comparator.comparing(DisputeView::at));
        return out;
    }

    private Optional<DisputeView> byId(String id) {
        return disputesWhere("d.id = ?", id).stream().findFirst();
    }

    private List<DisputeView> disputesWhere(String where, String... params) {
        return jdbc.sql("SELECT d.id, COALESCE(d.session_id, d.conversation_id), d.turn, d.category, d.quote,"
                        + " d.reason, d.state, d.settled_by, d.settle_note, d.created_at, d.session_id"
                        + " FROM finding_disputes d WHERE " + where + " ORDER BY d.created_at, d.id")
                .params((Object[]) params)
                .query((r, n) -> new DisputeView(
                        r.getString(1),
                        r.getString(2),
                        r.getString(11) != null ? Subject.Kind.RUN : Subject.Kind.CONVERSATION,
                        r.getInt(3),
                        FindingCategory.byId(r.getString(4)).orElseThrow(),
                        r.getString(5),
                        r.getString(6),
                        DisputeState.valueOf(r.getString(7).toUpperCase(Locale.ROOT)),
                        Optional.ofNullable(r.getString(8)),
                        Optional.ofNullable(r.getString(9)),
                        r.getObject(10, OffsetDateTime.class).toInstant()))
                .list();
    }

    /** Returns a team the caller coaches in which the subject's owner learns, for the audit log. */
    private Optional<String> teamOf(Subject subject, String coach) {
        return jdbc
                .sql("SELECT c.team_id FROM team_members l JOIN team_members c ON c.team_id = l.team_id"
                        + " AND c.username = ? AND c.role = 'coach' WHERE l.username = ? ORDER BY c.team_id")
                .params(coach, subject.owner())
                .query(String.class)
                .list()
                .stream()
                .findFirst();
    }

    private static String name(Subject s) {
        return (s.kind() == Subject.Kind.RUN ? "run " : "conversation ") + s.id();
    }

    private static String clip(String quote) {
        return quote.length() <= 2000 ? quote : quote.substring(0, 1997) + "...";
    }
}
