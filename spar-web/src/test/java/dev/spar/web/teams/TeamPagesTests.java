package dev.spar.web.teams;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spar.web.Http;
import dev.spar.web.PageForms;
import dev.spar.web.TestDatabase;
import dev.spar.web.accounts.Accounts;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The team pages by role, as a logged-in browser gets them: a team's page shows each role its own sections and
 * another team's coach nothing; a run's review opens read-only for a coach who may see the run, never for private
 * practice, and its owner-only actions stay the owner's.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "spar.mode=accounts")
class TeamPagesTests {
    static final String PASSWORD = "correct horse battery";

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws Exception {
        TestDatabase.fresh().forEach((k, v) -> registry.add(k, () -> v));
        String dir = Files.createTempDirectory("spar-team-pages").toString();
        registry.add("spar.data-dir", () -> dir);
    }

    @BeforeEach
    void administrator() {
        if (accounts.count() == 0) {
            accounts.signUp(accounts.invite(Optional.empty()), "admin", PASSWORD);
        }
    }

    Http api(String name) {
        return new Http(port).as(name, PASSWORD);
    }

    PageForms page(String name) {
        return new PageForms(port).logIn(name, PASSWORD);
    }

    String team(String name, String coach, String... learners) {
        Http.Response made = api("admin").post("/api/teams", "{\"name\": " + Http.quote(name) + "}");
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        String team = made.json().path("id").asText();
        join(team, coach, "coach");
        for (String learner : learners) {
            join(team, learner, "learner");
        }
        return team;
    }

    void join(String team, String name, String role) {
        Http.Response invited = api("admin")
                .post(
                        "/api/teams/" + team + "/invitations",
                        "{\"name\": \"" + name + "\", \"role\": \"" + role + "\"}");
        assertThat(invited.status()).as(invited.body()).isEqualTo(201);
        accounts.signUp(invited.json().path("code").asText(), name, PASSWORD);
    }

