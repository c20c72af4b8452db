package dev.spar.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The pages as served: what they show, and that they escape what people typed. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PagesTests {
    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws Exception {
        TestDatabase.fresh().forEach((k, v) -> registry.add(k, () -> v));
        String dir = Files.createTempDirectory("spar-pages").toString();
        registry.add("spar.data-dir", () -> dir);
    }

    @Test
    void aLongHistoryOfRunsIsShownFiftyToAPageWithTheWayToOlderOnes() {
        Http http = new Http(port);
        for (int i = 0; i < 51; i++) {
            assertThat(http.post("/api/sessions", "{\"scenarioId\": \"refund-outside-window\"}")
                            .status())
                    .isEqualTo(201);
        }
        String first = http.get("/runs").body();
        assertThat(first).contains("Older runs").doesNotContain("Newer runs");
        assertThat(first.split("<tr>", -1).length - 2)
                .as("rows on the first page")
                .isEqualTo(50);
        String total = first.replaceAll("(?s).*Runs 1–50 of (\\d+).*", "$1");
        String last =
                http.get("/runs?page=" + ((Integer.parseInt(total) - 1) / 50)).body();
        assertThat(last).contains("Newer runs").doesNotContain("Older runs");
    }

    @Test
    void theLibraryShowsEveryShelfAndFiltersBySearch() {
        Http http = new Http(port);
        String all = http.get("/").body();
        assertThat(all).contains("Customer service").contains("Refund outside the policy window");
        String found = http.get("/?q=laptop+refund").body();
        assertThat(found).contains("Refund outside the policy window").doesNotContain("Asking for a raise");
        assertThat(http.get("/?q=zzzzqqq").body()).contains("Nothing matches");
    }

    @Test
    void whatALearnerTypedIsEscapedInTheChatAndTheReview() {
        Http http = new Http(port);
        String id = http.post("/api/sessions", "{\"scenarioId\": \"refund-outside-window\", \"seed\": 2}")
                .json()
                .path("id")
                .asText();
        http.post(
                "/api/sessions/" + id + "/turns",
                "{\"text\": \"<script>alert(1)</script><img src=x onerror=alert(2)>\"}");
        String chat = http.get("/s/" + id).body();
        assertThat(chat).doesNotContain("<script>alert(1)").doesNotContain("<img src=x");
        assertThat(chat).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        http.post("/api/sessions/" + id + "/end", "");
        String review = http.get("/runs/" + id).body();
        assertThat(review).doesNotContain("<script>alert(1)").contains("&lt;img src=x");
        assertThat(review).contains("emotion-chart").contains("data-chart=");
    }

    @Test
    void theReviewOfARunStillGoingSaysSoOnceAndLinksBackToIt() {
        Http http = new Http(port);
        String id = http.post("/api/sessions", "{\"scenarioId\": \"angry-delay\", \"seed\": 3}")
                .json()
                .path("id")
                .asText();
        http.post("/api/sessions/" + id + "/turns", "{\"text\": \"What's the order number?\"}");

        String review = http.get("/runs/" + id).body();

        assertThat(review.toLowerCase(java.util.Locale.ROOT).split("still going", -1))
                .hasSize(2);
        assertThat(review).contains("href=\"/s/" + id + "\"");
    }

    @Test
    void pagesSendAContentSecurityPolicyThatForbidsInlineScript() {
        Http.Response r = new Http(port).get("/");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).doesNotContain("<script>").doesNotContain("onclick=");
    }

    @Test
    void anUnknownRunIsAFriendlyNotFoundPage() {
        Http.Response r = new Http(port).get("/runs/00000000-0000-0000-0000-000000000000");
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.body())
                .contains("Not found")
                .contains("Back to the library")
                .doesNotContain("Exception");
    }
}
