package dev.spar.web.teams;

import dev.spar.scenario.Scenario;
import dev.spar.teams.AssignmentStatus;
import dev.spar.teams.Attempt;
import dev.spar.teams.PassRule;
import dev.spar.teams.Standing;
import dev.spar.web.practice.Limits;
import dev.spar.web.practice.NotFound;
import dev.spar.web.practice.PracticeService;
import dev.spar.web.practice.ScenarioCatalog;
import dev.spar.web.practice.SessionView;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Work a coach gives a team: a scenario to practise or a reply to rewrite, with a due date and an optional pass rule;
 * and where each person stands on it.
 */
@Service
public class AssignmentBook {
    private static final Duration LONGEST = Duration.ofDays(366);
    private static final int MAX_NOTE = 2000;
    private static final int MAX_TITLE = 200;

    private final JdbcClient jdbc;
    private final TeamAccess access;
    private final Teams teams;
    private final ScenarioCatalog catalog;
    private final PracticeService practice;
    private final AuditLog audit;
    private final Clock clock;

    AssignmentBook(
            JdbcClient jdbc,
            TeamAccess access,
            Teams teams,
            ScenarioCatalog catalog,
            PracticeService practice,
            AuditLog audit,
            Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.teams = teams;
        this.catalog = catalog;
        this.practice = practice;
        this.audit = audit;
        this.clock = clock;
    }

    /** What an assignment asks for. */
    public enum Kind {
        /** Practise a scenario. */
        SCENARIO,
        /** Rewrite a real reply with a named pattern (a team drill). */
        DRILL,
        /** Have one of one's own real conversations reviewed, and submit the review. */
        REVIEW;

        String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        static Kind of(String id) {
            for (Kind k : values()) {
                if (k.id().equals(id)) {
                    return k;
                }
            }
            throw new IllegalArgumentException("The kind is 'scenario', 'drill' or 'review'.");
        }
    }

    /** A new assignment as a coach asks for it. */
    public record Request(
            String kind,
            String title,
            String scenarioId,
            String drillId,
            String due,
            Integer minScore,
            Integer attempts,
            String note,
            List<String> people) {}

    /** An assignment. */
    public record Assignment(
            String id,
            String teamId,
            Kind kind,
            String title,
            Optional<String> scenarioId,
            Optional<String> drillId,
            Optional<String> note,
            Instant due,
            PassRule rule,
            List<String> people,
            String createdBy,
            Instant createdAt) {}

    /** One person's standing on an assignment, with their attempts. */
    public record PersonStanding(String username, Standing standing, List<Attempt> attempts) {}

    /** An assignment with where each person it is for stands. */
    public record Progress(Assignment assignment, List<PersonStanding> people) {

        /** Returns how many have passed or are done. */
        public int complete() {
            return (int) people.stream()
                    .filter(p -> p.standing().status() == AssignmentStatus.PASSED
                            || p.standing().status() == AssignmentStatus.DONE)
                    .count();
        }
    }

    /** An assignment as the learner it is for sees it. */
    public record Mine(Assignment assignment, String teamName, Standing standing) {}