    String assign(String team, String coach) {
        Http.Response r = api(coach)
                .post(
                        "/api/teams/" + team + "/assignments",
                        "{\"scenarioId\": \"" + TeamWeekApiTests.SCENARIO + "\", \"due\": \""
                                + LocalDate.now(ZoneOffset.UTC).plusDays(5) + "\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().path("id").asText();
    }

    String practise(String who, String body) {
        Http me = api(who);
        Http.Response started = me.post("/api/sessions", body);
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        String id = started.json().path("id").asText();
        for (String line : TeamWeekApiTests.POOR) {
            me.post("/api/sessions/" + id + "/turns", "{\"text\": " + Http.quote(line) + "}");
        }
        me.post("/api/sessions/" + id + "/end", "{}");
        return id;
    }

    @Test
    void eachRoleSeesItsOwnSectionsOfTheTeamPageAndAnotherTeamsCoachNothing() {
        String team = team("Pages North", "penny", "pete");
        team("Pages South", "sid", "sal");
        String path = "/teams/" + team;

        Http.Response learner = page("pete").get(path);
        assertThat(learner.status()).isEqualTo(200);
        assertThat(learner.body())
                .contains("Monday drills", "Your assignments")
                .doesNotContain("Assign work", "Invite people");

        Http.Response coach = page("penny").get(path);
        assertThat(coach.status()).isEqualTo(200);
        assertThat(coach.body())
                .contains("Assign work", "Disputed findings", "Edit the scorecard", "team-scores-chart")
                .doesNotContain("Invite people", "Audit log", "Your assignments");

        Http.Response admin = page("admin").get(path);
        assertThat(admin.status()).isEqualTo(200);
        assertThat(admin.body())
                .contains("Invite people", "Audit log", "Export the team", "/api/teams/" + team + "/export")
                .doesNotContain("Assign work", "Monday drills");

        assertThat(page("sid").get(path).status()).isEqualTo(404);
        assertThat(page("sal").get(path).status()).isEqualTo(404);

        Map<String, String> assignment = Map.of(
                "scenarioId",
                TeamWeekApiTests.SCENARIO,
                "due",
                LocalDate.now(ZoneOffset.UTC).plusDays(3).toString());
        assertThat(page("pete").submit("/", path + "/assignments", assignment).status())
                .isEqualTo(403);
        assertThat(page("admin").submit("/", path + "/assignments", assignment).status())
                .isEqualTo(403);
        assertThat(page("sid").submit("/", path + "/assignments", assignment).status())
                .isEqualTo(404);
        assertThat(page("penny")
                        .submit("/", path + "/invitations", Map.of("name", "X", "role", "coach"))
                        .status())
                .isEqualTo(403);
        PageForms penny = page("penny");
        assertThat(penny.submit("/", path + "/assignments", assignment).status())
                .isEqualTo(302);
        assertThat(penny.get(path).body()).contains("Assigned.", "0 of 1 done");
        assertThat(page("sid").get("/teams").body()).contains("Pages South").doesNotContain("Pages North");
    }

    @Test
    void aCoachReadsAnAssignedRunReadOnlyButNeverPrivatePractice() {
        String team = team("Review North", "rhea", "ravi");
        team("Review South", "saul", "sina");
        String assignment = assign(team, "rhea");
        String assigned = practise("ravi", "{\"assignmentId\": \"" + assignment + "\"}");
        String secret = practise("ravi", "{\"scenarioId\": \"" + TeamWeekApiTests.SCENARIO + "\"}");

        Http.Response coach = page("rhea").get("/runs/" + assigned);
        assertThat(coach.status()).isEqualTo(200);
        assertThat(coach.body())
                .contains(
                        "as their coach",
                        "Comment on turn 1",
                        "Review North</span>'s scorecard",
                        "Support conversation")
                .doesNotContain("Delete this run", "Run it again", "Try another line here", "Not what I meant");
        assertThat(page("rhea").get("/runs/" + secret).status()).isEqualTo(404);
        assertThat(page("rhea").get("/runs/" + assigned + "/export?format=json").status())
                .isEqualTo(404);
        assertThat(page("rhea").get("/s/" + assigned).status()).isEqualTo(404);
        PageForms rhea = page("rhea");
        assertThat(rhea.submit("/runs/" + assigned, "/runs/" + assigned + "/delete", Map.of())
                        .status())
                .isEqualTo(404);
        assertThat(page("ravi").get("/runs/" + assigned).status()).isEqualTo(200);

        for (String outsider : List.of("saul", "sina")) {
            assertThat(page(outsider).get("/runs/" + assigned).status())
                    .as(outsider)
                    .isEqualTo(404);
        }

        Http.Response owner = page("ravi").get("/runs/" + secret);
        assertThat(owner.body()).contains("Delete this run", "Share with my coaches", "Not what I meant");
        assertThat(page("ravi").get("/runs/" + assigned).body())
                .contains("answers an assignment")
                .doesNotContain("Share with my coaches");
    }

    @Test
    void theHomePageShowsWhatIsDueAndStartsIt() {
        String team = team("Home Team", "hana", "hugo");
        String assignment = assign(team, "hana");
        PageForms hugo = page("hugo");

        Http.Response home = hugo.get("/");
        assertThat(home.body()).contains("Due for you", "Not started", "href=\"/teams\"");
        assertThat(page("hana").get("/").body()).doesNotContain("Due for you").contains("href=\"/teams\"");

        Http.Response started = hugo.submit("/", "/assignments/" + assignment + "/start", Map.of());
        assertThat(started.status()).isEqualTo(302);
        assertThat(hugo.lastLocation().orElseThrow()).matches(".*/s/[0-9a-f-]{36}$");
        assertThat(hugo.get("/").body()).contains("In progress", "Practise again");
    }

    @Test
    void aLearnerSubmitsOneOfTheirRealConversationsForAReviewAssignmentFromTheHomePage() {
        String team = team("Review Home", "rosalind", "ravindra");
        Http.Response assigned = api("rosalind")
                .post(
                        "/api/teams/" + team + "/assignments",
                        "{\"kind\": \"review\", \"due\": \""
                                + LocalDate.now(ZoneOffset.UTC).plusDays(5) + "\"}");
        assertThat(assigned.status()).as(assigned.body()).isEqualTo(201);
        String assignment = assigned.json().path("id").asText();
        PageForms ravi = page("ravindra");
        assertThat(ravi.get("/").body())
                .contains("Have a real conversation reviewed", "Import a conversation")
                .doesNotContain("Submit it");

        String chat = api("ravindra")
                .post(
                        "/api/reviews",
                        "{\"fileName\": \"tuesday-chat.txt\", \"content\": "
                                + Http.quote(dev.spar.web.conversations.Chats.BLAMING) + "}")
                .json()
                .path("id")
                .asText();
        assertThat(ravi.get("/").body()).contains("Submit it", "tuesday-chat.txt");
        Http.Response submitted =
                ravi.submit("/", "/assignments/" + assignment + "/conversation", Map.of("conversationId", chat));
        assertThat(submitted.status()).isEqualTo(302);
        assertThat(ravi.get("/").body()).contains("Submitted for review.", "Done");
        assertThat(api("rosalind")
                        .get("/api/reviews/" + chat)
                        .json()
                        .path("owner")
                        .asText())
                .isEqualTo("ravindra");
        // the coach reads it read-only and comments on a turn; the learner reads the comment beside that turn
        PageForms rosalind = page("rosalind");
        assertThat(rosalind.get("/teams/" + team).body())
                .as("the standings link to the submitted conversation")
                .contains("href=\"/conversations/" + chat + "\"", "Conversation 1");
        Http.Response read = rosalind.get("/conversations/" + chat);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.body())
                .contains("as their coach", "Comment on turn 2")
                .doesNotContain("Delete this conversation", "Practise this customer", "Drill this reply");
        assertThat(rosalind.get("/conversations/" + chat + "/export").status()).isEqualTo(404);
        Http.Response commented = rosalind.submit(
                "/conversations/" + chat,
                "/conversations/" + chat + "/comments",
                Map.of("turn", "2", "text", "Say sorry before the terms."));
        assertThat(commented.status()).isEqualTo(302);
        assertThat(ravi.get("/").body()).contains("Say sorry before the terms.");
        assertThat(ravi.get("/conversations/" + chat).body())
                .contains("Say sorry before the terms.", "Your coaches", "Delete this conversation");
        String other = api("ravindra")
                .post(
                        "/api/reviews",
                        "{\"fileName\": \"private.txt\", \"content\": "
                                + Http.quote(dev.spar.web.conversations.Chats.BLAMING) + "}")
                .json()
                .path("id")
                .asText();
        assertThat(rosalind.get("/conversations/" + other).status())
                .as("private stays private")
                .isEqualTo(404);
    }

