package dev.spar.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A long history stays quick to list (a page at a time), an account keeps a bounded number of runs, and a huge body
 * is refused while it streams in rather than after it sits in memory.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "spar.quota.sessions=3")
class ListsAndLimitsTests {
    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws Exception {
        TestDatabase.fresh().forEach((k, v) -> registry.add(k, () -> v));
        String dir = Files.createTempDirectory("spar-limits").toString();
        registry.add("spar.data-dir", () -> dir);
    }

    @Test
    void sessionsAreListedAPageAtATimeAndTheQuotaIsSaidPlainly() throws Exception {
        Http http = new Http(port);
        for (int i = 0; i < 3; i++) {
            assertThat(http.post("/api/sessions", "{\"scenarioId\": \"refund-outside-window\"}")
                            .status())
                    .isEqualTo(201);
        }
        Http.Response over = http.post("/api/sessions", "{\"scenarioId\": \"refund-outside-window\"}");
        assertThat(over.status()).isEqualTo(409);
        assertThat(over.json().path("detail").asText()).contains("3 runs").contains("Delete");

        HttpResponse<String> first = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/sessions?size=2"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(first.headers().firstValue("X-Total-Count")).hasValue("3");
        assertThat(first.headers().firstValue("Link"))
                .hasValueSatisfying(l -> assertThat(l).contains("page=1&size=2"));
        assertThat(http.get("/api/sessions?size=2").json().size()).isEqualTo(2);
        assertThat(http.get("/api/sessions?page=1&size=2").json().size()).isEqualTo(1);
        assertThat(http.get("/api/sessions?size=0").status()).isEqualTo(400);
        assertThat(http.get("/api/sessions?size=many").status()).isEqualTo(400);
    }

    @Test
    void aHugeBodyIsRefusedWithItsLengthOrWhileItStreams() throws Exception {
        String huge = "{\"text\": \"" + "a".repeat(2 * 1024 * 1024) + "\"}";
        Http.Response sized = new Http(port).post("/api/sessions/00000000-0000-0000-0000-000000000000/turns", huge);
        assertThat(sized.status()).isEqualTo(413);
        assertThat(sized.json().path("detail").asText()).contains("1 MB");

        byte[] bytes = huge.getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> chunked = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/assist"))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(chunked.statusCode()).as(chunked.body()).isEqualTo(413);
        assertThat(chunked.body()).contains("1 MB");
    }
}
