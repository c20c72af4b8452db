package dev.spar.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A run stopped for safety, as the pages and the API show it: the help, and no score, critique, habit or line to try
 * again, here or anywhere its lines could be quoted back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StoppedForSafetyTests {
    private static final String SCENARIO = "family-boundary";
    private static final String UNSAFE = "my husband hits me when we argue about you";
    private static final List<String> ORDINARY = List.of(
            "Margaret, thanks for coming, its a bit awkward",
            "i'm sorry. im so sorry. sorry, forget i said anything, it's fine, come whenever");

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws Exception {
        TestDatabase.fresh().forEach((k, v) -> registry.add(k, () -> v));
        String dir = Files.createTempDirectory("spar-safety").toString();
        registry.add("spar.data-dir", () -> dir);
    }

    private Http http() {
        return new Http(port);
    }

    /** Says these lines in a new run of the scenario and returns its id; the run is ended. */
    private String run(long seed, List<String> lines) {
        String id = http().post("/api/sessions", "{\"scenarioId\": \"" + SCENARIO + "\", \"seed\": " + seed + "}")
                .json()
                .path("id")
                .asText();
        for (String line : lines) {
            http().post("/api/sessions/" + id + "/turns", "{\"text\": " + Http.quote(line) + "}");
        }
        http().post("/api/sessions/" + id + "/end", "");
        return id;
    }

    private String stopped(long seed) {
        return run(seed, List.of(ORDINARY.getFirst(), UNSAFE));
    }

    @Test
    void saysTheHelpAndNothingElseWhenTheLineIsSaid() {
        String id = http().post("/api/sessions", "{\"scenarioId\": \"" + SCENARIO + "\", \"seed\": 4}")
                .json()
                .path("id")
                .asText();

        JsonNode said = http().post("/api/sessions/" + id + "/turns", "{\"text\": " + Http.quote(UNSAFE) + "}")
                .json();

        assertThat(said.path("outcome").asText()).isEqualTo("stopped-for-safety");
        assertThat(said.path("safety").asText()).contains("domestic violence");
        assertThat(said.path("reply").isMissingNode() || said.path("reply").isNull())
                .isTrue();
    }

    @Test
    void theApiHasNoCritiqueNoScoreAndNoReview() {
        String id = stopped(4);

        JsonNode session = http().get("/api/sessions/" + id).json();
        assertThat(session.path("outcome").asText()).isEqualTo("stopped-for-safety");
        assertThat(session.path("safety").asText()).contains("domestic violence");
        assertThat(session.path("critique").isNull() || session.path("critique").isMissingNode())
                .as(session.toString())
                .isTrue();
        Http.Response review = http().get("/api/sessions/" + id + "/review");
        assertThat(review.status()).isEqualTo(404);
        assertThat(review.body()).contains("stopped for safety").doesNotContain("score\":");
        JsonNode listed = findById(http().get("/api/sessions").json(), id);
        assertThat(listed.path("score").isNull() || listed.path("score").isMissingNode())
                .as(listed.toString())
                .isTrue();
        assertThat(http().get("/api/sessions/" + id + "/export?format=json").body())
                .contains("stopped-for-safety")
                .doesNotContain("\"critique\"", "\"findings\"");
        assertThat(http().get("/api/sessions/" + id + "/export?format=markdown").body())
                .contains("not reviewed or scored")
                .doesNotContain("Score:", "What to fix");
    }

    @Test
    void aLineOfItCannotBeTriedAgain() {
        String id = stopped(5);

        Http.Response branch = http().post("/api/sessions/" + id + "/branches", "{\"learnerTurn\": 2}");

        assertThat(branch.status()).isEqualTo(400);
        assertThat(branch.body()).contains("stopped for safety");
    }

    @Test
    void theReviewPageShowsTheHelpAndNoScoreFindingsOrLineToTryAgain() {
        String id = stopped(6);

        String page = http().get("/runs/" + id).body();

        assertThat(page).contains("domestic violence", "not reviewed or scored");
        assertThat(page)
                .doesNotContain(
                        "class=\"score\"", "Try another line here", "Stronger:", "Focus next run", "finding problem");
        String chat = http().get("/s/" + id).body();
        assertThat(chat).contains("domestic violence").doesNotContain("Try another line here", "See the review");
    }

    @Test
    void progressQuotesNoLineOfItAsAHabitAndCountsItAsNoFinishedRun() {
        run(7, ORDINARY);
        run(8, ORDINARY);
        stopped(9);

        String progress = http().get("/progress").body();

        assertThat(progress).contains("Habits that keep coming back").doesNotContain("hits me");
        assertThat(progress.replaceAll("\\s+", " ")).contains("<strong>2</strong><span>finished runs</span>");
    }

    private static JsonNode findById(JsonNode list, String id) {
        for (JsonNode n : list) {
            if (n.path("id").asText().equals(id)) {
                return n;
            }
        }
        throw new AssertionError("no session " + id + " in " + list);
    }
}