    /**
     * Assigns a scenario (one the coach can see, kept as it is now) or a team drill to the team or some of its
     * learners.
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    @Transactional
    public Assignment create(String teamId, Request request) {
        String me = access.requireCoach(teamId);
        Instant due = due(request.due());
        PassRule rule = rule(request.minScore(), request.attempts());
        String note = note(request.note());
        List<String> people = people(teamId, request.people());
        String id = UUID.randomUUID().toString();
        Instant now = clock.instant();
        Kind kind;
        String title;
        String scenarioId = null;
        String yaml = null;
        String drillId = null;
        Kind asked = request.kind() == null
                ? request.drillId() != null ? Kind.DRILL : Kind.SCENARIO
                : Kind.of(request.kind().strip().toLowerCase(java.util.Locale.ROOT));
        if (asked == Kind.REVIEW) {
            kind = Kind.REVIEW;
            title = request.title() == null || request.title().isBlank()
                    ? "Have a real conversation reviewed"
                    : Text.required(request.title(), "The title", MAX_TITLE);
        } else if (asked == Kind.DRILL) {
            if (request.drillId() == null) {
                throw new IllegalArgumentException(
                        "Say which drill: {\"drillId\": \"...\"} (GET /api/teams/{id}/drills).");
            }
            kind = Kind.DRILL;
            TeamAccess.checkId(request.drillId());
            drillId = request.drillId();
            title = jdbc.sql("SELECT pattern FROM team_drills WHERE id = ? AND team_id = ?")
                    .params(drillId, teamId)
                    .query(String.class)
                    .optional()
                    .map(p -> "Drill: "
                            + dev.spar.review.Drill.Pattern.byId(p)
                                    .map(dev.spar.review.Drill.Pattern::title)
                                    .orElse(p))
                    .orElseThrow(() -> new NotFound("There is no drill '" + request.drillId() + "' in this team."));
        } else {
            if (request.scenarioId() == null || request.scenarioId().isBlank()) {
                throw new IllegalArgumentException(
                        "Say what to practise: {\"scenarioId\": \"refund-outside-window\", \"due\": \"2026-12-31\"}.");
            }
            kind = Kind.SCENARIO;
            Scenario scenario = catalog.find(me, Limits.id(request.scenarioId()))
                    .orElseThrow(() -> new NotFound("There is no scenario '" + request.scenarioId()
                            + "'. The library lists the ids (GET /api/scenarios)."));
            scenarioId = scenario.id();
            yaml = catalog.yaml(scenario);
            title = scenario.title();
        }
        jdbc.sql(
                        "INSERT INTO assignments (id, team_id, kind, title, scenario_id, scenario_yaml, drill_id, note, due,"
                                + " min_score, attempts, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        id,
                        teamId,
                        kind.id(),
                        title,
                        scenarioId,
                        yaml,
                        drillId,
                        note,
                        AuditLog.at(due),
                        boxed(rule.minScore()),
                        boxed(rule.attemptsAllowed()),
                        me,
                        AuditLog.at(now))
                .update();
        for (String p : people) {
            jdbc.sql("INSERT INTO assignment_people (assignment_id, username) VALUES (?, ?)")
                    .params(id, p)
                    .update();
        }
        audit.record(me, Optional.of(teamId), "assignment.create", title + " due " + due);
        return new Assignment(
                id,
                teamId,
                kind,
                title,
                Optional.ofNullable(scenarioId),
                Optional.ofNullable(drillId),
                Optional.ofNullable(note),
                due,
                rule,
                people,
                me,
                now);
    }

    /** Returns the team's assignments, latest due first, each with where its people stand; coaches only. */
    public List<Progress> ofTeam(String teamId) {
        access.requireCoach(teamId);
        return progressOf(teamId);
    }

    /** Returns the team's assignments with where its people stand, unchecked. */
    List<Progress> progressOf(String teamId) {
        Instant now = clock.instant();
        List<String> learners = teams.learnersOf(teamId);
        List<Assignment> all = assignments("a.team_id = ?", teamId);
        Map<String, Map<String, List<Attempt>>> attempts = attemptsOfTeam(teamId);
        List<Progress> out = new ArrayList<>();
        for (Assignment a : all) {
            List<String> who = a.people().isEmpty() ? learners : a.people();
            Map<String, List<Attempt>> byPerson = attempts.getOrDefault(a.id(), Map.of());
            out.add(new Progress(
                    a,
                    who.stream()
                            .map(p -> {
                                List<Attempt> tries = byPerson.getOrDefault(p, List.of());
                                return new PersonStanding(
                                        p, dev.spar.teams.Assignments.standing(a.rule(), a.due(), now, tries), tries);
                            })
                            .toList()));
        }
        return out;
    }

    /** Returns one assignment of the team with where each person stands; coaches only. */
    public Progress get(String teamId, String assignmentId) {
        TeamAccess.checkId(assignmentId);
        return ofTeam(teamId).stream()
                .filter(p -> p.assignment().id().equals(assignmentId))
                .findFirst()
                .orElseThrow(() -> new NotFound("There is no assignment '" + assignmentId + "' in this team."));
    }

