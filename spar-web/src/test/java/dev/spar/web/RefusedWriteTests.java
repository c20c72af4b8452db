package dev.spar.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A write the database refuses (a full disk, a value it cannot hold) is reported as failed, never as kept, and the
 * conversation goes on from what was stored once the database takes writes again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RefusedWriteTests {
    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws Exception {
        TestDatabase.fresh().forEach((k, v) -> registry.add(k, () -> v));
        String dir = Files.createTempDirectory("spar-refused").toString();
        registry.add("spar.data-dir", () -> dir);
    }

    private String start() {
        return new Http(port)
                .post("/api/sessions", "{\"scenarioId\": \"angry-delay\", \"seed\": 3}")
                .json()
                .path("id")
                .asText();
    }

    private Http.Response say(String id, String line) {
        return new Http(port).post("/api/sessions/" + id + "/turns", "{\"text\": " + Http.quote(line) + "}");
    }

    private void refuse(String check) {
        JdbcClient.create(dataSource)
                .sql("ALTER TABLE session_turns ADD CONSTRAINT refuse_for_test CHECK (" + check + ")")
                .update();
    }

    private void accept() {
        JdbcClient.create(dataSource)
                .sql("ALTER TABLE session_turns DROP CONSTRAINT refuse_for_test")
                .update();
    }

    @Test
    void aLineTheDatabaseRefusesIsAFailureThatClaimsNothingWasKept() {
        String id = start();
        refuse("text <> 'I hear you, that is a long wait.'");
        try {
            Http.Response r = say(id, "I hear you, that is a long wait.");

            assertThat(r.status()).isEqualTo(503);
            assertThat(r.contentType()).startsWith("application/problem+json");
            assertThat(r.json().path("detail").asText())
                    .contains("could not save this")
                    .doesNotContain("kept");
            assertThat(ApiTests.learnerLines(
                            new Http(port).get("/api/sessions/" + id).json()))
                    .isEmpty();
        } finally {
            accept();
        }
        assertThat(say(id, "Let me check where the order is.").status()).isEqualTo(200);
    }

    @Test
    void aReplyTheDatabaseRefusesIsSpokenAgainFromWhatWasStored() {
        String id = start();
        int opening =
                new Http(port).get("/api/sessions/" + id).json().path("turns").size();
        // The learner's line is stored; the reply to it is refused.
        refuse("session_id <> '" + id + "' OR speaker <> 'counterpart' OR number <> " + (opening + 2));
        try {
            assertThat(say(id, "I am sorry it is late.").status()).isEqualTo(503);
        } finally {
            accept();
        }

        JsonNode session = new Http(port).get("/api/sessions/" + id).json();

        assertThat(ApiTests.learnerLines(session)).containsExactly("I am sorry it is late.");
        assertThat(session.path("turns")).hasSize(opening + 2);
        assertThat(say(id, "Let me check where the order is.").status()).isEqualTo(200);
        assertThat(ApiTests.learnerLines(
                        new Http(port).get("/api/sessions/" + id).json()))
                .containsExactly("I am sorry it is late.", "Let me check where the order is.");
    }
}
