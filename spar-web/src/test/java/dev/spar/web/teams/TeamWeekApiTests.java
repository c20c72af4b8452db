package dev.spar.web.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.spar.web.Http;
import dev.spar.web.TestDatabase;
import dev.spar.web.accounts.Accounts;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A coach's week over the API, as a script would run it: an administrator makes a team and invites people, a coach
 * assigns a scenario, learners practise (one also privately), the coach reads the assigned runs (never the private
 * one), comments, settles a dispute, and sees completion and scores on the dashboard.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "spar.mode=accounts")
class TeamWeekApiTests {
    static final String PASSWORD = "correct horse battery";
    static final String SCENARIO = "refund-outside-window";
    static final List<String> GOOD = List.of(
            "I'm sorry the laptop keeps crashing, that must be maddening after six weeks.",
            "Can you tell me what happens when it crashes?",
            "Here is what I can do: a repair under warranty, or an exchange this week.");
    static final List<String> POOR = List.of(
            "Well, you should have read the return policy before buying.",
            "I guess maybe we could possibly look at it, sorry, I don't know.");

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws Exception {
        TestDatabase.fresh().forEach((k, v) -> registry.add(k, () -> v));
        String dir = Files.createTempDirectory("spar-teams").toString();
        registry.add("spar.data-dir", () -> dir);
    }

    @BeforeEach
    void administrator() {
        if (accounts.count() == 0) {
            accounts.signUp(accounts.invite(Optional.empty()), "admin", PASSWORD);
        }
    }

    Http as(String name) {
        return new Http(port).as(name, PASSWORD);
    }

    /** Makes a team with a coach and learners, signed up through the team's own invitation links. */
    String team(String name, String coach, String... learners) {
        Http admin = as("admin");
        Http.Response made = admin.post("/api/teams", "{\"name\": " + Http.quote(name) + "}");
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        String team = made.json().path("id").asText();
        join(team, coach, "coach");
        for (String learner : learners) {
            join(team, learner, "learner");
        }
        return team;
    }

    void join(String team, String name, String role) {
        Http.Response invited = as("admin")
                .post(
                        "/api/teams/" + team + "/invitations",
                        "{\"name\": \"" + name + "\", \"role\": \"" + role + "\"}");
        assertThat(invited.status()).as(invited.body()).isEqualTo(201);
        assertThat(invited.json().path("link").asText()).contains("/signup?code=");
        accounts.signUp(invited.json().path("code").asText(), name, PASSWORD);
    }

    static String due() {
        return LocalDate.now(ZoneOffset.UTC).plusDays(5).toString();
    }

