package dev.spar.web.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing down. After {@value #ACCOUNT_FAILURES} failed logins in a row for one account, or
 * {@value #ADDRESS_FAILURES} from one address (to any accounts), logins for it are refused for a while, even with
 * the right password: 30 seconds at first, twice as long after each further failure once the lock is over, at most
 * 15 minutes. A success clears the account's count (not the address's); an hour without failures clears either.
 * Failed logins are logged with the username and address, never the password.
 */
@Component
public class LoginThrottle {
    /** Failed logins in a row that lock an account. */
    static final int ACCOUNT_FAILURES = 5;

    /** Failed logins in a row from one address that lock the address. */
    static final int ADDRESS_FAILURES = 10;

    static final Duration FIRST_LOCK = Duration.ofSeconds(30);
    static final Duration LONGEST_LOCK = Duration.ofMinutes(15);
    static final Duration FORGET_AFTER = Duration.ofHours(1);

    private static final Logger LOG = LoggerFactory.getLogger(LoginThrottle.class);
    private static final int REMEMBERED = 10_000;

    private final Clock clock;
    private final Map<String, Strikes> strikes = new LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Strikes> eldest) {
            return size() > REMEMBERED;
        }
    };

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** Failed logins in a row for one key, and until when logins for it are refused. */
    private record Strikes(int failures, Instant last, Instant lockedUntil) {}

    /**
     * Returns how long logins for this account, or from this address, are still refused; empty when they are not.
     */
    public synchronized Optional<Duration> locked(String username, String address) {
        Instant now = clock.instant();
        Duration longest = Duration.ZERO;
        for (String key : new String[] {account(username), address(address)}) {
            Strikes s = current(key, now);
            if (s != null && s.lockedUntil().isAfter(now)) {
                Duration left = Duration.between(now, s.lockedUntil());
                longest = left.compareTo(longest) > 0 ? left : longest;
            }
        }
        return longest.isZero() ? Optional.empty() : Optional.of(longest);
    }

    /** Counts a failed login; locks the account or the address when it has failed too often. */
    public synchronized void failed(String username, String address) {
        Instant now = clock.instant();
        int forAccount = strike(account(username), ACCOUNT_FAILURES, now);
        int fromAddress = strike(address(address), ADDRESS_FAILURES, now);
        LOG.warn(
                "Failed login for '{}' from {} ({} in a row for the account, {} from the address)",
                printable(username),
                printable(address),
                forAccount,
                fromAddress);
    }

    /** Clears an account's failed logins after it logged in. */
    public synchronized void succeeded(String username) {
        strikes.remove(account(username));
    }

    /** Forgets every failed login, for tests that share one server. */
    synchronized void clear() {
        strikes.clear();
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        failed(String.valueOf(event.getAuthentication().getName()), address(event.getAuthentication()));
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        succeeded(event.getAuthentication().getName());
    }

    private int strike(String key, int allowed, Instant now) {
        Strikes before = current(key, now);
        int failures = before == null ? 1 : before.failures() + 1;
        Instant lockedUntil = before == null ? Instant.MIN : before.lockedUntil();
        if (failures >= allowed) {
            Duration lock = FIRST_LOCK.multipliedBy(1L << Math.min(failures - allowed, 10));
            lock = lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock;
            lockedUntil = now.plus(lock);
            LOG.warn(
                    "Logins for {} refused for {} s after {} failures in a row",
                    printable(key),
                    lock.toSeconds(),
                    failures);
        }
        strikes.put(key, new Strikes(failures, now, lockedUntil));
        return failures;
    }

    private Strikes current(String key, Instant now) {
        Strikes s = strikes.get(key);
        if (s != null
                && s.lockedUntil().isBefore(now)
                && s.last().plus(FORGET_AFTER).isBefore(now)) {
            strikes.remove(key);
            return null;
        }
        return s;
    }

    private static String address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? web.getRemoteAddress()
                : "an unknown address";
    }

    private static String account(String username) {
        return "account " + username.strip().toLowerCase(Locale.ROOT);
    }

    private static String address(String address) {
        return "address " + address;
    }

    /** Returns a name as it may go into the log: no line breaks or other control characters, and not too long. */
    static String printable(String text) {
        String cleaned = text.codePoints()
                .map(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        return cleaned.length() > 60 ? cleaned.substring(0, 57) + "..." : cleaned;
    }
}
