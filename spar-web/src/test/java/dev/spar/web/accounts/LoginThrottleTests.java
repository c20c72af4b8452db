package dev.spar.web.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class LoginThrottleTests {
    private static final String HOME = "192.0.2.10";
    private static final String ELSEWHERE = "198.51.100.7";

    /** A clock the test moves by hand. */
    private static final class Hands extends Clock {
        private Instant now = Instant.parse("2026-12-06T10:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    private final Hands clock = new Hands();
    private final LoginThrottle throttle = new LoginThrottle(clock);

    private void fail(String user, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(user, address);
        }
    }

    @Nested
    class PerAccount {
        @Test
        void locksAnAccountAfterFiveFailuresInARowFromAnyAddress() {
            fail("alice", HOME, 4);
            assertThat(throttle.locked("alice", HOME)).isEmpty();

            throttle.failed("Alice", ELSEWHERE);

            assertThat(throttle.locked("alice", HOME)).contains(Duration.ofSeconds(30));
            assertThat(throttle.locked("alice", "203.0.113.1"))
                    .as("the lock is the account's")
                    .isPresent();
            assertThat(throttle.locked("bob", "203.0.113.1")).isEmpty();
        }

        @Test
        void locksLongerAfterEachFurtherFailureUpToFifteenMinutes() {
            fail("alice", HOME, 5);
            clock.advance(Duration.ofSeconds(31));
            assertThat(throttle.locked("alice", HOME)).isEmpty();

            throttle.failed("alice", ELSEWHERE);
            assertThat(throttle.locked("alice", HOME)).contains(Duration.ofSeconds(60));
            clock.advance(Duration.ofSeconds(61));
            throttle.failed("alice", ELSEWHERE);
            assertThat(throttle.locked("alice", HOME)).contains(Duration.ofSeconds(120));

            for (int i = 0; i < 10; i++) {
                clock.advance(Duration.ofMinutes(16));
                throttle.failed("alice", "203.0.113." + i);
            }
            assertThat(throttle.locked("alice", HOME)).contains(Duration.ofMinutes(15));
        }

        @Test
        void aSuccessClearsTheAccountsFailures() {
            fail("alice", HOME, 4);
            throttle.succeeded("alice");
            fail("alice", ELSEWHERE, 4);

            assertThat(throttle.locked("alice", ELSEWHERE)).isEmpty();
        }

        @Test
        void anHourWithoutFailuresForgetsThem() {
            fail("alice", HOME, 4);
            clock.advance(Duration.ofMinutes(61));
            throttle.failed("alice", ELSEWHERE);

            assertThat(throttle.locked("alice", ELSEWHERE)).isEmpty();
        }
    }

    @Nested
    class PerAddress {
        @Test
        void locksAnAddressAfterTenFailuresAcrossAccounts() {
            for (int i = 0; i < 9; i++) {
                throttle.failed("user" + i, HOME);
            }
            assertThat(throttle.locked("someone", HOME)).isEmpty();

            throttle.failed("user9", HOME);

            assertThat(throttle.locked("someone", HOME)).contains(Duration.ofSeconds(30));
            assertThat(throttle.locked("someone", ELSEWHERE)).isEmpty();
        }

        @Test
        void aSuccessDoesNotClearTheAddress() {
            fail("mallory", HOME, 4);
            throttle.succeeded("mallory");
            for (int i = 0; i < 6; i++) {
                throttle.failed("user" + i, HOME);
            }

            assertThat(throttle.locked("anyone", HOME)).isPresent();
        }
    }

    @Test
    void namesGoIntoTheLogWithoutLineBreaksOrControlCharacters() {
        assertThat(LoginThrottle.printable("alice\nINFO forged line\u001b[31m"))
                .isEqualTo("alice?INFO forged line?[31m");
        assertThat(LoginThrottle.printable("x".repeat(100))).hasSize(60);
    }
}
