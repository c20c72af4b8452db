package dev.spar.web.teams;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.spar.teams.Check;
import dev.spar.teams.Criterion;
import dev.spar.teams.Mark;
import dev.spar.teams.Override;
import dev.spar.teams.Scale;
import dev.spar.teams.Scorecard;
import dev.spar.teams.ScorecardResult;
import dev.spar.teams.ScorecardScorer;
import dev.spar.web.practice.NotFound;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A team's scorecard and the runs scored on it: criteria scored from Spar's findings (explained with the learner's
 * quotes) or marked by a coach, a coach's overrides with their reasons.
 */
@Service
public class Scorecards {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_REASON = 500;

    private final JdbcClient jdbc;
    private final TeamAccess access;
    private final Subjects subjects;
    private final AuditLog audit;
    private final Clock clock;

    Scorecards(JdbcClient jdbc, TeamAccess access, Subjects subjects, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.subjects = subjects;
        this.audit = audit;
        this.clock = clock;
    }

    /** A scorecard as JSON: what the API takes and returns. */
    public record CardJson(String name, List<CriterionJson> criteria) {}

    /**
     * One criterion as JSON.
     *
     * @param scale {@code yes-no} or {@code 1-5}
     * @param check the automatic check's id ({@code no-blame}...), or absent for one a coach marks by hand
     */
    public record CriterionJson(String id, String name, Integer weight, String scale, String check, Boolean critical) {}

    /** Returns the team's scorecard (the default for a support team until a coach sets one); its members only. */
    public Scorecard card(String teamId) {
        access.requireMember(teamId);
        return cardOf(teamId);
    }

    Scorecard cardOf(String teamId) {
        return jdbc.sql("SELECT card FROM scorecards WHERE team_id = ?")
                .param(teamId)
                .query(String.class)
                .optional()
                .map(Scorecards::parse)
                .orElseGet(Scorecard::serviceDefault);
    }

    /**
     * Sets the team's scorecard; coaches only.
     *
     * @throws IllegalArgumentException naming what is wrong with it
     */
    @Transactional
    public Scorecard set(String teamId, CardJson json) {
        String me = access.requireCoach(teamId);
        Scorecard card = card(json);
        String text = write(json(card));
        int n = jdbc.sql("UPDATE scorecards SET card = ?, updated_by = ?, updated_at = ? WHERE team_id = ?")
                .params(text, me, OffsetDateTime.now(clock), teamId)
                .update();
        if (n == 0) {
            jdbc.sql("INSERT INTO scorecards (team_id, card, updated_by, updated_at) VALUES (?, ?, ?, ?)")
                    .params(teamId, text, me, OffsetDateTime.now(clock))
                    .update();
        }
        audit.record(me, Optional.of(teamId), "scorecard.set", card.name());
        return card;
    }

