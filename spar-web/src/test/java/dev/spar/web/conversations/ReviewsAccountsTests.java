package dev.spar.web.conversations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spar.web.Http;
import dev.spar.web.TestDatabase;
import dev.spar.web.accounts.Accounts;
import java.nio.file.Files;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With accounts on, each user's conversations are theirs alone, whatever their role: another user's conversation is
 * not found by any route, administrators included, and nobody gets in without an account.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "spar.mode=accounts")
class ReviewsAccountsTests {
    private static final String PASSWORD = "correct horse battery";

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws Exception {
        TestDatabase.fresh().forEach((k, v) -> registry.add(k, () -> v));
        String dir = Files.createTempDirectory("spar-reviews-accounts").toString();
        registry.add("spar.data-dir", () -> dir);
    }

    /** The first account is an administrator; the others are learners. */
    @BeforeEach
    void users() {
        for (String name : new String[] {"admin", "alice", "bob"}) {
            try {
                accounts.loadUserByUsername(name);
            } catch (org.springframework.security.core.userdetails.UsernameNotFoundException e) {
                accounts.signUp(accounts.invite(Optional.empty()), name, PASSWORD);
            }
        }
        assertThat(accounts.loadUserByUsername("admin").getAuthorities().toString())
                .contains("ADMIN");
        assertThat(accounts.loadUserByUsername("bob").getAuthorities().toString())
                .doesNotContain("ADMIN");
    }

    Http as(String name) {
        return new Http(port).as(name, PASSWORD);
    }

    String conversationOf(String name) {
        Http.Response r = as(name).post(
                        "/api/reviews", "{\"fileName\": \"mine.txt\", \"content\": " + Http.quote(Chats.BLAMING) + "}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().path("id").asText();
    }

    @Test
    void aLearnersConversationIsNotFoundByAnotherLearnerOrAnAdministrator() {
        String id = conversationOf("alice");

        for (String other : new String[] {"bob", "admin"}) {
            Http them = as(other);
            assertThat(them.get("/api/reviews/" + id).status()).as(other).isEqualTo(404);
            assertThat(them.get("/api/reviews/" + id + "/export").status())
                    .as(other)
                    .isEqualTo(404);
            assertThat(them.post("/api/reviews/" + id + "/agent", "{\"agent\": \"Customer\"}")
                            .status())
                    .as(other)
                    .isEqualTo(404);
            assertThat(them.delete("/api/reviews/" + id).status()).as(other).isEqualTo(404);
            assertThat(them.post("/api/reviews/" + id + "/practice", "").status())
                    .as(other)
                    .isEqualTo(404);
            assertThat(them.post(
                                    "/api/reviews/" + id + "/drills",
                                    "{\"turn\": 2, \"pattern\": \"yes-and\", \"rewrite\": \"I hear you, and I'll fix"
                                            + " it.\"}")
                            .status())
                    .as(other)
                    .isEqualTo(404);
            assertThat(them.get("/api/reviews").body()).as(other).doesNotContain(id);
        }
        assertThat(as("alice").get("/api/reviews/" + id).status()).isEqualTo(200);
        assertThat(as("alice").get("/api/reviews").body()).contains(id);
    }

    @Test
    void anAdministratorsConversationIsTheirsAloneToo() {
        String id = conversationOf("admin");

        assertThat(as("bob").get("/api/reviews/" + id).status()).isEqualTo(404);
        assertThat(as("admin").get("/api/reviews/" + id).status()).isEqualTo(200);
        assertThat(as("admin").delete("/api/reviews/" + id).status()).isEqualTo(204);
    }

    @Test
    void nobodyGetsInWithoutAnAccount() {
        String id = conversationOf("alice");
        Http anonymous = new Http(port);

        assertThat(anonymous.get("/api/reviews").status()).isEqualTo(401);
        assertThat(anonymous.get("/api/reviews/" + id).status()).isEqualTo(401);
        assertThat(anonymous.get("/api/reviews/" + id + "/export").status()).isEqualTo(401);
        assertThat(anonymous.delete("/api/reviews/" + id).status()).isEqualTo(401);
        assertThat(anonymous
                        .post("/api/reviews", "{\"content\": \"Agent: hi\"}")
                        .status())
                .isEqualTo(401);
        assertThat(anonymous
                        .upload("/api/reviews", "a.txt", Chats.BLAMING, Map.of(), Map.of())
                        .status())
                .isEqualTo(401);
        assertThat(new Http(port)
                        .as("alice", "wrong password!")
                        .get("/api/reviews")
                        .status())
                .isEqualTo(401);
        assertThat(anonymous.get("/conversations").status()).isEqualTo(302);
        assertThat(anonymous.get("/conversations/" + id).status()).isEqualTo(302);
        assertThat(as("alice").get("/api/reviews/" + id).status()).isEqualTo(200);
    }
}
