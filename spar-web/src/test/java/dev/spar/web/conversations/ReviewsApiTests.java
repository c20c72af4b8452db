package dev.spar.web.conversations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.spar.web.Http;
import dev.spar.web.TestDatabase;
import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The real-conversations API in single-user mode: import, read, list, correct, export, delete, and its bounds. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReviewsApiTests {
    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws Exception {
        TestDatabase.fresh().forEach((k, v) -> registry.add(k, () -> v));
        String dir = Files.createTempDirectory("spar-reviews").toString();
        registry.add("spar.data-dir", () -> dir);
    }

    Http http() {
        return new Http(port);
    }

    static String request(String fileName, String content) {
        return "{\"fileName\": " + Http.quote(fileName) + ", \"content\": " + Http.quote(content) + "}";
    }

    JsonNode imported(String content) {
        Http.Response r = http().post("/api/reviews", request("chat.txt", content));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json();
    }

    @Nested
    class Importing {
        @Test
        void aFileNameWithTheCustomersNameAndEmailIsStoredAndShownRedacted() {
            Http.Response r =
                    http().post("/api/reviews", request("chat-with-marta.kowalczyk@fastmail.com.txt", Chats.BLAMING));
            assertThat(r.status()).as(r.body()).isEqualTo(201);
            JsonNode review = r.json();

            assertThat(review.path("source").asText())
                    .doesNotContain("marta", "fastmail")
                    .contains("[EMAIL-");
            assertThat(http().get("/api/reviews").body()).doesNotContain("fastmail");
        }

        @Test
        void aCustomerTurnAboutSelfHarmIsShownFirstOnThePageWithHelplinesAndAColleagueIsRedacted() {
            JsonNode review = imported("Customer: My card was charged twice.\nAgent: I'll ask Mike in billing.\n"
                    + "Customer: honestly I can't cope anymore, I want to end my life\n"
                    + "Agent: ok, anything else?\n");

            assertThat(review.path("safety").get(0).path("turn").asInt()).isEqualTo(3);
            String page =
                    http().get("/conversations/" + review.path("id").asText()).body();
            assertThat(page).contains("safety-notice").contains("Samaritans on 116 123");
            assertThat(page).contains("ask [NAME-1] in billing").doesNotContain("Mike");
        }

        @Test
        void answersTheReviewWithFindingsBesideTheAgentsTurnAndNoPersonalData() {
            Http.Response r = http().post("/api/reviews", request("chat.txt", Chats.BLAMING));

            assertThat(r.status()).as(r.body()).isEqualTo(201);
            JsonNode review = r.json();
            assertThat(review.path("id").asText()).hasSize(36);
            assertThat(review.path("source").asText()).isEqualTo("chat.txt");
            assertThat(review.path("format").asText()).isEqualTo("plain");
            assertThat(review.path("originalKept").asBoolean()).isFalse();
            JsonNode agentTurn = review.path("turns").get(1);
            assertThat(agentTurn.path("role").asText()).isEqualTo("agent");
            JsonNode finding = agentTurn.path("findings").get(0);
            assertThat(finding.path("kind").asText()).isEqualTo("problem");
            assertThat(agentTurn.path("text").asText())
                    .contains(finding.path("quote").asText());
            assertThat(finding.path("rewrite").asText()).isNotBlank();
            assertThat(review.path("score").asInt()).isBetween(0, 100);
            assertThat(review.path("redacted").path("email").asInt()).isEqualTo(1);
            assertThat(r.body()).doesNotContain("jo.bloggs@example.com");
        }

        @Test
        void aFileUploadIsTakenLikeTheJson() {
            Http.Response r = http().upload(
                            "/api/reviews", "upload.txt", Chats.BLAMING, Map.of("keepOriginal", "true"), Map.of());

            assertThat(r.status()).as(r.body()).isEqualTo(201);
            assertThat(r.json().path("source").asText()).isEqualTo("upload.txt");
            assertThat(r.json().path("originalKept").asBoolean()).isTrue();
        }

        @Test
        void anUploadFromAnotherSitesPageIsRefused() {
            int before = http().get("/api/reviews").json().path("total").asInt();
            Http.Response r = http().upload(
                            "/api/reviews",
                            "upload.txt",
                            Chats.BLAMING,
                            Map.of(),
                            Map.of("Origin", "https://evil.example", "Sec-Fetch-Site", "cross-site"));

            assertThat(r.status()).isEqualTo(415);
            assertThat(http().get("/api/reviews").json().path("total").asInt()).isEqualTo(before);
        }

        @Test
        void theOriginalIsKeptOnlyWhenAskedAndGivenOnlyWhenAskedFor() {
            Http.Response kept = http().post(
                            "/api/reviews",
                            "{\"fileName\": \"k.txt\", \"keepOriginal\": true, \"content\": "
                                    + Http.quote(Chats.BLAMING) + "}");
            String id = kept.json().path("id").asText();

            assertThat(http().get("/api/reviews/" + id).body()).doesNotContain("jo.bloggs@example.com");
            assertThat(http().get("/api/reviews/" + id + "?original=true")
                            .json()
                            .path("original")
                            .asText())
                    .contains("jo.bloggs@example.com");
            String notKept = imported(Chats.BLAMING).path("id").asText();
            assertThat(http().get("/api/reviews/" + notKept + "?original=true").body())
                    .doesNotContain("jo.bloggs@example.com");
        }

        @Test
        void theAgentCanBeNamedAtImportAndCorrectedAfter() {
            Http.Response named = http().post(
                            "/api/reviews",
                            "{\"fileName\": \"c.txt\", \"agent\": \"Customer\", \"content\": "
                                    + Http.quote(Chats.BLAMING) + "}");
            assertThat(named.json().path("turns").get(0).path("role").asText()).isEqualTo("agent");
            String id = named.json().path("id").asText();
            String other = named.json().path("turns").get(1).path("speaker").asText();

            Http.Response corrected =
                    http().post("/api/reviews/" + id + "/agent", "{\"agent\": " + Http.quote(other) + "}");

            assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
            assertThat(corrected.json().path("agent").asText()).isEqualTo(other);
            assertThat(corrected.json().path("turns").get(1).path("role").asText())
                    .isEqualTo("agent");
            assertThat(http().get("/api/reviews/" + id)
                            .json()
                            .path("turns")
                            .get(1)
                            .path("findings"))
                    .isNotEmpty();
            assertThat(http().post("/api/reviews/" + id + "/agent", "{\"agent\": \"Nobody\"}")
                            .status())
                    .isEqualTo(400);
        }
    }

    @Nested
    class Refusing {
        @Test
        void aFileThatCannotBeReadNamesTheLineAndNothingIsKept() {
            int before = http().get("/api/reviews").json().path("total").asInt();
            Http.Response r = http().post("/api/reviews", request("broken.txt", Chats.BROKEN));

            assertThat(r.status()).isEqualTo(400);
            assertThat(r.contentType()).startsWith("application/problem+json");
            assertThat(r.json().path("detail").asText()).contains("broken.txt").contains("line 2");
            assertThat(http().get("/api/reviews").json().path("total").asInt()).isEqualTo(before);
        }

        @Test
        void contentThatIsNotAStringOrFieldsItDoesNotKnow() {
            assertThat(http().post("/api/reviews", "{\"content\": 42}")
                            .json()
                            .path("detail")
                            .asText())
                    .contains("\"content\" is a string");
            assertThat(http().post("/api/reviews", "{\"content\": [\"a\"]}").status())
                    .isEqualTo(400);
            assertThat(http().post("/api/reviews", "{\"content\": \"Agent: hi\", \"keepOriginal\": \"yes\"}")
                            .status())
                    .isEqualTo(400);
            assertThat(http().post("/api/reviews", "{\"fileName\": \"a.txt\"}")
                            .json()
                            .path("detail")
                            .asText())
                    .contains("\"content\" is missing");
            assertThat(http().post("/api/reviews", "{\"content\": \"Agent: hi\", \"owner\": \"bob\"}")
                            .status())
                    .isEqualTo(400);
            assertThat(http().post("/api/reviews", "[1, 2]").status()).isEqualTo(400);
            assertThat(http().post("/api/reviews", "not json").status()).isEqualTo(400);
        }

        @Test
        void aConversationOverTheLimitNamingIt() {
            String big = "Customer: " + "a".repeat(ConversationService.MAX_BYTES) + "\n";

            Http.Response r = http().post("/api/reviews", request("big.txt", big));

            assertThat(r.status()).isEqualTo(413);
            assertThat(r.json().path("detail").asText()).contains(String.valueOf(ConversationService.MAX_BYTES));
        }

        @Test
        void anUploadOverTheLimitNamingIt() {
            String big = "Customer: " + "a".repeat(ConversationService.MAX_BYTES) + "\n";

            Http.Response r = http().upload("/api/reviews", "big.txt", big, Map.of(), Map.of());

            assertThat(r.status()).isEqualTo(413);
            assertThat(r.json().path("detail").asText()).contains(String.valueOf(ConversationService.MAX_BYTES));
        }

        @Test
        void idsThatAreNotThereOrNotIds() {
            assertThat(http().get("/api/reviews/00000000-0000-0000-0000-000000000000")
                            .status())
                    .isEqualTo(404);
            assertThat(http().delete("/api/reviews/not-an-id").status()).isEqualTo(404);
            assertThat(http().get("/api/reviews?size=1000").status()).isEqualTo(400);
            assertThat(http().get("/api/reviews?page=-1").status()).isEqualTo(400);
        }
    }

    @Test
    void listedNewestFirstAPageAtATimeExportedAndDeleted() {
        String first = imported(Chats.BLAMING).path("id").asText();
        String second = imported(Chats.BLAMING).path("id").asText();

        JsonNode page = http().get("/api/reviews?size=1").json();
        assertThat(page.path("total").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(page.path("items")).hasSize(1);
        assertThat(page.path("items").get(0).path("id").asText()).isEqualTo(second);
        assertThat(http().get("/api/reviews?size=1&page=1")
                        .json()
                        .path("items")
                        .get(0)
                        .path("id")
                        .asText())
                .isEqualTo(first);

        Http.Response export = http().get("/api/reviews/" + first + "/export");
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.json().path("turns").get(1).path("findings")).isNotEmpty();
        assertThat(export.json().has("score")).isTrue();
        assertThat(export.json().has("id")).isFalse();

        assertThat(http().delete("/api/reviews/" + first).status()).isEqualTo(204);
        assertThat(http().get("/api/reviews/" + first).status()).isEqualTo(404);
        assertThat(http().delete("/api/reviews/" + first).status()).isEqualTo(404);
    }

    @Nested
    class PractisingFromIt {
        @Test
        void theCustomerBecomesAScenarioThatOpensWithTheirOwnLine() {
            String id = imported(Chats.BLAMING).path("id").asText();

            Http.Response r = http().post("/api/reviews/" + id + "/practice", "");

            assertThat(r.status()).as(r.body()).isEqualTo(201);
            String session = r.json().path("sessionId").asText();
            assertThat(r.json().path("scenarioId").asText()).startsWith("real-");
            JsonNode started = http().get("/api/sessions/" + session).json();
            assertThat(started.path("turns").get(0).path("text").asText())
                    .isEqualTo("My order never came and I've been waiting three weeks. This is ridiculous.");
            assertThat(http().get("/api/scenarios").body())
                    .contains(r.json().path("scenarioId").asText());
        }

        @Test
        void aDrillSaysWhatTheRewriteDoesAndMisses() {
            String id = imported(Chats.BLAMING).path("id").asText();

            JsonNode weak = http().post(
                            "/api/reviews/" + id + "/drills",
                            "{\"turn\": 2, \"pattern\": \"empathy-before-policy\", \"rewrite\":"
                                    + " \"Check the terms next time.\"}")
                    .json();
            JsonNode strong = http().post(
                            "/api/reviews/" + id + "/drills",
                            "{\"turn\": 2, \"pattern\": \"empathy-before-policy\", \"rewrite\": \"I'm sorry it"
                                    + " never came, that's frustrating. I'll check where it is now and email you"
                                    + " today.\"}")
                    .json();

            assertThat(weak.path("passed").asBoolean()).isFalse();
            assertThat(weak.path("missing")).isNotEmpty();
            assertThat(strong.path("passed").asBoolean()).as(strong.toString()).isTrue();
            assertThat(strong.path("score").asInt())
                    .isGreaterThan(weak.path("score").asInt());
            assertThat(http().post(
                                    "/api/reviews/" + id + "/drills",
                                    "{\"turn\": 1, \"pattern\": \"yes-and\", \"rewrite\": \"hi\"}")
                            .json()
                            .path("detail")
                            .asText())
                    .contains("not one of the agent's turns");
            assertThat(http().post(
                                    "/api/reviews/" + id + "/drills",
                                    "{\"turn\": \"2\", \"pattern\": \"yes-and\", \"rewrite\": \"hi\"}")
                            .status())
                    .isEqualTo(400);
            assertThat(http().post(
                                    "/api/reviews/" + id + "/drills",
                                    "{\"turn\": 2, \"pattern\": \"shout\", \"rewrite\": \"hi\"}")
                            .json()
                            .path("detail")
                            .asText())
                    .contains("empathy-before-policy");
        }
    }

    @Test
    void theRoutesAreInTheOpenApiDescription() {
        String doc = http().get("/api/openapi.json").body();
        assertThat(doc)
                .contains("/api/reviews")
                .contains("/api/reviews/{id}/export")
                .contains("Real conversations");
    }
}