    /**
     * Marks a criterion on a run of the team's by hand, or overrides its automatic mark; the reason is kept. Coaches
     * of the team who may see the run only.
     *
     * @param mark {@code yes}, {@code no}, {@code n/a} or 1 to 5
     */
    @Transactional
    public ScorecardResult mark(
            String teamId, String subjectId, String criterionId, String mark, String reason, boolean override) {
        String me = access.requireCoach(teamId);
        Subject subject = learners(teamId, subjectId);
        if (subject.owner().equals(me)) {
            throw notFound(subjectId);
        }
        Scorecard card = cardOf(teamId);
        Criterion criterion = card.criteria().stream()
                .filter(c -> c.id().equals(criterionId))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "The scorecard has no criterion '" + dev.spar.web.practice.Limits.shorten(criterionId) + "'."));
        Mark m = markOf(mark);
        if (!m.fits(criterion.scale())) {
            throw new IllegalArgumentException("'" + criterion.name() + "' is marked "
                    + (criterion.scale() == Scale.YES_NO ? "yes, no or n/a" : "1 to 5 or n/a") + ".");
        }
        String why = reason == null || reason.isBlank() ? null : Text.required(reason, "The reason", MAX_REASON);
        if (override && why == null) {
            throw new IllegalArgumentException("Say why you override Spar's mark: the learner reads the reason.");
        }
        jdbc.sql("DELETE FROM scorecard_marks WHERE team_id = ? AND " + subject.column()
                        + " = ? AND criterion = ? AND override = ?")
                .params(teamId, subjectId, criterionId, override)
                .update();
        jdbc.sql(
                        "INSERT INTO scorecard_marks (id, team_id, " + subject.column()
                                + ", criterion, mark, reason, override, marked_by, marked_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        java.util.UUID.randomUUID().toString(),
                        teamId,
                        subjectId,
                        criterionId,
                        id(m),
                        why,
                        override,
                        me,
                        OffsetDateTime.now(clock))
                .update();
        audit.record(
                me,
                Optional.of(teamId),
                override ? "scorecard.override" : "scorecard.mark",
                criterionId + " = " + id(m) + " on " + subject.kind().name().toLowerCase(Locale.ROOT) + " "
                        + subjectId);
        return resultOf(teamId, subject, subjects.evidence(subject));
    }

    /**
     * Returns a run or reviewed conversation of a team's learner scored on the team's card: for the team's coaches who
     * may see it, and for its owner.
     */
    public ScorecardResult result(String teamId, String subjectId) {
        access.requireMember(teamId);
        Subject subject = learners(teamId, subjectId);
        return resultOf(teamId, subject, subjects.evidence(subject));
    }

    /** A run scored on the card of one team. */
    public record TeamResult(String teamId, String teamName, ScorecardResult result) {}

    /**
     * Returns a run or reviewed conversation scored on the card of each team in which the caller reads it: as its
     * owner, each team they learn in; as a coach, each team they coach in which the owner learns and it is shared or
     * was assigned.
     *
     * @throws NotFound if the caller may not read it
     */
    public List<TeamResult> resultsFor(String subjectId) {
        String me = access.me();
        Subject subject = access.subject(subjectId);
        boolean mine = subject.owner().equals(me);
        List<String[]> teams = jdbc.sql("SELECT t.id, t.name FROM teams t"
                        + " JOIN team_members l ON l.team_id = t.id AND l.username = ? AND l.role = 'learner'"
                        + " JOIN team_members c ON c.team_id = t.id AND c.username = ? AND c.role = ?"
                        + " WHERE ? OR EXISTS (SELECT 1 FROM " + subject.kind().table() + " s WHERE s.id = ? AND"
                        + " (s.shared OR s.assignment_id IN (SELECT a.id FROM assignments a WHERE a.team_id = t.id)))"
                        + " ORDER BY t.name, t.id")
                .params(subject.owner(), me, mine ? Role.LEARNER.id() : Role.COACH.id(), mine, subjectId)
                .query((r, n) -> new String[] {r.getString(1), r.getString(2)})
                .list();
        if (teams.isEmpty()) {
            return List.of();
        }
        List<dev.spar.teams.Evidence> evidence = subjects.evidence(subject);
        return teams.stream()
                .map(t -> new TeamResult(t[0], t[1], resultOf(t[0], subject, evidence)))
                .toList();
    }

    /** Returns a subject scored on the team's card from its findings and the marks coaches gave it, unchecked. */
    ScorecardResult resultOf(String teamId, Subject subject, List<dev.spar.teams.Evidence> evidence) {
        // a finding a coach overturned on dispute no longer counts against the learner
        java.util.Set<String> overturned = new java.util.HashSet<>(jdbc.sql("SELECT turn, category FROM"
                        + " finding_disputes WHERE " + subject.column() + " = ? AND state = 'overturned'")
                .param(subject.id())
                .query((r, n) -> r.getInt(1) + ":" + r.getString(2))
                .list());
        List<dev.spar.teams.Evidence> standing = overturned.isEmpty()
                ? evidence
                : evidence.stream()
                        .filter(e -> !overturned.contains(
                                e.turn() + ":" + e.category().id()))
                        .toList();
        Map<String, Mark> hand = new LinkedHashMap<>();
        List<Override> overrides = new ArrayList<>();
        jdbc.sql("SELECT criterion, mark, reason, override, marked_by FROM scorecard_marks WHERE team_id = ?" + " AND "
                        + subject.column() + " = ? ORDER BY marked_at")
                .params(teamId, subject.id())
                .query((r, n) -> {
                    Mark m = markOf(r.getString(2));
                    if (r.getBoolean(4)) {
                        overrides.add(new Override(r.getString(1), m, r.getString(3), r.getString(5)));
                    } else {
                        hand.put(r.getString(1), m);
                    }
                    return 0;
                })
                .list();
        return ScorecardScorer.score(cardOf(teamId), standing, hand, overrides);
    }

    /** Returns the subject if the caller may see it and it is a learner's of this team. */
    private Subject learners(String teamId, String subjectId) {
        Subject subject = access.subject(subjectId);
        if (access.role(teamId, subject.owner()).orElse(null) != Role.LEARNER) {
            throw notFound(subjectId);
        }
        return subject;
    }

    private static NotFound notFound(String id) {
        return new NotFound("There is no run or conversation '" + dev.spar.web.practice.Limits.shorten(id)
                + "' of this team's learners you can see.");
    }

    /** Returns the id a check goes by in JSON: {@code no-blame}. */
    public static String id(Check check) {
        return check.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Returns a scale's id in JSON: {@code yes-no} or {@code 1-5}. */
    public static String id(Scale scale) {
        return scale == Scale.YES_NO ? "yes-no" : "1-5";
    }

    /** Returns a mark as stored and sent: yes, no, n/a, or 1 to 5. */
    public static String id(Mark mark) {
        return switch (mark) {
            case Mark.Yes y -> "yes";
            case Mark.No n -> "no";
            case Mark.Points p -> Integer.toString(p.value());
            case Mark.NotApplicable na -> "n/a";
        };
    }

    static Mark markOf(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "yes" -> Mark.yes();
            case "no" -> Mark.no();
            case "n/a", "na", "not applicable" -> Mark.notApplicable();
            case "1", "2", "3", "4", "5" -> Mark.points(Integer.parseInt(t));
            default -> throw new IllegalArgumentException("A mark is yes, no, n/a, or 1 to 5.");
        };
    }

    /** Returns the card as JSON. */
    public static CardJson json(Scorecard card) {
        return new CardJson(
                card.name(),
                card.criteria().stream()
                        .map(c -> new CriterionJson(
                                c.id(),
                                c.name(),
                                c.weight(),
                                id(c.scale()),
                                c.check().map(Scorecards::id).orElse(null),
                                c.critical()))
                        .toList());
    }

    /**
     * Reads a card from JSON.
     *
     * @throws IllegalArgumentException naming the criterion and what is wrong
     */
    static Scorecard card(CardJson json) {
        if (json == null || json.criteria() == null) {
            throw new IllegalArgumentException(
                    "Send the card as {\"name\": \"...\", \"criteria\": [{\"id\", \"name\", \"weight\", \"scale\","
                            + " \"check\", \"critical\"}]}.");
        }
        List<Criterion> criteria = new ArrayList<>();
        int i = 0;
        for (CriterionJson c : json.criteria()) {
            i++;
            if (c == null) {
                throw new IllegalArgumentException("Criterion " + i + " is empty.");
            }
            try {
                Scale scale =
                        switch (c.scale() == null ? "yes-no" : c.scale()) {
                            case "yes-no" -> Scale.YES_NO;
                            case "1-5" -> Scale.ONE_TO_FIVE;
                            default -> throw new IllegalArgumentException("the scale is 'yes-no' or '1-5'");
                        };
                Optional<Check> check =
                        c.check() == null || c.check().isBlank() ? Optional.empty() : Optional.of(check(c.check()));
                criteria.add(new Criterion(
                        c.id(),
                        c.name(),
                        c.weight() == null ? 1 : c.weight(),
                        scale,
                        check,
                        Boolean.TRUE.equals(c.critical())));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Criterion " + i + ": " + e.getMessage(), e);
            }
        }
        return new Scorecard(json.name(), criteria);
    }

    private static Check check(String id) {
        for (Check c : Check.values()) {
            if (id(c).equals(id.strip())) {
                return c;
            }
        }
        throw new IllegalArgumentException("there is no check '" + dev.spar.web.practice.Limits.shorten(id)
                + "'; the checks are "
                + String.join(
                        ", ",
                        java.util.Arrays.stream(Check.values())
                                .map(Scorecards::id)
                                .toList()));
    }

    private static Scorecard parse(String text) {
        try {
            return card(JSON.readValue(text, CardJson.class));
        } catch (JsonProcessingException e) {
            return Scorecard.serviceDefault();
        }
    }

    private static String write(CardJson card) {
        try {
            return JSON.writeValueAsString(card);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the scorecard could not be written", e);
        }
    }
}
