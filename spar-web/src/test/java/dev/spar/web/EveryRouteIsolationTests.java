package dev.spar.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spar.web.accounts.Accounts;
import dev.spar.web.practice.ScenarioCatalog;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every route that names something by its id, found from the server's own mappings (so a new route is tested the
 * day it is added), called by another user with the ids of Alice's run, real conversation, scenario, team,
 * assignment, drill, dispute and invitation: by API and by page, with a valid login and CSRF token, each answer is a
 * refusal, and afterwards all of Alice's things are still there.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "spar.mode=accounts")
class EveryRouteIsolationTests {
    private static final String PASSWORD = "correct horse battery";
    private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");
    private static final Pattern META = Pattern.compile("<meta name=\"csrf-token\" content=\"([^\"]*)\"");
    private static final Pattern FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]*)\"");

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    ScenarioCatalog catalog;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws Exception {
        TestDatabase.fresh().forEach((k, v) -> registry.add(k, () -> v));
        String dir = Files.createTempDirectory("spar-every-route").toString();
        registry.add("spar.data-dir", () -> dir);
    }

    private static Map<String, String> world;

    /** Alice's things, made once for the tests of this class: ids by kind. */
    private synchronized Map<String, String> world() {
        if (world != null) {
            return world;
        }
        accounts.signUp(accounts.invite(Optional.empty()), "admin", PASSWORD);
        Http admin = new Http(port).as("admin", PASSWORD);
        String team = admin.post("/api/teams", "{\"name\": \"Alice's team\"}")
                .json()
                .path("id")
                .asText();
        accounts.signUp(
                admin.post("/api/teams/" + team + "/invitations", "{\"name\": \"Alice\", \"role\": \"coach\"}")
                        .json()
                        .path("code")
                        .asText(),
                "alice",
                PASSWORD);
        accounts.signUp(accounts.invite(Optional.of("admin")), "bob", PASSWORD);
        Http alice = new Http(port).as("alice", PASSWORD);

        Map<String, String> ids = new java.util.HashMap<>();
        String run = alice.post("/api/sessions", "{\"scenarioId\": \"refund-outside-window\"}")
                .json()
                .path("id")
                .asText();
        alice.post("/api/sessions/" + run + "/turns", "{\"text\": \"You should have read the policy.\"}");
        alice.post("/api/sessions/" + run + "/end", "{}");
        ids.put("run", run);
        ids.put(
                "conversation",
                alice.post(
                                "/api/reviews",
                                "{\"fileName\": \"chat.txt\", \"content\": "
                                        + Http.quote(dev.spar.web.conversations.Chats.BLAMING) + "}")
                        .json()
                        .path("id")
                        .asText());
        String yaml = catalog.yaml(
                        catalog.find("alice", "refund-outside-window").orElseThrow())
                .replace("id: refund-outside-window", "id: alices-own");
        catalog.save("alice", catalog.read("alices-own.yaml", yaml));
        ids.put("scenario", "alices-own");
        ids.put("team", team);
        ids.put(
                "assignment",
                alice.post(
                                "/api/teams/" + team + "/assignments",
                                "{\"scenarioId\": \"refund-outside-window\", \"due\": \""
                                        + LocalDate.now(ZoneOffset.UTC).plusDays(3) + "\"}")
                        .json()
                        .path("id")
                        .asText());
        ids.put(
                "drill",
                alice.post(
                                "/api/teams/" + team + "/drills",
                                "{\"pattern\": \"yes-and\", \"customer\": \"It broke.\", \"reply\": \"Not our problem.\"}")
                        .json()
                        .path("id")
                        .asText());
        ids.put(
                "dispute",
                alice.post(
                                "/api/reviews/" + ids.get("conversation") + "/disputes",
                                "{\"turn\": 2, \"category\": \"blame\", \"reason\": \"It was on the page.\"}")
                        .json()
                        .path("id")
                        .asText());
        ids.put(
                "code",
                admin.post("/api/teams/" + team + "/invitations", "{\"name\": \"N\", \"role\": \"learner\"}")
                        .json()
                        .path("code")
                        .asText());
        ids.values().forEach(v -> assertThat(v).isNotBlank());
        world = ids;
        return ids;
    }

    @Test
    void anotherUserIsRefusedOnEveryRouteThatNamesAlicesThings() throws Exception {
        Map<String, String> ids = world();
        String run = ids.get("run");
        String team = ids.get("team");
        Http alice = new Http(port).as("alice", PASSWORD);
        Browserish bob = new Browserish(port);
        bob.logIn("bob");
        Http bobApi = new Http(port).as("bob", PASSWORD);
        // the same calls do answer Bob about his own run: a refusal below is about whose it is
        String own = bobApi.post("/api/sessions", "{\"scenarioId\": \"refund-outside-window\"}")
                .json()
                .path("id")
                .asText();
        assertThat(bob.send("GET", "/runs/" + own)).isEqualTo(200);
        assertThat(bob.send("POST", "/s/" + own + "/hint")).isEqualTo(200);
        assertThat(api(bobApi, RequestMethod.POST, "/api/sessions/" + own + "/comments"))
                .isEqualTo(201);
        List<String> leaks = new ArrayList<>();
        int called = 0;
        for (Map.Entry<RequestMappingInfo, ?> e : mappings.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = e.getKey();
            if (info.getPathPatternsCondition() == null) {
                continue;
            }
            for (var pattern : info.getPathPatternsCondition().getPatterns()) {
                String path = pattern.getPatternString();
                if (!path.contains("{")) {
                    continue;
                }
                String url = fill(path, ids);
                var methods = info.getMethodsCondition().getMethods();
                for (RequestMethod method : methods.isEmpty() ? java.util.Set.of(RequestMethod.GET) : methods) {
                    int status = path.startsWith("/api/") ? api(bobApi, method, url) : bob.send(method.name(), url);
                    called++;
                    if (status < 400) {
                        leaks.add(method + " " + url + " -> " + status);
                    }
                }
            }
        }
        System.out.printf("Isolation: %d calls on routes naming Alice's things, %d answered%n", called, leaks.size());
        assertThat(called).as("routes found").isGreaterThan(50);
        assertThat(leaks).as("routes that answered another user").isEmpty();

        assertThat(alice.get("/api/sessions/" + run).status()).isEqualTo(200);
        assertThat(alice.get("/api/reviews/" + ids.get("conversation")).status())
                .isEqualTo(200);
        assertThat(alice.get("/api/teams/" + team + "/assignments/" + ids.get("assignment"))
                        .status())
                .isEqualTo(200);
        assertThat(alice.get("/api/drills/" + ids.get("drill")).status()).isEqualTo(200);
        assertThat(alice.get("/api/scenarios").json().findValuesAsText("id")).contains("alices-own");
    }

    @Test
    void hostileBodiesOnEveryJsonRouteAreRefusedWithAReasonAndNeverBreakTheServer() {
        Map<String, String> ids = world();
        Http alice = new Http(port).as("alice", PASSWORD);
        int before = alice.get("/api/sessions").json().size();
        List<String> bodies = List.of(
                "{\"text\": \"a\\u0000b\", \"name\": \"a\\u0000b\", \"note\": \"a\\u0000b\", \"reason\":"
                        + " \"a\\u0000b\", \"csv\": \"a\\u0000b\", \"customer\": \"a\\u0000b\", \"reply\": \"a\\u0000b\"}",
                "{\"text\": \"\\ud800\", \"name\": \"\\ud800\", \"note\": \"\\udc00x\", \"reason\": \"\\ud800\"}",
                "{\"text\": 12345, \"turn\": \"two\", \"due\": true, \"minScore\": 2.5, \"upheld\": \"yes\"}",
                "{\"text\": true, \"name\": [], \"role\": {}, \"criteria\": \"all\"}",
                "[".repeat(5000),
                "{\"text\": " + Http.quote("x".repeat(20_000)) + ", \"name\": " + Http.quote("n".repeat(20_000)) + "}",
                "not json at all",
                "");
        List<String> broken = new ArrayList<>();
        int called = 0;
        for (Map.Entry<RequestMappingInfo, ?> e : mappings.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = e.getKey();
            if (info.getPathPatternsCondition() == null) {
                continue;
            }
            var methods = info.getMethodsCondition().getMethods();
            // the routes that take a JSON body (the others read none)
            boolean writes = (methods.contains(RequestMethod.POST) || methods.contains(RequestMethod.PUT))
                    && info.getConsumesCondition().getConsumableMediaTypes().stream()
                            .anyMatch(t -> t.getSubtype().equals("json"));
            for (var pattern : info.getPathPatternsCondition().getPatterns()) {
                String path = pattern.getPatternString();
                if (!writes || !path.startsWith("/api/")) {
                    continue;
                }
                String url = fill(path, ids);
                for (String body : bodies) {
                    Http.Response r =
                            methods.contains(RequestMethod.PUT) ? alice.put(url, body) : alice.post(url, body);
                    called++;
                    boolean refused = r.status() >= 400
                            && r.status() < 500
                            && r.contentType().contains("application/problem+json")
                            && !r.json().path("detail").asText().isBlank();
                    if (!refused) {
                        broken.add(url + " <- " + Http.quote(body.length() > 40 ? body.substring(0, 40) : body) + " -> "
                                + r.status() + " " + r.contentType());
                    }
                }
            }
        }
        System.out.printf("Hostile input: %d calls on JSON routes, %d not refused cleanly%n", called, broken.size());
        assertThat(called).isGreaterThan(150);
        assertThat(broken).as("answers that were not a 4xx with a reason").isEmpty();
        assertThat(alice.get("/api/sessions").json().size())
                .as("nothing half-stored")
                .isEqualTo(before);
    }

    /** Puts Alice's ids where the route names them: by the variable, or for "id" by the route's subject. */
    private static String fill(String path, Map<String, String> ids) {
        Matcher m = VARIABLE.matcher(path);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String before = path.substring(0, m.start());
            String value =
                    switch (name) {
                        case "assignmentId" -> ids.get("assignment");
                        case "sessionId" -> ids.get("run");
                        case "drillId" -> ids.get("drill");
                        case "code" -> ids.get("code");
                        case "username" -> "alice";
                        case "turn", "learnerTurn" -> "1";
                        default ->
                            before.endsWith("/teams/")
                                    ? ids.get("team")
                                    : before.contains("/reviews/") || before.contains("/conversations/")
                                            ? ids.get("conversation")
                                            : before.contains("/scenarios/")
                                                    ? ids.get("scenario")
                                                    : before.contains("/assignments/")
                                                            ? ids.get("assignment")
                                                            : before.contains("/disputes/")
                                                                    ? ids.get("dispute")
                                                                    : ids.get("run");
                    };
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static int api(Http http, RequestMethod method, String url) {
        String body = "{\"turn\": 1, \"text\": \"hello\", \"upheld\": true, \"name\": \"x\", \"role\": \"learner\","
                + " \"reason\": \"r\", \"category\": \"blame\", \"learnerTurn\": 1, \"conversationId\": \""
                + "00000000-0000-0000-0000-000000000000\", \"criterion\": \"no-blame\", \"mark\": \"yes\"}";
        return switch (method) {
            case GET -> http.get(url).status();
            case DELETE -> http.delete(url).status();
            case PUT -> http.put(url, "{\"name\": \"x\", \"criteria\": []}").status();
            default -> http.post(url, body).status();
        };
    }

    /** A browser's way in: a login session cookie and the pages' CSRF token. */
    private static final class Browserish {
        private final HttpClient client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        private final String base;
        private String token = "";

        Browserish(int port) {
            this.base = "http://localhost:" + port;
        }

        void logIn(String name) throws IOException, InterruptedException {
            String form = get("/login").body();
            Matcher m = FIELD.matcher(form);
            assertThat(m.find()).as("the login form has its CSRF field").isTrue();
            HttpResponse<String> r = client.send(
                    HttpRequest.newBuilder(URI.create(base + "/login"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString("username=" + name + "&password="
                                    + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + m.group(1)))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.headers().firstValue("Location").orElse("")).doesNotContain("error");
            Matcher meta = META.matcher(get("/").body());
            assertThat(meta.find())
                    .as("a logged-in page carries the CSRF token")
                    .isTrue();
            token = meta.group(1);
        }

        int send(String method, String path) throws IOException, InterruptedException {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
            if (method.equals("GET")) {
                b.GET();
            } else {
                b.header("Content-Type", "application/x-www-form-urlencoded")
                        .header("X-CSRF-TOKEN", token)
                        .method(method, HttpRequest.BodyPublishers.ofString("text=hello&agent=Agent&turn=1"));
            }
            return client.send(b.build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        }

        private HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return client.send(
                    HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