    @Test
    void theConversationOfTheWeekIsOnTheHomePageOfTheTeam() {
        String team = team("Week Home", "wanda", "wim");
        String run = practise("wim", "{\"assignmentId\": \"" + assign(team, "wanda") + "\"}");
        assertThat(page("wim").get("/").body()).doesNotContain("Conversation of the week");
        Http.Response shared = api("wanda")
                .post(
                        "/api/teams/" + team + "/highlights",
                        "{\"sessionId\": \"" + run + "\", \"turn\": 2, \"note\": \"Notice the <b>pause</b>.\"}");
        assertThat(shared.status()).as(shared.body()).isEqualTo(201);
        assertThat(page("wim").get("/").body())
                .contains("Conversation of the week", "Week Home", "Notice the &lt;b&gt;pause&lt;/b&gt;.");
    }

    @Test
    void nobodyOutsideATeamSeesTheTeamsLink() {
        accounts.signUp(accounts.invite(Optional.empty()), "loner", PASSWORD);
        assertThat(page("loner").get("/").body()).doesNotContain("href=\"/teams\"");
        assertThat(page("admin").get("/").body()).contains("href=\"/teams\"");
    }

    @Test
    void aRefusedFormComesBackWithTheReasonAndWhatWasTyped() {
        String team = team("Typed Team", "tess", "tom");
        PageForms tess = page("tess");
        String path = "/teams/" + team;

        Http.Response r = tess.submit(
                path,
                path + "/assignments",
                Map.of(
                        "scenarioId", TeamWeekApiTests.SCENARIO,
                        "due", "2001-01-01",
                        "note", "Mind the <b>policy</b> line",
                        "people", "tom"));
        assertThat(r.status()).isEqualTo(302);
        Http.Response back = tess.get(path);
        assertThat(back.body())
                .contains("The due date is in the past")
                .contains("Mind the &lt;b&gt;policy&lt;/b&gt; line")
                .doesNotContain("<b>policy</b>")
                .contains("value=\"2001-01-01\"");

        PageForms admin = page("admin");
        admin.submit(
                path, path + "/invitations/csv", Map.of("csv", "Ann,ann@example.com,learner\n,x@example.com,coach"));
        assertThat(admin.get(path).body()).contains("Line 2 has no name.").contains("Ann,ann@example.com,learner");
    }

