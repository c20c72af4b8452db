package dev.spar.web.teams;

import dev.spar.coaching.Skill;
import dev.spar.teams.DisputeTally;
import dev.spar.teams.Evidence;
import dev.spar.teams.ScorecardResult;
import dev.spar.teams.TeamHabit;
import dev.spar.teams.TeamHabits;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What a coach sees of a team at a glance: completion of assignments, each learner's scores over time, the team's
 * skills week by week, the habits that keep coming back (with quotes), how far the team trusts the automatic reading
 * (disputes upheld per category) and the scorecard. Only runs learners shared or made for an assignment count; private
 * practice never does.
 */
@Service
public class TeamDashboard {
    /** How many of the latest visible runs the habits, skills and scorecard read (the scores read all of them). */
    static final int RECENT = 300;

    private static final int SCORED = 50;

    private final JdbcClient jdbc;
    private final TeamAccess access;
    private final Teams teams;
    private final AssignmentBook assignments;
    private final Feedback feedback;
    private final Scorecards scorecards;

    TeamDashboard(
            JdbcClient jdbc,
            TeamAccess access,
            Teams teams,
            AssignmentBook assignments,
            Feedback feedback,
            Scorecards scorecards) {
        this.jdbc = jdbc;
        this.access = access;
        this.teams = teams;
        this.assignments = assignments;
        this.feedback = feedback;
        this.scorecards = scorecards;
    }

    /** One run a coach may see. */
    public record VisibleRun(
            String id,
            String owner,
            String scenarioTitle,
            Instant at,
            boolean ended,
            OptionalInt score,
            boolean shared,
            Optional<String> assignmentId) {}

    /** A learner's line on the dashboard. */
    public record Learner(
            String username,
            int runs,
            OptionalInt lastScore,
            OptionalInt bestScore,
            List<Point> scores,
            int assignmentsDue,
            int assignmentsComplete) {}

    /** A score on a day. */
    public record Point(LocalDate day, int score) {}

    /** The team's average score on a skill in one week (its Monday). */
    public record WeekSkill(LocalDate week, Skill skill, int average, int runs) {}

    /** How the team does on its scorecard over the latest scored runs. */
    public record CardSummary(String name, int runs, OptionalInt averagePercent, int criticalFailures) {}

    /** The whole dashboard. */
    public record Dashboard(
            Teams.Team team,
            List<AssignmentBook.Progress> assignments,
            List<Learner> learners,
            List<WeekSkill> skills,
            List<TeamHabit> habits,
            List<DisputeTally> disputes,
            CardSummary scorecard,
            List<VisibleRun> recentRuns) {}

    /** Returns the dashboard of a team; its coaches only. */
    public Dashboard of(String teamId) {
        access.requireCoach(teamId);
        Teams.Team team = teams.get(teamId).team();
        List<AssignmentBook.Progress> progress = assignments.ofTeam(teamId);
        List<VisibleRun> runs = visibleRuns(teamId);
        // Grouped once by person (each list newest first, as the runs are), not filtered again for each learner.
        Map<String, List<VisibleRun>> runsOf = new HashMap<>();
        for (VisibleRun r : runs) {
            runsOf.computeIfAbsent(r.owner(), k -> new ArrayList<>()).add(r);
        }
        Map<String, int[]> standings = new HashMap<>(); // per person: assignments due, complete
        for (AssignmentBook.Progress p : progress) {
            for (AssignmentBook.PersonStanding s : p.people()) {
                int[] counts = standings.computeIfAbsent(s.username(), k -> new int[2]);
                counts[0]++;
                switch (s.standing().status()) {
                    case PASSED, DONE -> counts[1]++;
                    default -> {}
                }
            }
        }
        List<Learner> learners = new ArrayList<>();
        for (String person : teams.learnersOf(teamId)) {
            List<VisibleRun> theirs = runsOf.getOrDefault(person, List.of());
            List<Point> points = new ArrayList<>();
            for (VisibleRun r : theirs.reversed()) {
                if (r.ended() && r.score().isPresent()) {
                    points.add(new Point(
                            r.at().atOffset(ZoneOffset.UTC).toLocalDate(),
                            r.score().getAsInt()));
                }
            }
            int[] counts = standings.getOrDefault(person, new int[2]);
            learners.add(new Learner(
                    person,
                    theirs.size(),
                    points.isEmpty()
                            ? OptionalInt.empty()
                            : OptionalInt.of(points.getLast().score()),
                    points.stream().mapToInt(Point::score).max(),
                    points,
                    counts[0],
                    counts[1]));
        }
        List<VisibleRun> recent =
                runs.stream().filter(VisibleRun::ended).limit(RECENT).toList();
        Map<String, StoredRun> read = reports(recent);
        Map<String, List<Evidence>> byPerson = new LinkedHashMap<>();
        Map<LocalDate, Map<Skill, int[]>> weeks = new TreeMap<>();
        for (VisibleRun r : recent) {
            StoredRun s = read.getOrDefault(r.id(), new StoredRun(List.of(), Map.of()));
            byPerson.computeIfAbsent(r.owner(), k -> new ArrayList<>()).addAll(s.evidence());
            LocalDate week = r.at().atOffset(ZoneOffset.UTC)
                    .toLocalDate()
                    .with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
            s.skills().forEach((skill, v) -> {
                int[] sum =
                        weeks.computeIfAbsent(week, k -> new LinkedHashMap<>()).computeIfAbsent(skill, k -> new int[2]);
                sum[0] += v;
                sum[1]++;
            });
        }
        List<WeekSkill> skills = new ArrayList<>();
        weeks.forEach((week, bySkill) -> bySkill.forEach(
                (skill, sum) -> skills.add(new WeekSkill(week, skill, Math.round((float) sum[0] / sum[1]), sum[1]))));
        return new Dashboard(
                team,
                progress,
                learners,
                skills,
                TeamHabits.habits(byPerson, 2),
                feedback.tally(teamId),
                card(teamId, recent, read),
                runs.stream().limit(20).toList());
    }