    String assign(String team, String coach, String extra) {
        Http.Response r = as(coach)
                .post(
                        "/api/teams/" + team + "/assignments",
                        "{\"scenarioId\": \"" + SCENARIO + "\", \"due\": \"" + due() + "\"" + extra + "}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().path("id").asText();
    }

    String practise(String who, String body, List<String> lines) {
        Http me = as(who);
        Http.Response started = me.post("/api/sessions", body);
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        String id = started.json().path("id").asText();
        for (String line : lines) {
            Http.Response said = me.post("/api/sessions/" + id + "/turns", "{\"text\": " + Http.quote(line) + "}");
            if (said.status() != 200 || said.json().path("ended").asBoolean()) {
                break;
            }
        }
        assertThat(me.post("/api/sessions/" + id + "/end", "{}").status()).isEqualTo(200);
        return id;
    }

    @Test
    void aCoachsWeekFromInvitationToDashboard() {
        String team = team("Support EMEA", "cora", "lena", "liam");
        String assignment = assign(team, "cora", ", \"minScore\": 1, \"attempts\": 3");

        JsonNode lenas = as("lena").get("/api/assignments").json();
        assertThat(lenas.size()).isEqualTo(1);
        assertThat(lenas.get(0).path("standing").path("status").asText()).isEqualTo("not-started");
        assertThat(lenas.get(0).path("team").asText()).isEqualTo("Support EMEA");

        String lenaRun = practise("lena", "{\"assignmentId\": \"" + assignment + "\"}", GOOD);
        String liamRun = practise("liam", "{\"assignmentId\": \"" + assignment + "\"}", POOR);
        String lenaPrivate = practise("lena", "{\"scenarioId\": \"" + SCENARIO + "\"}", POOR);

        assertThat(as("lena")
                        .get("/api/assignments")
                        .json()
                        .get(0)
                        .path("standing")
                        .path("status")
                        .asText())
                .isEqualTo("passed");

        // the coach sees both assigned runs, and not the private one
        Http cora = as("cora");
        JsonNode progress =
                cora.get("/api/teams/" + team + "/assignments/" + assignment).json();
        assertThat(progress.path("complete").asInt()).isEqualTo(2);
        List<String> runs = new ArrayList<>();
        progress.path("standings").forEach(p -> p.path("runs")
                .forEach(r -> runs.add(r.path("runId").asText())));
        assertThat(runs).containsExactlyInAnyOrder(lenaRun, liamRun);
        assertThat(cora.get("/api/sessions/" + lenaRun).json().path("owner").asText())
                .isEqualTo("lena");
        assertThat(cora.get("/api/sessions/" + lenaPrivate).status()).isEqualTo(404);
        assertThat(cora.post("/api/sessions/" + lenaPrivate + "/comments", "{\"turn\": 1, \"text\": \"hi\"}")
                        .status())
                .isEqualTo(404);

        // a comment on a turn reaches the learner beside that turn
        Http.Response commented = cora.post(
                "/api/sessions/" + liamRun + "/comments", "{\"turn\": 2, \"text\": \"Own the policy here.\"}");
        assertThat(commented.status()).as(commented.body()).isEqualTo(201);
        JsonNode home = as("liam").get("/api/home").json();
        assertThat(home.path("commentsWaiting").get(0).path("text").asText()).isEqualTo("Own the policy here.");
        JsonNode seen = as("liam").get("/api/sessions/" + liamRun).json();
        assertThat(seen.path("comments").get(0).path("turn").asInt()).isEqualTo(2);
        assertThat(seen.path("comments").get(0).path("author").asText()).isEqualTo("cora");
        assertThat(as("liam").get("/api/home").json().path("commentsWaiting").size())
                .isZero();

        // the learner disputes a finding, the coach settles it, the dashboard counts it
        JsonNode problem = firstProblem(seen);
        Http.Response disputed = as("liam")
                .post(
                        "/api/sessions/" + liamRun + "/disputes",
                        "{\"turn\": " + problem.path("turn").asInt() + ", \"category\": \""
                                + problem.path("category").asText() + "\", \"reason\": \"That is not what I meant.\"}");
        assertThat(disputed.status()).as(disputed.body()).isEqualTo(201);
        assertThat(disputed.json().path("quote").asText())
                .isEqualTo(problem.path("quote").asText());
        String dispute = disputed.json().path("id").asText();
        assertThat(as("liam")
                        .post("/api/disputes/" + dispute + "/settle", "{\"upheld\": false}")
                        .status())
                .isEqualTo(403);
        Http.Response settled = cora.post(
                "/api/disputes/" + dispute + "/settle", "{\"upheld\": true, \"note\": \"It" + " reads as blame.\"}");
        assertThat(settled.status()).as(settled.body()).isEqualTo(200);
        assertThat(settled.json().path("state").asText()).isEqualTo("UPHELD");

        JsonNode dashboard = cora.get("/api/teams/" + team + "/dashboard").json();
        assertThat(dashboard.path("assignments").get(0).path("people").size()).isEqualTo(2);
        JsonNode tally = dashboard.path("disputes").get(0);
        assertThat(tally.path("upheld").asInt()).isEqualTo(1);
        List<String> learners = new ArrayList<>();
        dashboard.path("learners").forEach(l -> {
            learners.add(l.path("username").asText());
            assertThat(l.path("runs").asInt())
                    .as("private practice is not counted")
                    .isEqualTo(1);
            assertThat(l.path("scores").size()).isEqualTo(1);
        });
        assertThat(learners).containsExactlyInAnyOrder("lena", "liam");

        // sharing a private run shows it to the coach
        assertThat(as("lena")
                        .post("/api/sessions/" + lenaPrivate + "/share", "{}")
                        .status())
                .isEqualTo(200);
        assertThat(cora.get("/api/sessions/" + lenaPrivate).status()).isEqualTo(200);
        assertThat(cora.get("/api/sessions/" + lenaPrivate + "/review").json())
                .isEqualTo(cora.get("/api/sessions/" + lenaPrivate).json().path("critique"));
        assertThat(as("lena").delete("/api/sessions/" + lenaPrivate + "/share").status())
                .isEqualTo(200);
        assertThat(cora.get("/api/sessions/" + lenaPrivate).status()).isEqualTo(404);
        assertThat(cora.get("/api/sessions/" + lenaPrivate + "/review").status())
                .isEqualTo(404);
    }

    @Test
    void anotherTeamsCoachAndLearnersSeeNothingOfThisTeam() {
        String team = team("North", "nora", "nick");
        String other = team("South", "sam", "sue");
        String assignment = assign(team, "nora", "");
        String run = practise("nick", "{\"assignmentId\": \"" + assignment + "\"}", GOOD);

        for (String outsider : new String[] {"sam", "sue"}) {
            Http them = as(outsider);
            assertThat(them.get("/api/teams/" + team).status()).as(outsider).isEqualTo(404);
            assertThat(them.get("/api/teams/" + team + "/dashboard").status())
                    .as(outsider)
                    .isEqualTo(404);
            assertThat(them.get("/api/teams/" + team + "/assignments").status())
                    .as(outsider)
                    .isEqualTo(404);
            assertThat(them.get("/api/teams/" + team + "/assignments/" + assignment)
                            .status())
                    .as(outsider)
                    .isEqualTo(404);
            assertThat(them.get("/api/sessions/" + run).status()).as(outsider).isEqualTo(404);
            assertThat(them.get("/api/sessions/" + run + "/review").status())
                    .as(outsider)
                    .isEqualTo(404);
            assertThat(them.get("/api/sessions/" + run + "/comments").status())
                    .as(outsider)
                    .isEqualTo(404);
            assertThat(them.post("/api/sessions", "{\"assignmentId\": \"" + assignment + "\"}")
                            .status())
                    .as(outsider)
                    .isEqualTo(404);
            assertThat(them.get("/api/assignments").json().size()).as(outsider).isZero();
        }
        assertThat(as("sam").get("/api/teams").json().get(0).path("id").asText())
                .isEqualTo(other);
        // the administrator manages the team but does not read its runs
        assertThat(as("admin").get("/api/sessions/" + run).status()).isEqualTo(404);
        assertThat(as("admin").get("/api/teams/" + team + "/export").status()).isEqualTo(200);
    }

    @Test
    void eachRoleGetsWhatItMayDoAndNoMore() {
        String team = team("Roles", "rita", "rob");
        String assignment = assign(team, "rita", "");
        String t = "/api/teams/" + team;
        record Call(String method, String path, String body, int learner, int coach, int admin) {}
        List<Call> calls = List.of(
                new Call("POST", "/api/teams", "{\"name\": \"X\"}", 403, 403, 201),
                new Call("GET", t, null, 200, 200, 200),
                new Call("GET", t + "/members", null, 403, 200, 200),
                new Call("POST", t + "/invitations", "{\"name\": \"N\", \"role\": \"learner\"}", 403, 403, 201),
                new Call("GET", t + "/invitations", null, 403, 403, 200),
                new Call("POST", t + "/members", "{\"username\": \"rob\", \"role\": \"learner\"}", 403, 403, 200),
                new Call(
                        "POST",
                        t + "/assignments",
                        "{\"scenarioId\": \"" + SCENARIO + "\", \"due\": \"" + due() + "\"}",
                        403,
                        201,
                        403),
                new Call("GET", t + "/assignments", null, 403, 200, 403),
                new Call("GET", t + "/assignments/" + assignment, null, 403, 200, 403),
                new Call("GET", t + "/dashboard", null, 403, 200, 403),
                new Call("GET", t + "/disputes", null, 403, 200, 403),
                new Call("GET", t + "/scorecard", null, 200, 200, 200),
                new Call(
                        "PUT",
                        t + "/scorecard",
                        "{\"name\": \"Ours\", \"criteria\": [{\"id\": \"calm\", \"name\":"
                                + " \"Stays calm\", \"weight\": 2, \"scale\": \"yes-no\", \"check\": \"stays-calm\"}]}",
                        403,
                        200,
                        403),
                new Call("POST", t + "/highlights", "{}", 403, 400, 403),
                new Call(
                        "POST",
                        t + "/drills",
                        "{\"pattern\": \"yes-and\", \"customer\": \"It broke again!\","
                                + " \"reply\": \"Policy says no.\"}",
                        403,
                        201,
                        403),
                new Call("GET", t + "/drills", null, 200, 200, 200),
                new Call("GET", t + "/export", null, 403, 403, 200),
                new Call("GET", t + "/audit", null, 403, 403, 200));
        for (Call c : calls) {
            for (String[] who : new String[][] {{"rob", "learner"}, {"rita", "coach"}, {"admin", "admin"}}) {
                Http h = as(who[0]);
                Http.Response r =
                        switch (c.method()) {
                            case "GET" -> h.get(c.path());
                            case "PUT" -> h.put(c.path(), c.body());
                            default -> h.post(c.path(), c.body());
                        };
                int expected =
                        switch (who[1]) {
                            case "learner" -> c.learner();
                            case "coach" -> c.coach();
                            default -> c.admin();
                        };
                assertThat(r.status())
                        .as(c.method() + " " + c.path() + " as " + who[1] + ": " + r.body())
                        .isEqualTo(expected);
                if (r.status() >= 400) {
                    assertThat(r.contentType()).contains("application/problem+json");
                }
            }
        }
        assertThat(new Http(port).get(t).status()).isEqualTo(401);
    }

    private static JsonNode firstProblem(JsonNode session) {
        for (JsonNode f : session.path("critique").path("findings")) {
            if ("problem".equals(f.path("kind").asText())) {
                return f;
            }
        }
        throw new AssertionError("the poor run has no problem finding: " + session.path("critique"));
    }
}
