package dev.spar.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.spar.analysis.RuleAnalyzer;
import dev.spar.assist.Assistant;
import dev.spar.files.AssistJson;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AssistApiTests {
    private static final String REQUEST = "{\"conversation\": [{\"speaker\": \"customer\", \"text\":"
            + " \"Third call about the double charge. Fix it today.\"}], \"draft\": \"That's our policy, there's"
            + " nothing I can do.\"}";

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws Exception {
        TestDatabase.fresh().forEach((k, v) -> registry.add(k, () -> v));
        String dir = Files.createTempDirectory("spar-assist").toString();
        registry.add("spar.data-dir", () -> dir);
    }

    @Test
    void answersWithTheSameJsonAsTheCommandLine() throws Exception {
        Http.Response r = new Http(port).post("/api/assist", REQUEST);
        assertThat(r.status()).isEqualTo(200);
        AssistJson json = new AssistJson();
        AssistJson.Request request = json.readRequest(REQUEST);
        String expected = json.write(new Assistant(new RuleAnalyzer()).assess(request.conversation(), request.draft()));
        assertThat(r.json()).isEqualTo(new com.fasterxml.jackson.databind.ObjectMapper().readTree(expected));
        JsonNode flags = r.json().path("flags");
        assertThat(flags).isNotEmpty();
        assertThat(flags.get(0).path("quote").asText()).isNotBlank();
        assertThat(flags.get(0).path("rewrite").asText()).isNotBlank();
        assertThat(r.json().path("customer").path("intensity").asInt()).isBetween(1, 100);
        assertThat(r.json().path("next_moves")).isNotEmpty();
    }

    @Test
    void showsAFlagWhoseRewriteFailedItsChecksWithoutOne() {
        Http.Response r = new Http(port)
                .post(
                        "/api/assist",
                        "{\"conversation\": [{\"speaker\": \"customer\", \"text\": \"I was told it would be fixed"
                                + " last week and it's still broken.\"}], \"draft\": \"It's guaranteed to be fixed this"
                                + " time, 100%\"}");
        assertThat(r.status()).isEqualTo(200);
        JsonNode flag = r.json().path("flags").get(0);
        assertThat(flag.path("category").asText()).isEqualTo("over-promise");
        assertThat(flag.has("rewrite")).isFalse();
    }

    @Test
    void draftsTheFollowUpNote() {
        Http.Response r = new Http(port)
                .post(
                        "/api/assist/note",
                        "{\"conversation\": [{\"speaker\": \"customer\", \"text\": \"My refund never came.\"},"
                                + " {\"speaker\": \"rep\", \"text\": \"I'll check with billing and email you by"
                                + " Friday.\"}], \"draft\": \"\"}");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().path("note").path("promised").toString()).contains("Friday");
        assertThat(r.json().path("ledger").path("entries")).isNotEmpty();
    }

    @Test
    void jsonNestedThousandsDeepIsABadRequestNotAServerError() {
        String deep = "{\"draft\": \"hi\", \"conversation\": " + "[".repeat(3_000) + "]".repeat(3_000) + "}";
        Http.Response r = new Http(port).post("/api/assist", deep);
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.contentType()).contains("problem+json");
    }

    @Test
    void badRequestsNameTheFieldToFix() {
        Http http = new Http(port);
        Http.Response missing = http.post("/api/assist", "{\"conversation\": []}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().path("detail").asText()).contains("draft");
        Http.Response speaker = http.post(
                "/api/assist",
                "{\"conversation\": [{\"speaker\": \"boss\", \"text\": \"x\"}]," + " \"draft\": \"hi\"}");
        assertThat(speaker.status()).isEqualTo(400);
        assertThat(speaker.json().path("detail").asText()).contains("speaker");
        Http.Response huge = http.post("/api/assist", "{\"draft\": \"" + "x".repeat(3_000) + "\"}");
        assertThat(huge.status()).isEqualTo(400);
        assertThat(http.post("/api/assist", "draft=x", "application/x-www-form-urlencoded")
                        .status())
                .isEqualTo(415);
    }
}