    @Test
    void aCoachSetsTheWeekAndTheScorecardAndALearnerRewritesTheDrill() {
        String team = team("Week Team", "dora", "dan");
        String path = "/teams/" + team;
        PageForms dora = page("dora");
        PageForms dan = page("dan");

        dora.submit(
                path,
                path + "/drills",
                Map.of("pattern", "yes-and", "customer", "It broke again!", "reply", "Policy says no.", "note", "Go"));
        String drill = api("dora")
                .get("/api/teams/" + team + "/drills")
                .json()
                .get(0)
                .path("id")
                .asText();
        assertThat(dan.get(path).body()).contains("It broke again!", "Policy says no.", "Send my rewrite");

        String rewrites = path + "/drills/" + drill + "/rewrites";
        dan.submit(path, rewrites, Map.of("text", " "));
        assertThat(dan.get(path).body()).contains("The rewrite is empty.");
        dan.submit(path, rewrites, Map.of("text", "Yes, it broke again, and I can send a replacement today."));
        assertThat(dan.get(path).body()).contains("Your rewrite scored").contains("Send a new rewrite");
        assertThat(dora.get(path).body())
                .contains("Yes, it broke again, and I can send a replacement today.")
                .contains("/100");

        String run = practise("dan", "{\"assignmentId\": \"" + assign(team, "dora") + "\"}");
        dora.submit(path, path + "/highlights", Map.of("sessionId", run, "turn", "99", "note", "Look here"));
        assertThat(dora.get(path).body()).contains("Turn 99 is not in it").contains("Look here");
        dora.submit(path, path + "/highlights", Map.of("sessionId", run, "turn", "1", "note", "Look here"));
        assertThat(dan.get(path).body()).contains("Conversation of the week").contains("Look here");

        Map<String, String> row = new java.util.HashMap<>(Map.of(
                "name", "Ours",
                "criterionId", "",
                "criterionName", "Stays calm",
                "weight", "many",
                "scale", "yes-no",
                "check", "stays-calm",
                "critical", "0"));
        dora.submit(path, path + "/scorecard", row);
        assertThat(dora.get(path).body())
                .contains("The weight on row 1 is a whole number")
                .contains("value=\"Ours\"")
                .contains("value=\"many\"");
        row.put("weight", "3");
        dora.submit(path, path + "/scorecard", row);
        var card = api("dora").get("/api/teams/" + team + "/scorecard").json();
        assertThat(card.path("name").asText()).isEqualTo("Ours");
        assertThat(card.path("criteria").size()).isEqualTo(1);
        assertThat(card.path("criteria").get(0).path("id").asText()).isEqualTo("stays-calm");
        assertThat(card.path("criteria").get(0).path("critical").asBoolean()).isTrue();
    }

    @Test
    void aRunIsScoredOnTheCardOfEachTeamThatMayReadIt() {
        String first = team("Card A", "ana", "mia");
        String second = team("Card B", "ben");
        assertThat(api("admin")
                        .post("/api/teams/" + second + "/members", "{\"username\": \"mia\", \"role\": \"learner\"}")
                        .status())
                .isEqualTo(200);
        String run = practise("mia", "{\"assignmentId\": \"" + assign(first, "ana") + "\"}");
        String review = "/runs/" + run;

        assertThat(page("ana").get(review).body())
                .contains("Card A</span>'s scorecard")
                .doesNotContain("Card B");
        assertThat(page("ben").get(review).status()).isEqualTo(404);
        assertThat(page("mia").get(review).body()).contains("Card A</span>'s scorecard", "Card B</span>'s scorecard");

        page("mia").submit(review, review + "/share", Map.of("shared", "true"));
        assertThat(page("ben").get(review).body())
                .contains("Card B</span>'s scorecard")
                .doesNotContain("Card A");

        // the coach overrides Spar's mark with a reason, which the learner then reads; without one it is refused
        PageForms ana = page("ana");
        assertThat(ana.get(review).body()).contains("Override");
        assertThat(page("mia").get(review).body()).doesNotContain("Override</summary>");
        Map<String, String> noReason = Map.of("criterion", "no-blame", "mark", "yes", "override", "true");
        ana.submit(review, review + "/scorecard/" + first, noReason);
        assertThat(ana.get(review).body()).contains("Say why you override");
        Map<String, String> withReason = new java.util.HashMap<>(noReason);
        withReason.put("reason", "She quoted the policy they signed.");
        ana.submit(review, review + "/scorecard/" + first, withReason);
        assertThat(page("mia").get(review).body()).contains("Set by ana: She quoted the policy they signed.");
        assertThat(page("ben")
                        .submit(review, review + "/scorecard/" + first, withReason)
                        .status())
                .as("another team's coach")
                .isIn(403, 404);
    }

    @Test
    void anInvitationSaysWhetherItIsOpenUsedRevokedOrExpired() {
        java.time.Instant now = java.time.Instant.parse("2026-12-01T10:00:00Z");
        java.time.Instant later = now.plusSeconds(60);
        assertThat(invitation(later, Optional.empty(), false).status(now)).isEqualTo("open");
        assertThat(invitation(later, Optional.of("lena"), false).status(now)).isEqualTo("used by lena");
        assertThat(invitation(later, Optional.empty(), true).status(now)).isEqualTo("revoked");
        assertThat(invitation(now, Optional.empty(), false).status(later)).isEqualTo("expired");
    }

    private static Teams.TeamInvitation invitation(
            java.time.Instant expires, Optional<String> usedBy, boolean revoked) {
        return new Teams.TeamInvitation("code", "Lena", Role.LEARNER, expires, usedBy, revoked);
    }
}
