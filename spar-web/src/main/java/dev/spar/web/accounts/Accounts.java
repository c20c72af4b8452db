package dev.spar.web.accounts;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts for the multi-user server: sign-up by invitation, hashed passwords. */
@Service
public class Accounts implements UserDetailsService {
    /** The shortest password accepted. */
    public static final int MIN_PASSWORD = 10;

    private static final int MAX_PASSWORD = 200;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,39}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final Clock clock;

    Accounts(JdbcClient jdbc, PasswordEncoder passwords, Clock clock) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.clock = clock;
    }

    /** An invitation to sign up. */
    public record Invitation(String code, Optional<String> usedBy) {}

    @Override
    public UserDetails loadUserByUsername(String username) {
        return jdbc.sql("SELECT username, password_hash, admin FROM users WHERE username = ?")
                .param(username.toLowerCase(Locale.ROOT))
                .query((r, n) -> User.withUsername(r.getString(1))
                        .password(r.getString(2))
                        .authorities(
                                r.getBoolean(3)
                                        ? AuthorityUtils.createAuthorityList("ROLE_USER", "ROLE_ADMIN")
                                        : AuthorityUtils.createAuthorityList("ROLE_USER"))
                        .build())
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
    }

    /** Returns how many accounts there are. */
    public int count() {
        return jdbc.sql("SELECT COUNT(*) FROM users").query(Integer.class).single();
    }

    /** Creates an invitation; the first account created with it becomes an administrator if it is the first. */
    public String invite(Optional<String> by) {
        String code = HexFormat.of().formatHex(bytes());
        jdbc.sql("INSERT INTO invitations (code, created_by, created_at) VALUES (?, ?, ?)")
                .params(code, by.orElse(null), java.time.OffsetDateTime.now(clock))
                .update();
        return code;
    }

    /**
     * Creates a one-time invitation that signs a new person up into a team with a role; it expires after the given
     * time.
     */
    public String inviteToTeam(String by, String teamId, String role, String name, Duration valid) {
        String code = HexFormat.of().formatHex(bytes());
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("INSERT INTO invitations (code, created_by, created_at, team_id, team_role, invited_name, expires_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(code, by, now, teamId, role, name, now.plus(valid))
                .update();
        return code;
    }

    /** Revokes an unused invitation; returns whether there was one to revoke. */
    public boolean revoke(String code) {
        return jdbc.sql("UPDATE invitations SET revoked = TRUE WHERE code = ? AND used_by IS NULL")
                        .param(code)
                        .update()
                > 0;
    }

    /** Returns the invitations an administrator made, newest first. */
    public List<Invitation> invitations(String by) {
        return jdbc.sql("SELECT code, used_by FROM invitations WHERE created_by = ? ORDER BY created_at DESC")
                .param(by)
                .query((r, n) -> new Invitation(r.getString(1), Optional.ofNullable(r.getString(2))))
                .list();
    }

    /**
     * Creates an account with an unused invitation.
     *
     * @throws IllegalArgumentException with a message for the person signing up
     */
    @Transactional
    public String signUp(String code, String username, String password) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(name).matches()) {
            throw new IllegalArgumentException(
                    "Choose a username of 3 to 40 letters, digits, dots, dashes or underscores.");
        }
        if (password == null || password.length() < MIN_PASSWORD || password.length() > MAX_PASSWORD) {
            throw new IllegalArgumentException("Choose a password of at least " + MIN_PASSWORD
                    + " characters (and at most " + MAX_PASSWORD + ").");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        int claimed = jdbc.sql("UPDATE invitations SET used_by = ?, used_at = ? WHERE code = ? AND used_by IS NULL"
                        + " AND revoked = FALSE AND (expires_at IS NULL OR expires_at > ?)")
                .params(name, now, code == null ? "" : code, now)
                .update();
        if (claimed == 0) {
            throw new IllegalArgumentException("This invitation is not valid or was already used. Ask for a new one.");
        }
        boolean taken = jdbc.sql("SELECT COUNT(*) FROM users WHERE username = ?")
                        .param(name)
                        .query(Integer.class)
                        .single()
                > 0;
        if (taken) {
            throw new IllegalArgumentException("That username is taken; choose another.");
        }
        boolean first = count() == 0;
        try {
            jdbc.sql("INSERT INTO users (username, password_hash, admin, created_at) VALUES (?, ?, ?, ?)")
                    .params(name, passwords.encode(password), first, now)
                    .update();
        } catch (org.springframework.dao.DuplicateKeyException e) {
            // someone signed up with the same name a moment ago
            throw new IllegalArgumentException("That username is taken; choose another.", e);
        }
        jdbc.sql("INSERT INTO team_members (team_id, username, role, joined_at)"
                        + " SELECT i.team_id, ?, i.team_role, ? FROM invitations i JOIN teams t ON t.id = i.team_id"
                        + " WHERE i.code = ?")
                .params(name, now, code)
                .update();
        return name;
    }

    /** Deletes an account (its runs and scenarios are deleted by the caller). */
    public void delete(String username) {
        jdbc.sql("DELETE FROM users WHERE username = ?").param(username).update();
    }

    private static byte[] bytes() {
        byte[] b = new byte[16];
        RANDOM.nextBytes(b);
        return b;
    }
}
