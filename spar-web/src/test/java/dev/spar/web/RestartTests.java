package dev.spar.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.spar.analysis.RuleAnalyzer;
import dev.spar.files.ScenarioLibrary;
import dev.spar.semantic.SentenceMeaning;
import dev.spar.simulation.Practice;
import dev.spar.simulation.PracticeSettings;
import dev.spar.simulation.Speaker;
import dev.spar.simulation.Turn;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A server that stops mid-conversation loses nothing, and the conversation goes on after a restart. */
class RestartTests {
    private static final String SCENARIO = "angry-delay";
    private static final List<String> LINES = List.of(
            "I'm sorry the delivery is late; that's a real problem for you.",
            "Can you give me the order number so I can check where it is?",
            "I can see it left the depot this morning and should reach you by six today.");

    @TempDir
    Path dataDir;

    @Test
    void aConversationContinuesAfterTheServerRestarts() {
        Map<String, String> db = database();
        String id;
        try (ConfigurableApplicationContext first = server(db)) {
            Http http = new Http(port(first));
            id = http.post("/api/sessions", "{\"scenarioId\": \"" + SCENARIO + "\", \"seed\": 17}")
                    .json()
                    .path("id")
                    .asText();
            http.post("/api/sessions/" + id + "/turns", "{\"text\": " + Http.quote(LINES.get(0)) + "}");
            http.post("/api/sessions/" + id + "/turns", "{\"text\": " + Http.quote(LINES.get(1)) + "}");
        }
        try (ConfigurableApplicationContext second = server(db)) {
            Http http = new Http(port(second));
            JsonNode session = http.get("/api/sessions/" + id).json();
            assertThat(ApiTests.learnerLines(session)).containsExactly(LINES.get(0), LINES.get(1));
            String reply = http.post("/api/sessions/" + id + "/turns", "{\"text\": " + Http.quote(LINES.get(2)) + "}")
                    .json()
                    .path("reply")
                    .path("text")
                    .asText();
            assertThat(reply).isEqualTo(uninterrupted(session.path("difficulty").asInt()));
        }
    }

    @Test
    void aLineStoredWithoutItsReplyGetsTheReplyAfterARestart() {
        Map<String, String> db = database();
        String id;
        String reply;
        try (ConfigurableApplicationContext first = server(db)) {
            Http http = new Http(port(first));
            id = http.post("/api/sessions", "{\"scenarioId\": \"" + SCENARIO + "\", \"seed\": 17}")
                    .json()
                    .path("id")
                    .asText();
            reply = http.post("/api/sessions/" + id + "/turns", "{\"text\": " + Http.quote(LINES.get(0)) + "}")
                    .json()
                    .path("reply")
                    .path("text")
                    .asText();
            JdbcClient jdbc = JdbcClient.create(first.getBean(DataSource.class));
            int removed = jdbc.sql("DELETE FROM session_turns WHERE session_id = ? AND speaker = 'counterpart'"
                            + " AND number = (SELECT MAX(number) FROM session_turns WHERE session_id = ?)")
                    .params(id, id)
                    .update();
            assertThat(removed)
                    .as("the server 'died' after storing the line, before storing the reply")
                    .isOne();
        }
        try (ConfigurableApplicationContext second = server(db)) {
            JsonNode turns =
                    new Http(port(second)).get("/api/sessions/" + id).json().path("turns");
            assertThat(turns.get(turns.size() - 1).path("text").asText()).isEqualTo(reply);
            assertThat(turns.get(turns.size() - 2).path("text").asText()).isEqualTo(LINES.get(0));
        }
    }

    private String uninterrupted(int difficulty) {
        Practice practice = Practice.replay(
                ScenarioLibrary.bundled().find(SCENARIO).orElseThrow(),
                new PracticeSettings(17, difficulty, false),
                // The server's own reading, semantic layer included: the counterpart answers what it reads.
                new RuleAnalyzer(SentenceMeaning.standard()),
                LINES);
        List<Turn> turns = practice.turns();
        return turns.reversed().stream()
                .filter(t -> t.speaker() == Speaker.COUNTERPART)
                .findFirst()
                .orElseThrow()
                .text();
    }

    private Map<String, String> database() {
        if (TestDatabase.postgres()) {
            return TestDatabase.fresh();
        }
        // No settings: the default embedded database in the data folder.
        return Map.of();
    }

    private ConfigurableApplicationContext server(Map<String, String> db) {
        // Arguments, not default properties: application.properties' own spar.data-dir and spring.datasource.url
        // win over defaults, and the test would share ~/.local/share/spar with every other server on the machine.
        List<String> args = new ArrayList<>(List.of("--spar.data-dir=" + dataDir));
        db.forEach((k, v) -> args.add("--" + k + "=" + v));
        return new SpringApplicationBuilder(SparWebApplication.class)
                .properties("server.port=0", "spring.main.banner-mode=off")
                .run(args.toArray(String[]::new));
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }
}
