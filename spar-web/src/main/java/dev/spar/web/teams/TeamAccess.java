package dev.spar.web.teams;

import dev.spar.web.accounts.CurrentUser;
import dev.spar.web.practice.NotFound;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who may do what in a team. Administrators manage teams and people; a team's coaches coach it; its learners see
 * their own work. A team the caller is not in (and does not administer) is not found, so its existence stays hidden.
 */
@Component
public class TeamAccess {
    private static final Pattern ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final CurrentUser user;
    private final JdbcClient jdbc;

    TeamAccess(CurrentUser user, JdbcClient jdbc) {
        this.user = user;
        this.jdbc = jdbc;
    }

    /**
     * Returns the caller's name.
     *
     * @throws IllegalStateException when Spar runs for one person (teams need accounts)
     */
    public String me() {
        if (!user.accounts()) {
            throw new IllegalStateException(
                    "Teams need accounts: start Spar with --accounts (or SPAR_MODE=accounts) to coach a team.");
        }
        return user.name();
    }

    /** Returns whether the caller is an administrator. */
    public boolean admin() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return user.accounts()
                && auth != null
                && auth.getAuthorities().stream().anyMatch(a -> "ROLE_ADMIN".equals(a.getAuthority()));
    }

    /**
     * Checks that the caller is an administrator.
     *
     * @throws Forbidden if not
     */
    public String requireAdmin() {
        String me = me();
        if (!admin()) {
            throw new Forbidden("Only an administrator can do this.");
        }
        return me;
    }

    /** Returns a person's role in a team, if they are in it. */
    public Optional<Role> role(String teamId, String username) {
        return jdbc.sql("SELECT role FROM team_members WHERE team_id = ? AND username = ?")
                .params(teamId, username)
                .query(String.class)
                .optional()
                .map(Role::of);
    }

    /**
     * Checks that the caller may see the team: a member or an administrator.
     *
     * @return the caller's role, empty for an administrator who is not in it
     * @throws NotFound if the team does not exist or the caller may not see it
     */
    public Optional<Role> requireMember(String teamId) {
        String me = me();
        checkId(teamId);
        Optional<Role> role = role(teamId, me);
        if (role.isEmpty() && !(admin() && exists(teamId))) {
            throw notFound(teamId);
        }
        return role;
    }

    /**
     * Checks that the caller coaches the team.
     *
     * @throws NotFound if the caller may not see the team
     * @throws Forbidden if they may see it but do not coach it
     */
    public String requireCoach(String teamId) {
        Optional<Role> role = requireMember(teamId);
        if (role.orElse(null) != Role.COACH) {
            throw new Forbidden("Only the team's coaches can do this.");
        }
        return me();
    }

    /**
     * Checks that the caller administers Spar and the team exists.
     *
     * @throws Forbidden if the caller is not an administrator
     * @throws NotFound if there is no such team
     */
    public String requireAdminOf(String teamId) {
        String me = requireAdmin();
        checkId(teamId);
        if (!exists(teamId)) {
            throw notFound(teamId);
        }
        return me;
    }

    /**
     * Returns the owner of a run the caller may read: their own, or a run a team's learner shared or made for an
     * assignment of a team the caller coaches. Private practice of others is not found.
     *
     * @throws NotFound if the caller may not read it
     */
    public String runOwner(String sessionId) {
        return owner(Subject.Kind.RUN, sessionId)
                .orElseThrow(() -> new NotFound("There is no session '" + sessionId + "' you can see."));
    }

    /**
     * Returns the owner of a reviewed real conversation the caller may read: their own, or one a team's learner
     * shared or submitted for an assignment of a team the caller coaches.
     *
     * @throws NotFound if the caller may not read it
     */
    public String conversationOwner(String conversationId) {
        return owner(Subject.Kind.CONVERSATION, conversationId)
                .orElseThrow(() -> new NotFound("There is no conversation '" + conversationId + "' you can see."));
    }

    /**
     * Returns the run or reviewed conversation with this id that the caller may read.
     *
     * @throws NotFound if there is none they may read
     */
    public Subject subject(String id) {
        for (Subject.Kind kind : Subject.Kind.values()) {
            Optional<String> owner = owner(kind, id);
            if (owner.isPresent()) {
                return new Subject(kind, id, owner.get());
            }
        }
        throw new NotFound(
                "There is no run or conversation '" + dev.spar.web.practice.Limits.shorten(id) + "' you can see.");
    }

    private Optional<String> owner(Subject.Kind kind, String id) {
        String me = me();
        return jdbc.sql("SELECT s.owner FROM " + kind.table() + " s WHERE s.id = ? AND (s.owner = ? OR EXISTS ("
                        + "SELECT 1 FROM team_members c JOIN team_members l ON l.team_id = c.team_id"
                        + " WHERE c.username = ? AND c.role = 'coach' AND l.username = s.owner AND l.role = 'learner'"
                        + " AND (s.shared OR s.assignment_id IN (SELECT a.id FROM assignments a"
                        + " WHERE a.team_id = c.team_id))))")
                .params(id, me, me)
                .query(String.class)
                .optional();
    }

    /**
     * Returns the id if it can be a run's, a conversation's, a team's, an assignment's or a dispute's (a UUID).
     *
     * @throws NotFound if it cannot
     */
    public static String checkedId(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new NotFound("There is nothing with the id '" + dev.spar.web.practice.Limits.shorten(id) + "'.");
        }
        return id;
    }

    static void checkId(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw notFound(id);
        }
    }

    private boolean exists(String teamId) {
        return jdbc.sql("SELECT COUNT(*) FROM teams WHERE id = ?")
                        .param(teamId)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    static NotFound notFound(String teamId) {
        return new NotFound("There is no team '" + dev.spar.web.practice.Limits.shorten(teamId) + "' of yours.");
    }
}