    /** Returns the caller's assignments in all their teams, soonest due first, with where they stand. */
    public List<Mine> mine() {
        String me = access.me();
        Instant now = clock.instant();
        List<Mine> out = new ArrayList<>();
        List<Assignment> all = assignments(
                "a.team_id IN (SELECT team_id FROM team_members WHERE username = ? AND role = 'learner')", me);
        for (Assignment a : all) {
            if (!a.people().isEmpty() && !a.people().contains(me)) {
                continue;
            }
            List<Attempt> tries = attempts(a, me);
            out.add(new Mine(
                    a, teamName(a.teamId()), dev.spar.teams.Assignments.standing(a.rule(), a.due(), now, tries)));
        }
        out.sort(java.util.Comparator.comparing((Mine m) -> m.assignment().due()));
        return out;
    }

    /**
     * Starts a run that answers one of the caller's scenario assignments.
     *
     * @throws NotFound if it is not the caller's
     * @throws IllegalStateException if it is a drill, or the attempts allowed are used up
     */
    public SessionView start(String assignmentId) {
        String me = access.me();
        Mine mine = mineById(assignmentId);
        Assignment a = mine.assignment();
        if (a.kind() != Kind.SCENARIO) {
            throw new IllegalStateException(
                    a.kind() == Kind.DRILL
                            ? "This assignment is a drill: answer it with a rewrite, not a run."
                            : "This assignment asks for a real conversation: import it under Real conversations and submit"
                                    + " it.");
        }
        checkAttemptsLeft(mine);
        String yaml = jdbc.sql("SELECT scenario_yaml FROM assignments WHERE id = ?")
                .param(a.id())
                .query(String.class)
                .single();
        return practice.startAssigned(me, a.scenarioId().orElseThrow(), yaml, a.id());
    }

    /**
     * Submits one of the caller's reviewed real conversations as an attempt at a review assignment of theirs.
     *
     * @throws NotFound if the assignment or the conversation is not the caller's
     * @throws IllegalStateException if the assignment is not a review, or its attempts are used up
     */
    @Transactional
    public Mine submit(String assignmentId, String conversationId) {
        String me = access.me();
        Mine mine = mineById(assignmentId);
        if (mine.assignment().kind() != Kind.REVIEW) {
            throw new IllegalStateException(
                    "This assignment is a " + mine.assignment().kind().id() + ", not a conversation to review.");
        }
        checkAttemptsLeft(mine);
        TeamAccess.checkId(conversationId);
        int n = jdbc.sql("UPDATE reviewed_conversations SET assignment_id = ? WHERE id = ? AND owner = ?"
                        + " AND assignment_id IS NULL")
                .params(assignmentId, conversationId, me)
                .update();
        if (n == 0) {
            throw new NotFound("There is no reviewed conversation '" + conversationId
                    + "' of yours that answers no assignment yet.");
        }
        return mineById(assignmentId);
    }

    /** One of the caller's reviewed conversations that answers no assignment yet. */
    public record Reviewable(String id, String source, int score, Instant at) {}

    /** Returns the caller's latest reviewed conversations that answer no assignment yet, newest first. */
    public List<Reviewable> reviewable() {
        return jdbc.sql("SELECT id, source, score, created_at FROM reviewed_conversations WHERE owner = ?"
                        + " AND assignment_id IS NULL ORDER BY created_at DESC, id LIMIT 20")
                .param(access.me())
                .query((r, n) -> new Reviewable(
                        r.getString(1),
                        r.getString(2),
                        r.getInt(3),
                        r.getObject(4, OffsetDateTime.class).toInstant()))
                .list();
    }

    /** Deletes an assignment; the runs made for it stay their owners'. Coaches only. */
    @Transactional
    public void delete(String teamId, String assignmentId) {
        String me = access.requireCoach(teamId);
        TeamAccess.checkId(assignmentId);
        int n = jdbc.sql("DELETE FROM assignments WHERE id = ? AND team_id = ?")
                .params(assignmentId, teamId)
                .update();
        if (n == 0) {
            throw new NotFound("There is no assignment '" + assignmentId + "' in this team.");
        }
        for (Subject.Kind kind : Subject.Kind.values()) {
            jdbc.sql("UPDATE " + kind.table() + " SET assignment_id = NULL WHERE assignment_id = ?")
                    .param(assignmentId)
                    .update();
        }
        audit.record(me, Optional.of(teamId), "assignment.delete", assignmentId);
    }

