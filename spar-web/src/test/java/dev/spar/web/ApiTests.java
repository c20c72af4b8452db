package dev.spar.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.spar.analysis.Analyzer;
import dev.spar.coaching.Coach;
import dev.spar.files.RunJson;
import dev.spar.files.ScenarioLibrary;
import dev.spar.simulation.Practice;
import dev.spar.simulation.PracticeSettings;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiTests {
    private static final String SCENARIO = "refund-outside-window";
    private static final List<String> LINES = List.of(
            "I'm sorry the laptop keeps crashing, that must be maddening after six weeks.",
            "Can you tell me what happens when it crashes?",
            "Here is what I can do: a repair under warranty, or an exchange this week.");

    @LocalServerPort
    int port;

    /** The analysis the server reads with (the rules and the semantic reading), as the command line does. */
    @Autowired
    Analyzer analyzer;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws Exception {
        TestDatabase.fresh().forEach((k, v) -> registry.add(k, () -> v));
        String dir = Files.createTempDirectory("spar-api").toString();
        registry.add("spar.data-dir", () -> dir);
    }

    Http http() {
        return new Http(port);
    }

    String start(long seed) {
        Http.Response r =
                http().post("/api/sessions", "{\"scenarioId\": \"" + SCENARIO + "\", \"seed\": " + seed + "}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().path("id").asText();
    }

    Http.Response say(String id, String text) {
        return http().post("/api/sessions/" + id + "/turns", "{\"text\": " + Http.quote(text) + "}");
    }

    @Test
    void theErrorPageAskedForDirectlyIsNotFoundAndErrorsOutsideTheControllersReadAsTheRest() {
        Http.Response direct = http().get("/error");
        assertThat(direct.status()).isEqualTo(404);
        assertThat(direct.body()).contains("Not found");
        Http.Response put = http().put("/api/sessions", "{}");
        assertThat(put.status()).isEqualTo(405);
        assertThat(put.contentType()).contains("application/problem+json");
    }

    @Test
    void teamsSayTheyNeedAccountsWhenSparRunsForOnePerson() {
        for (String path : List.of("/api/teams", "/api/assignments", "/api/home")) {
            Http.Response r = http().get(path);
            assertThat(r.status()).as(path).isEqualTo(409);
            assertThat(r.json().path("detail").asText()).as(path).contains("--accounts");
        }
        String id = start(7);
        assertThat(http().get("/api/sessions/" + id).json().path("comments").isMissingNode())
                .as("a run reads as before")
                .isTrue();
    }

    @Nested
    class ThePracticeLoop {
        @Test
        void listsTheLibraryWithTitlesAndDifficulty() {
            JsonNode list = http().get("/api/scenarios").json();
            assertThat(list.size()).isGreaterThanOrEqualTo(19);
            JsonNode refund = findById(list, SCENARIO);
            assertThat(refund.path("title").asText()).isNotBlank();
            assertThat(refund.path("difficulty").asInt()).isBetween(1, 5);
            assertThat(refund.path("category").asText()).isEqualTo("customer-service");
        }

        @Test
        void startsWithTheCounterpartsOpeningAndRepliesWithTheirEmotion() {
            Http.Response started =
                    http().post("/api/sessions", "{\"scenarioId\": \"" + SCENARIO + "\", \"seed\": 42}");
            assertThat(started.status()).isEqualTo(201);
            assertThat(started.json().path("opening").path("text").asText()).isNotBlank();

            Http.Response said = say(started.json().path("id").asText(), LINES.getFirst());
            assertThat(said.status()).isEqualTo(200);
            JsonNode reply = said.json().path("reply");
            assertThat(reply.path("text").asText()).isNotBlank();
            assertThat(reply.path("speaker").asText()).isEqualTo("counterpart");
            assertThat(said.json().path("emotion").asInt()).isBetween(0, 100);
            assertThat(said.json().path("said").path("text").asText()).isEqualTo(LINES.getFirst());
        }

        @Test
        void endsWithTheSameCritiqueAsTheCommandLineGivesForTheSameRun() throws Exception {
            String id = start(42);
            LINES.forEach(line -> assertThat(say(id, line).status()).isEqualTo(200));
            JsonNode ended = http().post("/api/sessions/" + id + "/end", "").json();

            Practice same = Practice.replay(
                    ScenarioLibrary.bundled().find(SCENARIO).orElseThrow(),
                    new PracticeSettings(42, ended.path("difficulty").asInt(), false),
                    analyzer,
                    LINES);
            same.end();
            JsonNode cli = new ObjectMapper()
                    .readTree(new RunJson().write(same, new Coach().critique(same)))
                    .path("critique");
            assertThat(ended.path("status").asText()).isEqualTo("ended");
            assertThat(ended.path("critique")).isEqualTo(cli);
            assertThat(http().get("/api/sessions/" + id).json().path("critique"))
                    .isEqualTo(cli);
            assertThat(http().get("/api/sessions/" + id + "/review").json()).isEqualTo(cli);
            List<String> quotes = new ArrayList<>();
            ended.path("critique")
                    .path("findings")
                    .forEach(f -> quotes.add(f.path("quote").asText()));
            assertThat(quotes).allMatch(q -> q.isEmpty() || LINES.stream().anyMatch(l -> l.contains(q)));
        }

        @Test
        void theSameSeedAndLinesGiveTheSameReplies() {
            String a = start(7);
            String b = start(7);
            for (String line : LINES) {
                assertThat(say(a, line).json().path("reply").path("text").asText())
                        .isEqualTo(
                                say(b, line).json().path("reply").path("text").asText());
            }
        }

        @Test
        void aBranchTriesATurnAgainAndKeepsTheOriginal() {
            String id = start(3);
            LINES.forEach(line -> say(id, line));
            Http.Response branch = http().post("/api/sessions/" + id + "/branches", "{\"learnerTurn\": 2}");
            assertThat(branch.status()).isEqualTo(201);
            JsonNode b = branch.json();
            assertThat(b.path("parentId").asText()).isEqualTo(id);
            assertThat(learnerLines(b)).containsExactly(LINES.getFirst());
            assertThat(learnerLines(http().get("/api/sessions/" + id).json())).containsExactlyElementsOf(LINES);
        }

        @Test
        void hintsSuggestANextMove() {
            String id = start(5);
            assertThat(http().post("/api/sessions/" + id + "/hint", "")
                            .json()
                            .path("hint")
                            .asText())
                    .isNotBlank();
        }

        @Test
        void exportsMarkdownWithTheTranscriptAndScore() {
            String id = start(9);
            say(id, LINES.getFirst());
            http().post("/api/sessions/" + id + "/end", "");
            Http.Response md = http().get("/api/sessions/" + id + "/export?format=markdown");
            assertThat(md.status()).isEqualTo(200);
            assertThat(md.contentType()).startsWith("text/markdown");
            assertThat(md.body()).contains("## Transcript").contains("Score:").contains("sorry the laptop");
        }

        @Test
        void deletedSessionsAreGone() {
            String id = start(11);
            assertThat(http().delete("/api/sessions/" + id).status()).isEqualTo(204);
            assertThat(http().get("/api/sessions/" + id).status()).isEqualTo(404);
            assertThat(http().get("/api/sessions").body()).doesNotContain(id);
        }

        @Test
        void documentsTheApiAsOpenApi() {
            JsonNode doc = http().get("/api/openapi.json").json();
            assertThat(doc.path("paths").has("/api/sessions/{id}/turns")).isTrue();
            assertThat(doc.path("paths").has("/api/scenarios")).isTrue();
            assertThat(doc.path("paths").has("/api/sessions/{id}/review")).isTrue();
        }
    }

    @Nested
    class BadInput {
        @Test
        void anEmptyLineIsRefusedWithAReasonAndNothingIsStored() {
            String id = start(1);
            int before = turns(id);
            Http.Response r = say(id, "   ");
            assertThat(r.status()).isEqualTo(400);
            assertThat(r.contentType()).contains("problem+json");
            assertThat(r.json().path("detail").asText()).contains("empty");
            assertThat(turns(id)).isEqualTo(before);
        }

        @Test
        void aHugeLineIsRefusedAndNothingIsStored() {
            String id = start(1);
            int before = turns(id);
            Http.Response r = say(id, "word ".repeat(1_000));
            assertThat(r.status()).isEqualTo(400);
            assertThat(r.json().path("detail").asText()).contains("characters");
            assertThat(turns(id)).isEqualTo(before);
        }

        @Test
        void aLineThatIsNotTextIsRefusedAndNothingIsStored() {
            String id = start(1);
            int before = turns(id);
            for (String body : List.of("{\"text\": 12345}", "{\"text\": true}", "{\"text\": [\"hi\"]}")) {
                Http.Response r = http().post("/api/sessions/" + id + "/turns", body);
                assertThat(r.status()).as(body).isEqualTo(400);
                assertThat(r.contentType()).as(body).contains("problem+json");
            }
            assertThat(turns(id)).isEqualTo(before);
        }

        @Test
        void aDifficultyThatIsNotAWholeNumberIsRefused() {
            Http.Response r =
                    http().post("/api/sessions", "{\"scenarioId\": \"" + SCENARIO + "\", \"difficulty\": 2.5}");
            assertThat(r.status()).isEqualTo(400);
        }

        @Test
        void aLineWithANulOrHalfAnEmojiIsRefusedWithAReasonAndNothingIsStored() {
            String id = start(1);
            int before = turns(id);
            // A lone surrogate cannot travel as UTF-8, so it is sent as the JSON escape a client would write.
            for (String body : List.of(
                    "{\"text\": " + Http.quote("I can refund\u0000 you") + "}",
                    "{\"text\": \"sorry \\uD83D about that\"}")) {
                Http.Response r = http().post("/api/sessions/" + id + "/turns", body);
                assertThat(r.status()).isEqualTo(400);
                assertThat(r.json().path("detail").asText()).contains("character");
            }
            assertThat(turns(id)).isEqualTo(before);
        }

        @Test
        void jsonNestedTooDeepIsA400NotA500() {
            String deep = "[".repeat(5_000) + "]".repeat(5_000);
            Http.Response r = http().post("/api/sessions", deep);
            assertThat(r.status()).isEqualTo(400);
        }

        @Test
        void aHugeBodyIsRefused() {
            String id = start(1);
            Http.Response r = say(id, "x".repeat(300_000));
            assertThat(r.status()).isBetween(400, 413);
        }

        @Test
        void markupIsKeptAsText() {
            String id = start(1);
            String hostile = "<script>alert('x')</script> & <b>bold</b>";
            say(id, hostile);
            assertThat(learnerLines(http().get("/api/sessions/" + id).json())).contains(hostile);
        }

        @Test
        void unknownIdsAreNotFoundWithoutAStackTrace() {
            for (String path : List.of(
                    "/api/sessions/00000000-0000-0000-0000-000000000000", "/api/sessions/../../etc", "/api/nothing")) {
                Http.Response r = http().get(path);
                assertThat(r.status()).as(path).isIn(400, 404);
                assertThat(r.body()).doesNotContain("Exception").doesNotContain("at dev.spar");
            }
            Http.Response r = http().post("/api/sessions", "{\"scenarioId\": \"no-such-scenario\"}");
            assertThat(r.status()).isEqualTo(404);
            assertThat(r.json().path("detail").asText()).contains("no-such-scenario");
        }

        @Test
        void malformedJsonAndFormsAreRefused() {
            assertThat(http().post("/api/sessions", "{\"scenarioId\": ").status())
                    .isEqualTo(400);
            assertThat(http().post("/api/sessions", "scenarioId=x", "application/x-www-form-urlencoded")
                            .status())
                    .isEqualTo(415);
            String id = start(1);
            assertThat(http().post("/api/sessions/" + id + "/end", "", "text/plain")
                            .status())
                    .isEqualTo(415);
            assertThat(http().get("/api/sessions/" + id).json().path("status").asText())
                    .isEqualTo("active");
        }

        @Test
        void aDifficultyOutOfRangeIsRefused() {
            Http.Response r = http().post("/api/sessions", "{\"scenarioId\": \"" + SCENARIO + "\", \"difficulty\": 9}");
            assertThat(r.status()).isEqualTo(400);
            assertThat(r.json().path("detail").asText()).contains("1 (gentle) to 5");
        }

        @Test
        void anEndedSessionTakesNoMoreTurns() {
            String id = start(1);
            http().post("/api/sessions/" + id + "/end", "");
            Http.Response r = say(id, "One more thing.");
            assertThat(r.status()).isEqualTo(409);
            assertThat(r.json().path("detail").asText()).contains("over");
        }
    }

    @Test
    void answersOnlyToLoopbackNamesInSingleUserMode() throws Exception {
        try (var socket = new java.net.Socket("127.0.0.1", port)) {
            socket.getOutputStream()
                    .write(("GET /api/scenarios HTTP/1.1\r\nHost: spar.example.com\r\nConnection: close\r\n\r\n")
                            .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String status =
                    new String(socket.getInputStream().readNBytes(12), java.nio.charset.StandardCharsets.US_ASCII);
            assertThat(status).isEqualTo("HTTP/1.1 421");
        }
    }

    int turns(String id) {
        return http().get("/api/sessions/" + id).json().path("turns").size();
    }

    static List<String> learnerLines(JsonNode session) {
        List<String> lines = new ArrayList<>();
        session.path("turns").forEach(t -> {
            if (t.path("speaker").asText().equals("learner")) {
                lines.add(t.path("text").asText());
            }
        });
        return lines;
    }

    static JsonNode findById(JsonNode list, String id) {
        for (JsonNode n : list) {
            if (n.path("id").asText().equals(id)) {
                return n;
            }
        }
        throw new AssertionError("no " + id + " in " + list);
    }
}
