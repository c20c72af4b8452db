package dev.spar.web.pages;

import dev.spar.web.accounts.CurrentUser;
import dev.spar.web.teams.TeamAccess;
import dev.spar.web.teams.Teams;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * Whether the navigation shows "Teams": read by the layout only when it draws the navigation (as
 * {@code @teamNav.shown()}), so API calls and page fragments do not pay for the look-up.
 */
@Component("teamNav")
public class TeamNav {
    private final CurrentUser user;
    private final Teams teams;
    private final TeamAccess access;

    TeamNav(CurrentUser user, Teams teams, TeamAccess access) {
        this.user = user;
        this.teams = teams;
        this.access = access;
    }

    /** Returns whether the caller is in a team or is an administrator; never in single-user mode. */
    public boolean shown() {
        if (!user.accounts()) {
            return false;
        }
        try {
            return access.admin() || !teams.mine().isEmpty();
        } catch (IllegalStateException e) {
            // nobody is logged in (the login and sign-up pages)
            return false;
        } catch (DataAccessException e) {
            // the page may be telling that the database failed: it still draws, without the link
            return false;
        }
    }
}
