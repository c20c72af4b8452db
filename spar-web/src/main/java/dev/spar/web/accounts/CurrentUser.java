package dev.spar.web.accounts;

import dev.spar.web.SparSettings;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is asking: the one local user, or the logged-in account. Everything stored is keyed by this name. */
@Component
public class CurrentUser {
    /** The owner of everything in single-user mode. */
    public static final String LOCAL = "local";

    private final SparSettings settings;

    CurrentUser(SparSettings settings) {
        this.settings = settings;
    }

    /**
     * Returns the name everything of this user is stored under.
     *
     * @throws IllegalStateException if accounts are on and nobody is logged in (the security filters stop
     *     such requests before they get here)
     */
    public String name() {
        if (!settings.accounts()) {
            return LOCAL;
        }
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            throw new IllegalStateException("no one is logged in");
        }
        return auth.getName();
    }

    /** Returns whether accounts are on. */
    public boolean accounts() {
        return settings.accounts();
    }
}
