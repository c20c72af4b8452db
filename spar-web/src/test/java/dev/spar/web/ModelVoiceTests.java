package dev.spar.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.spar.llm.ProviderServer;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The web app with a language model speaking for the counterpart, against a real local HTTP server that speaks
 * OpenAI's streaming protocol: the chat page streams the model's pieces as they come, faults are explained and
 * the built-in simulator takes over, a restart keeps the model's words, and the review carries the coach's notes.
 */
class ModelVoiceTests {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SCENARIO = "refund-outside-window";
    private static final String LINE = "I can hear this has cost you a week. Tell me what happened.";
    private static final ProviderServer MODEL = new ProviderServer(ProviderServer.Protocol.OPENAI);

    @TempDir
    Path dataDir;

    @AfterAll
    static void stopModel() {
        MODEL.close();
    }

    @Test
    void theModelsReplyStreamsToTheChatPieceByPieceAndIsKeptAsSaid() throws Exception {
        MODEL.then(ProviderServer.stream("Fine", ".", " I'll", " give", " you", " two", " minutes", "."));
        try (ConfigurableApplicationContext server = server(database())) {
            Browser browser = new Browser(port(server));
            String id = browser.start();
            int requestsBefore = MODEL.requests().size();

            assertThat(browser.get("/s/" + id)).contains("test-model");
            int reply = browser.say(id, LINE);
            List<Event> events = browser.stream(id, reply);

            List<String> tokens = tokens(events);
            assertThat(String.join("", tokens)).isEqualTo("Fine. I'll give you two minutes.");
            assertThat(tokens).hasSizeGreaterThan(3).anyMatch(t -> t.startsWith(" "));
            assertThat(events.getLast().name()).isEqualTo("done");
            String prompt = MODEL.requests().get(requestsBefore).body();
            assertThat(prompt).contains("Dana Whitfield").contains("Tell me what happened.");
            JsonNode turns =
                    new Http(port(server)).get("/api/sessions/" + id).json().path("turns");
            assertThat(turns.get(turns.size() - 1).path("text").asText()).isEqualTo("Fine. I'll give you two minutes.");
            assertThat(turns.get(turns.size() - 2).path("text").asText()).isEqualTo(LINE);
        }
    }

    @Test
    void whenTheModelFailsTheLearnerIsToldWhyAndTheSimulatorAnswersWithNothingLost() throws Exception {
        MODEL.then(new ProviderServer.Status(429, Map.of("Retry-After", "120"), "{}"));
        try (ConfigurableApplicationContext server = server(database())) {
            Browser browser = new Browser(port(server));
            String id = browser.start();

            List<Event> events = browser.stream(id, browser.say(id, LINE));

            assertThat(events)
                    .anyMatch(e -> e.name().equals("retract") && e.data().contains("wait 120 s"));
            List<Event> afterRetract =
                    events.subList(events.stream().map(Event::name).toList().lastIndexOf("retract"), events.size());
            String shown = String.join("", tokens(afterRetract));
            JsonNode turns =
                    new Http(port(server)).get("/api/sessions/" + id).json().path("turns");
            assertThat(turns.get(turns.size() - 2).path("text").asText()).isEqualTo(LINE);
            assertThat(turns.get(turns.size() - 1).path("text").asText())
                    .as("the simulator's line is what was shown and kept")
                    .isEqualTo(shown)
                    .isNotBlank();
        }
    }

    @Test
    void aRestartKeepsTheModelsWordsWithoutAskingItAgain() throws Exception {
        MODEL.then(ProviderServer.stream("Two", " weeks", ",", " actually", "."));
        Map<String, String> db = database();
        String id;
        try (ConfigurableApplicationContext first = server(db)) {
            Browser browser = new Browser(port(first));
            id = browser.start();
            browser.stream(id, browser.say(id, LINE));
        }
        int requestsBefore = MODEL.requests().size();
        try (ConfigurableApplicationContext second = server(db)) {
            String chat = new Browser(port(second)).get("/s/" + id);
            assertThat(chat).contains("Two weeks, actually.");
            assertThat(MODEL.requests()).hasSize(requestsBefore);
        }
    }

    @Test
    void theReviewCarriesTheCoachsNotesWithOnlyQuotesTheLearnerSaid() throws Exception {
        MODEL.then(ProviderServer.stream("Go", " on", "."));
        try (ConfigurableApplicationContext server = server(database())) {
            Browser browser = new Browser(port(server));
            String id = browser.start();
            browser.stream(id, browser.say(id, LINE));
            new Http(port(server)).post("/api/sessions/" + id + "/end", "");
            String notes = JSON.writeValueAsString(Map.of(
                    "summary", "You opened by naming the lost week; then you asked for the story.",
                    "rewrites",
                            List.of(
                                    Map.of(
                                            "turn", 2,
                                            "quote", "Tell me what happened.",
                                            "rewrite", "Walk me through the week, from the first crash.",
                                            "why", "It asks for the story and shows you will listen."),
                                    Map.of(
                                            "turn", 2,
                                            "quote", "We never refund anything.",
                                            "rewrite", "x",
                                            "why", "y")),
                    "nextTime", List.of("Say what you can do before they ask."),
                    "findings",
                            List.of(
                                    Map.of(
                                            "turn", 2,
                                            "quote", "cost you a week",
                                            "category", "clear-limit",
                                            "why", "You named the cost without promising it away."),
                                    Map.of(
                                            "turn", 2,
                                            "quote", "cost you a month",
                                            "category", "empathy",
                                            "why", "z"))));
            MODEL.then(ProviderServer.stream(notes));

            assertThat(browser.get("/runs/" + id)).contains("Coach's notes").contains("/runs/" + id + "/notes");
            String shown = browser.get("/runs/" + id + "/notes");

            assertThat(shown)
                    .contains("You opened by naming the lost week")
                    .contains("Walk me through the week, from the first crash.")
                    .contains("Say what you can do before they ask.")
                    .doesNotContain("We never refund anything")
                    .contains("Honest limit (model)")
                    .contains("You named the cost without promising it away.")
                    .doesNotContain("cost you a month")
                    .contains("2 quote(s) the model made up were left out");
            int requests = MODEL.requests().size();
            assertThat(browser.get("/runs/" + id + "/notes"))
                    .as("kept, not written again")
                    .contains("You opened by naming the lost week");
            assertThat(MODEL.requests()).hasSize(requests);
        }
    }