    private CardSummary card(String teamId, List<VisibleRun> recent, Map<String, StoredRun> read) {
        var card = scorecards.cardOf(teamId);
        int scored = 0;
        int sum = 0;
        int counted = 0;
        int critical = 0;
        for (VisibleRun r : recent.stream().limit(SCORED).toList()) {
            ScorecardResult result = scorecards.resultOf(
                    teamId,
                    new Subject(Subject.Kind.RUN, r.id(), r.owner()),
                    read.getOrDefault(r.id(), new StoredRun(List.of(), Map.of()))
                            .evidence());
            scored++;
            if (result.failedCritical()) {
                critical++;
            }
            if (result.percent().isPresent()) {
                sum += result.percent().getAsInt();
                counted++;
            }
        }
        return new CardSummary(
                card.name(),
                scored,
                counted == 0 ? OptionalInt.empty() : OptionalInt.of(Math.round((float) sum / counted)),
                critical);
    }

    /** Returns the runs of the team's learners its coaches may see, newest first. */
    List<VisibleRun> visibleRuns(String teamId) {
        return jdbc.sql("SELECT s.id, s.owner, s.scenario_title, s.created_at, s.ended, s.score, s.shared,"
                        + " s.assignment_id FROM practice_sessions s JOIN team_members l ON l.username = s.owner"
                        + " AND l.team_id = ? AND l.role = 'learner' WHERE s.shared OR s.assignment_id IN"
                        + " (SELECT a.id FROM assignments a WHERE a.team_id = ?) ORDER BY s.created_at DESC, s.id")
                .params(teamId, teamId)
                .query((r, n) -> new VisibleRun(
                        r.getString(1),
                        r.getString(2),
                        r.getString(3),
                        r.getObject(4, OffsetDateTime.class).toInstant(),
                        r.getBoolean(5),
                        r.getObject(6) instanceof Number s ? OptionalInt.of(s.intValue()) : OptionalInt.empty(),
                        r.getBoolean(7),
                        Optional.ofNullable(r.getString(8))))
                .list();
    }

    private Map<String, StoredRun> reports(List<VisibleRun> runs) {
        Map<String, StoredRun> out = new LinkedHashMap<>();
        List<String> ids = runs.stream().map(VisibleRun::id).toList();
        for (int from = 0; from < ids.size(); from += 100) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + 100));
            String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
            jdbc.sql("SELECT id, critique FROM practice_sessions WHERE id IN (" + marks + ")")
                    .params(chunk.toArray())
                    .query((r, n) -> out.put(r.getString(1), StoredRun.read(Optional.ofNullable(r.getString(2)))))
                    .list();
        }
        return out;
    }
}
