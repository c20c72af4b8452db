package dev.spar.web.teams;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.spar.web.accounts.Accounts;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Teams and who is in them: administrators create teams, invite people and add or remove members. */
@Service
public class Teams {
    /** How long a team invitation can be used. */
    public static final Duration INVITATION_VALID = Duration.ofDays(14);

    /** The most people one CSV invites at once. */
    public static final int MAX_CSV_ROWS = 500;

    private static final int MAX_NAME = 100;

    private final JdbcClient jdbc;
    private final TeamAccess access;
    private final Accounts accounts;
    private final AuditLog audit;
    private final Clock clock;

    Teams(JdbcClient jdbc, TeamAccess access, Accounts accounts, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    /** A team. */
    public record Team(String id, String name, Instant createdAt) {}

    /** A team as its member or an administrator sees it, with the caller's role (empty for an administrator). */
    public record Membership(Team team, Optional<Role> role) {}

    /** A person in a team. */
    public record Member(String username, Role role, Instant joinedAt) {}

    /** An invitation into a team. */
    public record TeamInvitation(
            String code, String name, Role role, Instant expiresAt, Optional<String> usedBy, boolean revoked) {

        /** Returns whether it can still be used. */
        public boolean open(Instant now) {
            return usedBy.isEmpty() && !revoked && now.isBefore(expiresAt);
        }

        /** Returns how it stands, as people read it: {@code open}, {@code used by ...}, {@code revoked} or {@code expired}. */
        public String status(Instant now) {
            if (usedBy.isPresent()) {
                return "used by " + usedBy.get();
            }
            if (revoked) {
                return "revoked";
            }
            return now.isBefore(expiresAt) ? "open" : "expired";
        }
    }

    /** Creates a team; administrators only. */
    @Transactional
    public Team create(String name) {
        String me = access.requireAdmin();
        String checked = name(name);
        Team team = new Team(UUID.randomUUID().toString(), checked, clock.instant());
        jdbc.sql("INSERT INTO teams (id, name, created_by, created_at) VALUES (?, ?, ?, ?)")
                .params(team.id(), checked, me, AuditLog.at(team.createdAt()))
                .update();
        audit.record(me, Optional.of(team.id()), "team.create", checked);
        return team;
    }

    /** Returns the teams the caller is in (an administrator: every team), by name. */
    public List<Membership> mine() {
        String me = access.me();
        // an administrator sees every team, with their role where they have one
        String join = access.admin() ? " LEFT JOIN" : " JOIN";
        return jdbc.sql("SELECT t.id, t.name, t.created_at, m.role FROM teams t" + join
                        + " team_members m ON m.team_id = t.id AND m.username = ? ORDER BY t.name, t.id")
                .param(me)
                .query((r, n) -> new Membership(
                        new Team(
                                r.getString(1),
                                r.getString(2),
                                r.getObject(3, OffsetDateTime.class).toInstant()),
                        Optional.ofNullable(r.getString(4)).map(Role::of)))
                .list();
    }

    /**
     * Returns a team the caller may see.
     *
     * @throws dev.spar.web.practice.NotFound if they may not
     */
    public Membership get(String teamId) {
        Optional<Role> role = access.requireMember(teamId);
        Team team = jdbc.sql("SELECT id, name, created_at FROM teams WHERE id = ?")
                .param(teamId)
                .query((r, n) -> new Team(
                        r.getString(1),
                        r.getString(2),
                        r.getObject(3, OffsetDateTime.class).toInstant()))
                .single();
        return new Membership(team, role);
    }

    /** Returns a team's members by role then name; coaches and administrators only. */
    public List<Member> members(String teamId) {
        requireCoachOrAdmin(teamId);
        return membersOf(teamId);
    }

    /** Returns a team's members, unchecked, for the other parts of the team layer. */
    List<Member> membersOf(String teamId) {
        return jdbc.sql("SELECT username, role, joined_at FROM team_members WHERE team_id = ? ORDER BY role, username")
                .param(teamId)
                .query((r, n) -> new Member(
                        r.getString(1),
                        Role.of(r.getString(2)),
                        r.getObject(3, OffsetDateTime.class).toInstant()))
                .list();
    }

    /** Returns the team's learners' names, unchecked. */
    List<String> learnersOf(String teamId) {
        return membersOf(teamId).stream()
                .filter(m -> m.role() == Role.LEARNER)
                .map(Member::username)
                .toList();
    }

    /** Invites one person into the team with a role; returns the one-time sign-up code. Administrators only. */
    @Transactional
    public TeamInvitation invite(String teamId, String name, String role) {
        String me = access.requireAdminOf(teamId);
        String who = name(name);
        Role r = Role.of(role);
        String code = accounts.inviteToTeam(me, teamId, r.id(), who, INVITATION_VALID);
        audit.record(me, Optional.of(teamId), "invitation.create", who + " as " + r.id());
        return new TeamInvitation(code, who, r, clock.instant().plus(INVITATION_VALID), Optional.empty(), false);
    }

    /**
     * Invites everyone in a CSV with the columns {@code name}, {@code email} (optional, not kept) and {@code role}
     * (learner if empty); all or nothing.
     *
     * @throws IllegalArgumentException naming the line that is wrong
     */
    @Transactional
    public List<TeamInvitation> inviteAll(String teamId, String csv) {
        access.requireAdminOf(teamId);
        List<String[]> rows = rows(csv);
        List<TeamInvitation> made = new ArrayList<>();
        for (String[] row : rows) {
            made.add(invite(teamId, row[0], row[1]));
        }
        return made;
    }

    /** Adds a person who already has an account to the team, or changes their role. Administrators only. */
    @Transactional
    public Member add(String teamId, String username, String role) {
        String me = access.requireAdminOf(teamId);
        String who = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        Role r = Role.of(role);
        int known = jdbc.sql("SELECT COUNT(*) FROM users WHERE username = ?")
                .param(who)
                .query(Integer.class)
                .single();
        if (known == 0) {
            throw new IllegalArgumentException(
                    "There is no account '" + dev.spar.web.practice.Limits.shorten(who) + "'; invite them instead.");
        }
        Instant now = clock.instant();
        int changed = jdbc.sql("UPDATE team_members SET role = ? WHERE team_id = ? AND username = ?")
                .params(r.id(), teamId, who)
                .update();
        if (changed == 0) {
            jdbc.sql("INSERT INTO team_members (team_id, username, role, joined_at) VALUES (?, ?, ?, ?)")
                    .params(teamId, who, r.id(), AuditLog.at(now))
                    .update();
        }
        audit.record(me, Optional.of(teamId), "member.add", who + " as " + r.id());
        return new Member(who, r, now);
    }

    /** Removes a person from a team (their runs stay theirs). Administrators only. */
    @Transactional
    public void remove(String teamId, String username) {
        String me = access.requireAdminOf(teamId);
        int gone = jdbc.sql("DELETE FROM team_members WHERE team_id = ? AND username = ?")
                .params(teamId, username)
                .update();
        if (gone == 0) {
            throw new dev.spar.web.practice.NotFound(
                    "There is no member '" + dev.spar.web.practice.Limits.shorten(username) + "' in this team.");
        }
        audit.record(me, Optional.of(teamId), "member.remove", username);
    }

    /** Returns a team's invitations, newest first. Administrators only. */
    public List<TeamInvitation> invitations(String teamId) {
        access.requireAdminOf(teamId);
        return jdbc.sql("SELECT code, invited_name, team_role, expires_at, used_by, revoked FROM invitations"
                        + " WHERE team_id = ? ORDER BY created_at DESC")
                .param(teamId)
                .query((r, n) -> new TeamInvitation(
                        r.getString(1),
                        r.getString(2),
                        Role.of(r.getString(3)),
                        r.getObject(4, OffsetDateTime.class).toInstant(),
                        Optional.ofNullable(r.getString(5)),
                        r.getBoolean(6)))
                .list();
    }

    /** Revokes an unused invitation of a team. Administrators only. */
    @Transactional
    public void revoke(String teamId, String code) {
        String me = access.requireAdminOf(teamId);
        int n = jdbc.sql("UPDATE invitations SET revoked = TRUE WHERE team_id = ? AND code = ? AND used_by IS NULL")
                .params(teamId, code)
                .update();
        if (n == 0) {
            throw new dev.spar.web.practice.NotFound("There is no unused invitation with this code in this team.");
        }
        String who = jdbc.sql("SELECT invited_name FROM invitations WHERE code = ?")
                .param(code)
                .query(String.class)
                .optional()
                .orElse("?");
        audit.record(me, Optional.of(teamId), "invitation.revoke", who);
    }

    void requireCoachOrAdmin(String teamId) {
        Optional<Role> role = access.requireMember(teamId);
        if (role.orElse(null) != Role.COACH && !access.admin()) {
            throw new Forbidden("Only the team's coaches and administrators can see this.");
        }
    }

    private static String name(String name) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > MAX_NAME) {
            throw new IllegalArgumentException("Give a name of 1 to " + MAX_NAME + " characters.");
        }
        if (n.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("A name cannot hold control characters.");
        }
        return n;
    }

    /** Reads the CSV's rows as (name, role); a header row is taken when its first cell is "name". */
    private static List<String[]> rows(String csv) {
        if (csv == null || csv.isBlank()) {
            throw new IllegalArgumentException("The CSV is empty: one person a line, as name,email,role.");
        }
        // spreadsheets in many countries save CSV with semicolons: take the separator the first line uses
        String firstLine = csv.strip().lines().findFirst().orElse("");
        char separator = firstLine.indexOf(';') >= 0 && firstLine.indexOf(',') < 0
                ? ';'
                : firstLine.indexOf('\t') >= 0 && firstLine.indexOf(',') < 0 ? '\t' : ',';
        CsvMapper mapper = new CsvMapper()
                .enable(CsvParser.Feature.WRAP_AS_ARRAY)
                .enable(CsvParser.Feature.TRIM_SPACES)
                .enable(CsvParser.Feature.SKIP_EMPTY_LINES);
        List<String[]> out = new ArrayList<>();
        try (MappingIterator<List<String>> it = mapper.readerForListOf(String.class)
                .with(CsvSchema.emptySchema().withColumnSeparator(separator))
                .readValues(csv)) {
            int line = 0;
            while (it.hasNext()) {
                List<String> cells = it.next();
                line++;
                if (line == 1 && !cells.isEmpty() && "name".equalsIgnoreCase(cells.getFirst())) {
                    continue;
                }
                if (cells.isEmpty() || cells.getFirst().isBlank()) {
                    throw new IllegalArgumentException("Line " + line + " has no name.");
                }
                String role = cells.size() >= 3 && !cells.get(2).isBlank() ? cells.get(2) : Role.LEARNER.id();
                try {
                    if (cells.getFirst().contains("@")) {
                        throw new IllegalArgumentException("the name holds an email address; put the name first,"
                                + " then the email, then the role, separated by commas.");
                    }
                    name(cells.getFirst());
                    Role.of(role);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("Line " + line + ": " + e.getMessage(), e);
                }
                out.add(new String[] {cells.getFirst(), role});
                if (out.size() > MAX_CSV_ROWS) {
                    throw new IllegalArgumentException("Invite at most " + MAX_CSV_ROWS + " people at once.");
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof IllegalArgumentException iae) {
                throw iae;
            }
            throw new IllegalArgumentException("The CSV cannot be read: " + e.getMessage(), e);
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("The CSV names nobody: one person a line, as name,email,role.");
        }
        return out;
    }
}