    /** One server-sent event. */
    record Event(String name, String data) {}

    private static List<String> tokens(List<Event> events) throws IOException {
        List<String> tokens = new ArrayList<>();
        for (Event e : events) {
            if (e.name().equals("token")) {
                tokens.add(JSON.readTree(e.data()).path("t").asText());
            }
        }
        return tokens;
    }

    /** Talks to the pages as a browser does: with its cookie and the page's CSRF token. */
    private static final class Browser {
        private static final Pattern META = Pattern.compile("<meta name=\"(csrf-[a-z]+)\" content=\"([^\"]*)\"");
        private final HttpClient client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        private final String base;

        Browser(int port) {
            this.base = "http://localhost:" + port;
        }

        String start() {
            return new Http(Integer.parseInt(base.substring(base.lastIndexOf(':') + 1)))
                    .post("/api/sessions", "{\"scenarioId\": \"" + SCENARIO + "\", \"seed\": 5}")
                    .json()
                    .path("id")
                    .asText();
        }

        String get(String path) throws IOException, InterruptedException {
            HttpResponse<String> r = client.send(
                    HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
            return r.body();
        }

        /** Posts the line as the chat form does; returns the number of the reply the page will stream. */
        int say(String id, String line) throws IOException, InterruptedException {
            Map<String, String> csrf = new java.util.HashMap<>();
            Matcher m = META.matcher(get("/s/" + id));
            while (m.find()) {
                csrf.put(m.group(1), m.group(2));
            }
            HttpResponse<String> r = client.send(
                    HttpRequest.newBuilder(URI.create(base + "/s/" + id + "/say"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .header("HX-Request", "true")
                            .header(csrf.get("csrf-header"), csrf.get("csrf-token"))
                            .POST(HttpRequest.BodyPublishers.ofString(
                                    "text=" + URLEncoder.encode(line, StandardCharsets.UTF_8)))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            Matcher stream =
                    Pattern.compile("data-stream=\"[^\"]*/stream/(\\d+)\"").matcher(r.body());
            assertThat(stream.find()).as("the reply streams in: " + r.body()).isTrue();
            return Integer.parseInt(stream.group(1));
        }

        /** Reads the reply's event stream to its end. */
        List<Event> stream(String id, int reply) throws IOException, InterruptedException {
            HttpResponse<java.util.stream.Stream<String>> r = client.send(
                    HttpRequest.newBuilder(URI.create(base + "/s/" + id + "/stream/" + reply))
                            .header("Accept", "text/event-stream")
                            .build(),
                    HttpResponse.BodyHandlers.ofLines());
            List<Event> events = new ArrayList<>();
            String name = "message";
            StringBuilder data = new StringBuilder();
            for (String line : (Iterable<String>) r.body()::iterator) {
                if (line.startsWith("event:")) {
                    name = line.substring(6).strip();
                } else if (line.startsWith("data:")) {
                    data.append(line.substring(5));
                } else if (line.isEmpty() && !data.isEmpty()) {
                    events.add(new Event(name, data.toString()));
                    name = "message";
                    data.setLength(0);
                }
            }
            return events;
        }
    }

    private Map<String, String> database() {
        if (TestDatabase.postgres()) {
            return TestDatabase.fresh();
        }
        return Map.of(
                "spring.datasource.url",
                "jdbc:h2:file:" + dataDir.resolve("spar-" + System.nanoTime()) + ";AUTO_SERVER=TRUE",
                "spring.datasource.username",
                "spar",
                "spring.datasource.password",
                "");
    }

    private ConfigurableApplicationContext server(Map<String, String> db) throws IOException {
        Path data = Files.createDirectories(dataDir.resolve("data"));
        // Arguments, not default properties: application.properties' own spar.data-dir and spring.datasource.url win
        // over defaults, and the test would share ~/.local/share/spar with every other server on the machine.
        List<String> args = new ArrayList<>(List.of(
                "--spar.data-dir=" + data,
                "--spar.word-delay-ms=0",
                "--SPAR_ENGINE=openai",
                "--SPAR_LLM_BASE_URL=" + MODEL.baseUrl(),
                "--SPAR_LLM_MODEL=test-model"));
        db.forEach((k, v) -> args.add("--" + k + "=" + v));
        return new SpringApplicationBuilder(SparWebApplication.class)
                .properties("server.port=0", "spring.main.banner-mode=off")
                .run(args.toArray(String[]::new));
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }
}
