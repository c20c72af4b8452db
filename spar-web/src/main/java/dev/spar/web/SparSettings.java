package dev.spar.web;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How this server runs.
 *
 * @param dataDir the data folder: the embedded database and the scenario files of one's own
 * @param mode {@code local} (one person, no login, loopback only) or {@code accounts} (sign-up by
 *     invitation, each user sees only their own runs)
 * @param wordDelayMs how long the browser waits between the words of a streamed reply, so it reads like
 *     someone typing; 0 sends them at once
 */
@ConfigurationProperties("spar")
public record SparSettings(Path dataDir, Mode mode, int wordDelayMs) {
    public SparSettings {
        if (mode == null) {
            mode = Mode.LOCAL;
        }
        if (wordDelayMs < 0 || wordDelayMs > 1_000) {
            throw new IllegalArgumentException("spar.word-delay-ms must be 0-1000, was " + wordDelayMs);
        }
    }

    /** Who can use the server. */
    public enum Mode {
        /** One person on this machine, no login. */
        LOCAL,
        /** Accounts, sign-up by invitation. */
        ACCOUNTS
    }

    /** Returns whether users log in. */
    public boolean accounts() {
        return mode == Mode.ACCOUNTS;
    }
}