    private Mine mineById(String assignmentId) {
        return mine().stream()
                .filter(m -> m.assignment().id().equals(assignmentId))
                .findFirst()
                .orElseThrow(
                        () -> new NotFound("There is no assignment '" + Limits.shorten(assignmentId) + "' for you."));
    }

    private static void checkAttemptsLeft(Mine mine) {
        OptionalInt left = mine.standing().attemptsLeft();
        if (left.isPresent() && left.getAsInt() <= 0) {
            throw new IllegalStateException("You have used the "
                    + mine.assignment().rule().attemptsAllowed().getAsInt()
                    + " attempts this assignment allows. Practise on your own from the library.");
        }
    }

    private String teamName(String teamId) {
        return jdbc.sql("SELECT name FROM teams WHERE id = ?")
                .param(teamId)
                .query(String.class)
                .single();
    }

    private List<Assignment> assignments(String where, String param) {
        Map<String, List<String>> people = new LinkedHashMap<>();
        jdbc.sql("SELECT p.assignment_id, p.username FROM assignment_people p JOIN assignments a"
                        + " ON a.id = p.assignment_id WHERE " + where + " ORDER BY p.username")
                .param(param)
                .query((r, n) -> people.computeIfAbsent(r.getString(1), k -> new ArrayList<>())
                        .add(r.getString(2)))
                .list();
        return jdbc.sql("SELECT a.id, a.team_id, a.kind, a.title, a.scenario_id, a.drill_id, a.note, a.due,"
                        + " a.min_score, a.attempts, a.created_by, a.created_at FROM assignments a WHERE " + where
                        + " ORDER BY a.due DESC, a.id")
                .param(param)
                .query((r, n) -> new Assignment(
                        r.getString(1),
                        r.getString(2),
                        Kind.of(r.getString(3)),
                        r.getString(4),
                        Optional.ofNullable(r.getString(5)),
                        Optional.ofNullable(r.getString(6)),
                        Optional.ofNullable(r.getString(7)),
                        r.getObject(8, OffsetDateTime.class).toInstant(),
                        new PassRule(optional(r.getObject(9)), optional(r.getObject(10))),
                        List.copyOf(people.getOrDefault(r.getString(1), List.of())),
                        r.getString(11),
                        r.getObject(12, OffsetDateTime.class).toInstant()))
                .list();
    }

    /** Every attempt at the team's assignments, by assignment then person, in start order. */
    private Map<String, Map<String, List<Attempt>>> attemptsOfTeam(String teamId) {
        Map<String, Map<String, List<Attempt>>> out = new LinkedHashMap<>();
        jdbc.sql("SELECT s.assignment_id, s.owner, s.id, s.created_at, s.ended, s.score FROM practice_sessions s"
                        + " JOIN assignments a ON a.id = s.assignment_id WHERE a.team_id = ? ORDER BY s.created_at")
                .param(teamId)
                .query((r, n) -> out.computeIfAbsent(r.getString(1), k -> new LinkedHashMap<>())
                        .computeIfAbsent(r.getString(2), k -> new ArrayList<>())
                        .add(new Attempt(
                                r.getString(3),
                                r.getObject(4, OffsetDateTime.class).toInstant(),
                                r.getBoolean(5),
                                optional(r.getObject(6)))))
                .list();
        jdbc.sql("SELECT c.assignment_id, c.owner, c.id, c.created_at, c.score FROM reviewed_conversations c"
                        + " JOIN assignments a ON a.id = c.assignment_id WHERE a.team_id = ? ORDER BY c.created_at")
                .param(teamId)
                .query((r, n) -> out.computeIfAbsent(r.getString(1), k -> new LinkedHashMap<>())
                        .computeIfAbsent(r.getString(2), k -> new ArrayList<>())
                        .add(Attempt.ended(
                                r.getString(3),
                                r.getObject(4, OffsetDateTime.class).toInstant(),
                                r.getInt(5))))
                .list();
        jdbc.sql("SELECT a.id, w.username, w.drill_id, w.created_at, w.score FROM drill_rewrites w"
                        + " JOIN assignments a ON a.drill_id = w.drill_id WHERE a.team_id = ? ORDER BY w.created_at")
                .param(teamId)
                .query((r, n) -> out.computeIfAbsent(r.getString(1), k -> new LinkedHashMap<>())
                        .computeIfAbsent(r.getString(2), k -> new ArrayList<>())
                        .add(new Attempt(
                                r.getString(3),
                                r.getObject(4, OffsetDateTime.class).toInstant(),
                                true,
                                OptionalInt.of(r.getInt(5)))))
                .list();
        return out;
    }

