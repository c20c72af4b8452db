package dev.spar.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.spar.web.accounts.Accounts;
import java.nio.file.Files;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** With accounts on, each user sees only their own runs, by page and by API. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "spar.mode=accounts")
class AccountsTests {
    private static final String PASSWORD = "correct horse battery";

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws Exception {
        TestDatabase.fresh().forEach((k, v) -> registry.add(k, () -> v));
        String dir = Files.createTempDirectory("spar-accounts").toString();
        registry.add("spar.data-dir", () -> dir);
    }

    @BeforeEach
    void users() {
        for (String name : new String[] {"alice", "bob"}) {
            try {
                accounts.loadUserByUsername(name);
            } catch (org.springframework.security.core.userdetails.UsernameNotFoundException e) {
                accounts.signUp(accounts.invite(Optional.empty()), name, PASSWORD);
            }
        }
    }

    Http alice() {
        return new Http(port).as("alice", PASSWORD);
    }

    Http bob() {
        return new Http(port).as("bob", PASSWORD);
    }

    String alicesRun() {
        Http.Response r = alice().post("/api/sessions", "{\"scenarioId\": \"refund-outside-window\", \"seed\": 1}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        String id = r.json().path("id").asText();
        alice().post("/api/sessions/" + id + "/turns", "{\"text\": \"I hear you, that is a long time to wait.\"}");
        return id;
    }

    @Test
    void anotherUserCannotReadChangeOrDeleteMyRun() {
        String id = alicesRun();
        assertThat(bob().get("/api/sessions/" + id).status()).isEqualTo(404);
        assertThat(bob().post("/api/sessions/" + id + "/turns", "{\"text\": \"hi\"}")
                        .status())
                .isEqualTo(404);
        assertThat(bob().post("/api/sessions/" + id + "/end", "").status()).isEqualTo(404);
        assertThat(bob().delete("/api/sessions/" + id).status()).isEqualTo(404);
        assertThat(bob().get("/api/sessions/" + id + "/export?format=json").status())
                .isEqualTo(404);
        assertThat(bob().get("/api/sessions").body()).doesNotContain(id);
        assertThat(alice().get("/api/sessions/" + id).status()).isEqualTo(200);
        assertThat(alice().get("/api/sessions/" + id).json().path("status").asText())
                .isEqualTo("active");
    }

    @Test
    void onlyTheOwnerReadsTheReviewOnItsOwnOnceTheRunHasEnded() {
        String id = alicesRun();
        Http.Response early = alice().get("/api/sessions/" + id + "/review");
        assertThat(early.status()).isEqualTo(404);
        assertThat(early.json().path("detail").asText()).contains("has not ended");
        alice().post("/api/sessions/" + id + "/end", "");

        Http.Response review = alice().get("/api/sessions/" + id + "/review");
        assertThat(review.status()).as(review.body()).isEqualTo(200);
        assertThat(review.json())
                .isEqualTo(alice().get("/api/sessions/" + id).json().path("critique"));
        assertThat(review.json().path("findings").isArray()).isTrue();
        assertThat(bob().get("/api/sessions/" + id + "/review").status()).isEqualTo(404);
        assertThat(new Http(port).get("/api/sessions/" + id + "/review").status())
                .isEqualTo(401);
        assertThat(alice().get("/api/sessions/no-such-run/review").status()).isEqualTo(404);
    }

    @Test
    void nobodyGetsInWithoutAnAccount() {
        String id = alicesRun();
        Http anonymous = new Http(port);
        assertThat(anonymous.get("/api/sessions/" + id).status()).isEqualTo(401);
        Http.Response unauthorised = anonymous.get("/api/scenarios");
        assertThat(unauthorised.status()).isEqualTo(401);
        assertThat(unauthorised.json().path("detail").asText()).contains("HTTP Basic");
        assertThat(new Http(port)
                        .as("alice", "wrong password!")
                        .get("/api/sessions")
                        .status())
                .isEqualTo(401);
        Http.Response page = anonymous.get("/runs/" + id);
        assertThat(page.status()).isEqualTo(302);
        assertThat(anonymous.get("/").status()).isEqualTo(302);
        assertThat(anonymous.get("/login").status()).isEqualTo(200);
        assertThat(anonymous.get("/api/openapi.json").status()).isEqualTo(200);
    }

    @Test
    void twoPeopleSigningUpWithOneNameAtOnceGetTheAccountAndAClearRefusal() throws Exception {
        for (int round = 0; round < 5; round++) {
            String name = "twin" + round;
            String[] codes = {accounts.invite(Optional.empty()), accounts.invite(Optional.empty())};
            java.util.List<Object> outcomes = new java.util.concurrent.CopyOnWriteArrayList<>();
            java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
            java.util.List<Thread> both = new java.util.ArrayList<>();
            for (String code : codes) {
                both.add(Thread.ofPlatform().start(() -> {
                    try {
                        go.await();
                        outcomes.add(accounts.signUp(code, name, PASSWORD));
                    } catch (RuntimeException | InterruptedException e) {
                        outcomes.add(e);
                    }
                }));
            }
            go.countDown();
            for (Thread t : both) {
                t.join();
            }
            assertThat(outcomes).filteredOn(o -> o.equals(name)).hasSize(1);
            assertThat(outcomes)
                    .filteredOn(o -> o instanceof Exception)
                    .singleElement()
                    .isInstanceOf(IllegalArgumentException.class)
                    .extracting(o -> ((Exception) o).getMessage())
                    .asString()
                    .contains("taken");
        }
    }

    @Test
    void anInvitationWorksOnceAndPasswordsAreHashed() {
        String code = accounts.invite(Optional.of("alice"));
        accounts.signUp(code, "carol", PASSWORD);
        assertThatThrownBy(() -> accounts.signUp(code, "dave", PASSWORD))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("already used");
        assertThatThrownBy(() -> accounts.signUp(accounts.invite(Optional.empty()), "erin", "short"))
                .hasMessageContaining("at least " + Accounts.MIN_PASSWORD);
        assertThat(accounts.loadUserByUsername("carol").getPassword())
                .startsWith("{bcrypt}")
                .doesNotContain(PASSWORD);
    }

    @Test
    void aTakenUsernameLeavesTheInvitationUnused() {
        String code = accounts.invite(Optional.empty());
        assertThatThrownBy(() -> accounts.signUp(code, "alice", PASSWORD)).hasMessageContaining("taken");
        accounts.signUp(code, "frank", PASSWORD);
        assertThat(accounts.loadUserByUsername("frank").getUsername()).isEqualTo("frank");
    }
}