    private List<Attempt> attempts(Assignment a, String person) {
        if (a.kind() == Kind.REVIEW) {
            return jdbc.sql("SELECT id, created_at, score FROM reviewed_conversations WHERE assignment_id = ?"
                            + " AND owner = ? ORDER BY created_at")
                    .params(a.id(), person)
                    .query((r, n) -> Attempt.ended(
                            r.getString(1), r.getObject(2, OffsetDateTime.class).toInstant(), r.getInt(3)))
                    .list();
        }
        if (a.kind() == Kind.DRILL) {
            return jdbc.sql(
                            "SELECT drill_id, created_at, score FROM drill_rewrites WHERE drill_id = ? AND username = ?")
                    .params(a.drillId().orElseThrow(), person)
                    .query((r, n) -> new Attempt(
                            r.getString(1),
                            r.getObject(2, OffsetDateTime.class).toInstant(),
                            true,
                            OptionalInt.of(r.getInt(3))))
                    .list();
        }
        return jdbc.sql(
                        "SELECT id, created_at, ended, score FROM practice_sessions WHERE assignment_id = ? AND owner = ?"
                                + " ORDER BY created_at")
                .params(a.id(), person)
                .query((r, n) -> new Attempt(
                        r.getString(1),
                        r.getObject(2, OffsetDateTime.class).toInstant(),
                        r.getBoolean(3),
                        optional(r.getObject(4))))
                .list();
    }

    /**
     * Reads a due date: a day ({@code 2026-12-31}, due at its end, UTC) or a moment with its offset; it must be in
     * the coming year.
     */
    Instant due(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("Give a due date, as 2026-12-31.");
        }
        Instant due;
        try {
            due = text.strip().length() == 10
                    ? LocalDate.parse(text.strip())
                            .plusDays(1)
                            .atStartOfDay(ZoneOffset.UTC)
                            .toInstant()
                            .minusSeconds(1)
                    : OffsetDateTime.parse(text.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    "The due date '" + Limits.shorten(text) + "' is not a date: write it as 2026-12-31.", e);
        }
        Instant now = clock.instant();
        if (due.isBefore(now)) {
            throw new IllegalArgumentException("The due date is in the past; pick a later one.");
        }
        if (due.isAfter(now.plus(LONGEST))) {
            throw new IllegalArgumentException("The due date is more than a year away; pick a sooner one.");
        }
        return due;
    }

    private static PassRule rule(Integer minScore, Integer attempts) {
        return new PassRule(
                minScore == null ? OptionalInt.empty() : OptionalInt.of(minScore),
                attempts == null ? OptionalInt.empty() : OptionalInt.of(attempts));
    }

    private static String note(String note) {
        if (note == null || note.isBlank()) {
            return null;
        }
        String n = note.strip();
        if (n.length() > MAX_NOTE) {
            throw new IllegalArgumentException("Keep the note under " + MAX_NOTE + " characters.");
        }
        return Text.checked(n, "The note");
    }

    private List<String> people(String teamId, List<String> people) {
        if (people == null || people.isEmpty()) {
            return List.of();
        }
        List<String> learners = teams.learnersOf(teamId);
        List<String> out = new ArrayList<>();
        for (String p : people) {
            String name = p == null ? "" : p.strip().toLowerCase(java.util.Locale.ROOT);
            if (!learners.contains(name)) {
                throw new IllegalArgumentException(
                        "'" + Limits.shorten(name) + "' is not a learner in this team; assign to the team's learners.");
            }
            if (!out.contains(name)) {
                out.add(name);
            }
        }
        return out;
    }

    private static OptionalInt optional(Object value) {
        return value instanceof Number n ? OptionalInt.of(n.intValue()) : OptionalInt.empty();
    }

    private static Integer boxed(OptionalInt value) {
        return value.isPresent() ? value.getAsInt() : null;
    }
}
