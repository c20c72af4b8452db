package dev.spar.web.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.spar.web.Http;
import dev.spar.web.TestDatabase;
import dev.spar.web.accounts.Accounts;
import java.nio.file.Files;
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
 * What a coach does beyond assigning, and what an administrator does with people: the Monday drill and its
 * rewrites side by side, the conversation of the week, scorecards with marks and overrides, invitations by CSV that
 * expire or are revoked, bad input refused with nothing stored, and a person's data deleted on request.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "spar.mode=accounts")
class TeamCoachingApiTests {
    static final String PASSWORD = TeamWeekApiTests.PASSWORD;

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws Exception {
        TestDatabase.fresh().forEach((k, v) -> registry.add(k, () -> v));
        String dir = Files.createTempDirectory("spar-team-coaching").toString();
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

    String team(String name, String coach, String... learners) {
        String team = as("admin")
                .post("/api/teams", "{\"name\": " + Http.quote(name) + "}")
                .json()
                .path("id")
                .asText();
        StringBuilder csv = new StringBuilder("name,email,role\n" + coach + ",c@example.com,coach\n");
        for (String l : learners) {
            csv.append(l).append(",,\n");
        }
        Http.Response invited = as("admin")
                .post("/api/teams/" + team + "/invitations/csv", "{\"csv\": " + Http.quote(csv.toString()) + "}");
        assertThat(invited.status()).as(invited.body()).isEqualTo(201);
        for (JsonNode i : invited.json()) {
            accounts.signUp(i.path("code").asText(), i.path("name").asText(), PASSWORD);
        }
        return team;
    }

    @Test
    void theMondayDrillIsScoredByTheAnalysisAndTheCoachSeesTheRewritesSideBySide() {
        String team = team("Drill team", "dana", "dev", "dot");
        Http.Response drill = as("dana")
                .post(
                        "/api/teams/" + team + "/drills",
                        "{\"pattern\": \"empathy-before-policy\", \"customer\": \"This is the third time my order"
                                + " went missing and nobody calls me back!\", \"reply\": \"Our policy is that we"
                                + " investigate lost parcels within 10 working days.\", \"note\": \"Lead with them.\"}");
        assertThat(drill.status()).as(drill.body()).isEqualTo(201);
        String id = drill.json().path("id").asText();
        assertThat(as("dev")
                        .get("/api/teams/" + team + "/drills")
                        .json()
                        .get(0)
                        .path("id")
                        .asText())
                .isEqualTo(id);

        JsonNode weak = as("dev")
                .post(
                        "/api/drills/" + id + "/rewrites",
                        "{\"text\": \"Policy is 10 working days, you just need to wait.\"}")
                .json();
        JsonNode strong = as("dot")
                .post(
                        "/api/drills/" + id + "/rewrites",
                        "{\"text\": \"I'm sorry, a third missing order is really frustrating, and not being called"
                                + " back makes it worse. The investigation takes up to 10 working days, and I'll"
                                + " call you myself on Friday with what we find.\"}")
                .json();
        assertThat(strong.path("score").asInt())
                .isGreaterThan(weak.path("score").asInt());
        assertThat(weak.path("feedback").asText()).isNotBlank();

        JsonNode side = as("dana").get("/api/drills/" + id).json();
        List<String> who = new ArrayList<>();
        side.path("rewrites").forEach(r -> who.add(r.path("username").asText()));
        assertThat(who).containsExactly("dot", "dev");
        JsonNode own = as("dev").get("/api/drills/" + id).json();
        assertThat(own.path("rewrites").size())
                .as("a learner sees their own rewrite only")
                .isEqualTo(1);
        assertThat(team("Elsewhere", "eve", "eli")).isNotBlank();
        assertThat(as("eli")
                        .post("/api/drills/" + id + "/rewrites", "{\"text\": \"Hello\"}")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void aRealConversationSubmittedForAReviewAssignmentIsReadCommentedAndScoredByTheCoach() {
        String team = team("Review team", "ria", "raj", "rex");
        Http ria = as("ria");
        Http.Response assigned = ria.post(
                "/api/teams/" + team + "/assignments",
                "{\"kind\": \"review\", \"title\": \"Review one of this week's chats\", \"due\": \""
                        + TeamWeekApiTests.due() + "\", \"attempts\": 1}");
        assertThat(assigned.status()).as(assigned.body()).isEqualTo(201);
        String assignment = assigned.json().path("id").asText();
        Http raj = as("raj");
        String chat = raj.post(
                        "/api/reviews",
                        "{\"fileName\": \"chat.txt\", \"content\": "
                                + Http.quote(dev.spar.web.conversations.Chats.BLAMING) + "}")
                .json()
                .path("id")
                .asText();
        String other = raj.post(
                        "/api/reviews",
                        "{\"fileName\": \"other.txt\", \"content\": "
                                + Http.quote(dev.spar.web.conversations.Chats.BLAMING) + "}")
                .json()
                .path("id")
                .asText();
        assertThat(raj.post("/api/sessions", "{\"assignmentId\": \"" + assignment + "\"}")
                        .status())
                .as("a review assignment is not practised")
                .isEqualTo(409);
        Http.Response submitted =
                raj.post("/api/assignments/" + assignment + "/conversations", "{\"conversationId\": \"" + chat + "\"}");
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        assertThat(submitted.json().path("standing").path("status").asText()).isEqualTo("done");
        assertThat(raj.post(
                                "/api/assignments/" + assignment + "/conversations",
                                "{\"conversationId\": \"" + other + "\"}")
                        .status())
                .as("one attempt allowed")
                .isEqualTo(409);

        JsonNode read = ria.get("/api/reviews/" + chat).json();
        assertThat(read.path("owner").asText()).isEqualTo("raj");
        assertThat(ria.get("/api/reviews/" + other).status())
                .as("not submitted, not shared")
                .isEqualTo(404);
        assertThat(as("rex").get("/api/reviews/" + chat).status())
                .as("another learner")
                .isEqualTo(404);

        assertThat(ria.post("/api/reviews/" + chat + "/comments", "{\"turn\": 2, \"text\": \"Start with sorry.\"}")
                        .status())
                .isEqualTo(201);
        assertThat(raj.get("/api/home")
                        .json()
                        .path("commentsWaiting")
                        .get(0)
                        .path("kind")
                        .asText())
                .isEqualTo("CONVERSATION");
        JsonNode scored = ria.get("/api/teams/" + team + "/sessions/" + chat + "/scorecard")
                .json();
        assertThat(scored.path("failedCritical").asBoolean())
                .as("the default card's no-blame criterion fails on 'you should have read the delivery terms'")
                .isTrue();
        Http.Response disputed = raj.post(
                "/api/reviews/" + chat + "/disputes",
                "{\"turn\": 2, \"category\": \"blame\", \"reason\": \"The terms were on the order page.\"}");
        assertThat(disputed.status()).as(disputed.body()).isEqualTo(201);
        assertThat(ria.get("/api/teams/" + team + "/disputes")
                        .json()
                        .get(0)
                        .path("subjectId")
                        .asText())
                .isEqualTo(chat);
        assertThat(raj.post("/api/reviews/" + other + "/share", "{}").status()).isEqualTo(200);
        assertThat(ria.get("/api/reviews/" + other).status()).as("shared now").isEqualTo(200);
    }

    @Test
    void aTypedDrillHasItsPersonalDataRemovedBeforeTheTeamSeesIt() {
        String team = team("Redacting team", "rhea", "ron");
        JsonNode drill = as("rhea")
                .post(
                        "/api/teams/" + team + "/drills",
                        "{\"pattern\": \"yes-and\", \"customer\": \"I'm Maria Lopez, call me on 07700 900123, order"
                                + " AB123456789.\", \"reply\": \"Email maria.lopez@example.com the receipt.\"}")
                .json();
        String text =
                drill.path("customer").asText() + " " + drill.path("reply").asText();
        assertThat(text).doesNotContain("07700", "maria.lopez@example.com", "AB123456789");
    }

    @Test
    void aRunIsScoredOnTheTeamsCardAndACoachsOverrideCarriesItsReason() {
        String team = team("Card team", "cal", "cat");
        Http cal = as("cal");
        Http.Response card = cal.put(
                "/api/teams/" + team + "/scorecard",
                "{\"name\": \"Our card\", \"criteria\": ["
                        + "{\"id\": \"no-blame\", \"name\": \"No blame\", \"weight\": 3, \"scale\": \"yes-no\","
                        + " \"check\": \"no-blame\", \"critical\": true},"
                        + "{\"id\": \"warmth\", \"name\": \"Warmth\", \"weight\": 1, \"scale\": \"1-5\"}]}");
        assertThat(card.status()).as(card.body()).isEqualTo(200);
        String assignment = cal.post(
                        "/api/teams/" + team + "/assignments",
                        "{\"scenarioId\": \"refund-outside-window\", \"due\": \"" + TeamWeekApiTests.due() + "\"}")
                .json()
                .path("id")
                .asText();
        Http cat = as("cat");
        String run = cat.post("/api/sessions", "{\"assignmentId\": \"" + assignment + "\"}")
                .json()
                .path("id")
                .asText();
        cat.post("/api/sessions/" + run + "/turns", "{\"text\": \"You should have read the policy, that's on you.\"}");
        cat.post("/api/sessions/" + run + "/end", "{}");

        JsonNode scored = cal.get("/api/teams/" + team + "/sessions/" + run + "/scorecard")
                .json();
        assertThat(scored.path("failedCritical").asBoolean())
                .as(scored.toString())
                .isTrue();
        assertThat(scored.path("percent").asInt()).isZero();
        assertThat(scored.path("unmarked").get(0).asText()).isEqualTo("warmth");
        assertThat(scored.path("criteria").get(0).path("explanation").asText()).contains("read the policy");

        Http.Response noReason = cal.post(
                "/api/teams/" + team + "/sessions/" + run + "/scorecard/marks",
                "{\"criterion\": \"no-blame\", \"mark\": \"yes\", \"override\": true}");
        assertThat(noReason.status()).isEqualTo(400);
        Http.Response overridden = cal.post(
                "/api/teams/" + team + "/sessions/" + run + "/scorecard/marks",
                "{\"criterion\": \"no-blame\", \"mark\": \"yes\", \"override\": true, \"reason\": \"Quoting the"
                        + " policy they agreed to, not blame.\"}");
        assertThat(overridden.status()).as(overridden.body()).isEqualTo(200);
        cal.post(
                "/api/teams/" + team + "/sessions/" + run + "/scorecard/marks",
                "{\"criterion\": \"warmth\", \"mark\": \"5\"}");
        JsonNode after = cat.get("/api/teams/" + team + "/sessions/" + run + "/scorecard")
                .json();
        assertThat(after.path("failedCritical").asBoolean()).isFalse();
        assertThat(after.path("percent").asInt()).isEqualTo(100);
        assertThat(after.path("criteria").get(0).path("overrideReason").asText())
                .contains("not blame");
        assertThat(cat.post(
                                "/api/teams/" + team + "/sessions/" + run + "/scorecard/marks",
                                "{\"criterion\": \"warmth\", \"mark\": \"1\"}")
                        .status())
                .as("a learner cannot mark their own run")
                .isEqualTo(403);
    }

    @Test
    void aFindingOverturnedOnDisputeNoLongerCountsOnTheScorecard() {
        String team = team("Overturn team", "otto", "olga");
        String assignment = as("otto")
                .post(
                        "/api/teams/" + team + "/assignments",
                        "{\"scenarioId\": \"refund-outside-window\", \"due\": \"" + TeamWeekApiTests.due() + "\"}")
                .json()
                .path("id")
                .asText();
        Http olga = as("olga");
        String run = olga.post("/api/sessions", "{\"assignmentId\": \"" + assignment + "\"}")
                .json()
                .path("id")
                .asText();
        olga.post("/api/sessions/" + run + "/turns", "{\"text\": \"You should have read the policy, that's on you.\"}");
        JsonNode ended = olga.post("/api/sessions/" + run + "/end", "{}").json();
        String card = "/api/teams/" + team + "/sessions/" + run + "/scorecard";
        assertThat(as("otto").get(card).json().path("failedCritical").asBoolean())
                .isTrue();

        List<String[]> blamed = new ArrayList<>();
        ended.path("critique").path("findings").forEach(f -> {
            if (f.path("quote").asText().contains("read the policy")
                    && "problem".equals(f.path("kind").asText())) {
                blamed.add(new String[] {
                    f.path("turn").asText(), f.path("category").asText()
                });
            }
        });
        assertThat(blamed).isNotEmpty();
        for (String[] f : blamed) {
            String dispute = olga.post(
                            "/api/sessions/" + run + "/disputes",
                            "{\"turn\": " + f[0] + ", \"category\": \"" + f[1]
                                    + "\", \"reason\": \"Quoting the policy.\"}")
                    .json()
                    .path("id")
                    .asText();
            assertThat(as("otto")
                            .post("/api/disputes/" + dispute + "/settle", "{\"upheld\": false}")
                            .status())
                    .isEqualTo(200);
        }
        JsonNode after = as("otto").get(card).json();
        assertThat(after.path("failedCritical").asBoolean())
                .as(after.toString())
                .isFalse();
    }

    @Test
    void theConversationOfTheWeekShowsTheMomentAndTheNoteToTheTeam() {
        String team = team("Week team", "wes", "wil");
        String assignment = as("wes")
                .post(
                        "/api/teams/" + team + "/assignments",
                        "{\"scenarioId\": \"refund-outside-window\", \"due\": \"" + TeamWeekApiTests.due() + "\"}")
                .json()
                .path("id")
                .asText();
        Http wil = as("wil");
        String run = wil.post("/api/sessions", "{\"assignmentId\": \"" + assignment + "\"}")
                .json()
                .path("id")
                .asText();
        wil.post("/api/sessions/" + run + "/turns", "{\"text\": \"That sounds really stressful, tell me more.\"}");
        Http.Response made = as("wes")
                .post(
                        "/api/teams/" + team + "/highlights",
                        "{\"sessionId\": \"" + run + "\", \"turn\": 2, \"note\": \"Listen to how this opens.\"}");
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        JsonNode week = wil.get("/api/home")
                .json()
                .path("teams")
                .get(0)
                .path("highlights")
                .get(0);
        assertThat(week.path("note").asText()).isEqualTo("Listen to how this opens.");
        List<String> said = new ArrayList<>();
        week.path("excerpt").forEach(l -> said.add(l.path("text").asText()));
        assertThat(said).contains("That sounds really stressful, tell me more.");
    }

    @Test
    void invitationsExpireOrAreRevokedAndBadRowsAreNamed() {
        String team = as("admin")
                .post("/api/teams", "{\"name\": \"Invites\"}")
                .json()
                .path("id")
                .asText();
        Http admin = as("admin");
        Http.Response bad = admin.post(
                "/api/teams/" + team + "/invitations/csv",
                "{\"csv\": " + Http.quote("name,email,role\nAnn,a@x.org,learner\nBob,b@x.org,captain\n") + "}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().path("detail").asText()).contains("Line 3");
        assertThat(admin.get("/api/teams/" + team + "/invitations").json().size())
                .as("all or nothing")
                .isZero();

        String code = admin.post("/api/teams/" + team + "/invitations", "{\"name\": \"Ann\", \"role\": \"learner\"}")
                .json()
                .path("code")
                .asText();
        assertThat(admin.delete("/api/teams/" + team + "/invitations/" + code).status())
                .isEqualTo(204);
        assertThat(admin.get("/api/teams/" + team + "/invitations")
                        .json()
                        .get(0)
                        .path("status")
                        .asText())
                .isEqualTo("revoked");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> accounts.signUp(code, "ann", PASSWORD))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(admin.post("/api/teams/" + team + "/invitations", "{\"name\": \"Ann\", \"role\": \"boss\"}")
                        .status())
                .isEqualTo(400);

        // a spreadsheet saved with semicolons is read as such, and an email where the name goes is refused
        JsonNode semi = admin.post(
                        "/api/teams/" + team + "/invitations/csv",
                        "{\"csv\": " + Http.quote("name;email;role\nAna;ana@example.com;coach\n") + "}")
                .json();
        assertThat(semi.get(0).path("name").asText()).isEqualTo("Ana");
        assertThat(semi.get(0).path("role").asText()).isEqualTo("coach");
        Http.Response swapped = admin.post(
                "/api/teams/" + team + "/invitations/csv",
                "{\"csv\": " + Http.quote("bo@example.com,Bo,learner\n") + "}");
        assertThat(swapped.status()).isEqualTo(400);
        assertThat(swapped.json().path("detail").asText()).contains("Line 1", "email");
    }

    @Test
    void hostileInputIsRefusedWithAClearMessageAndNothingIsStored() {
        String team = team("Hostile", "hal", "hue");
        Http hal = as("hal");
        String t = "/api/teams/" + team;
        List<String[]> bodies = List.of(
                new String[] {t + "/assignments", "{\"scenarioId\": \"refund-outside-window\", \"due\": \"soon\"}"},
                new String[] {t + "/assignments", "{\"scenarioId\": \"refund-outside-window\", \"due\": \"2001-01-01\"}"
                },
                new String[] {
                    t + "/assignments",
                    "{\"scenarioId\": \"refund-outside-window\", \"due\": \"" + TeamWeekApiTests.due()
                            + "\", \"minScore\": 2.5}"
                },
                new String[] {
                    t + "/assignments",
                    "{\"scenarioId\": \"refund-outside-window\", \"due\": \"" + TeamWeekApiTests.due()
                            + "\", \"minScore\": 900}"
                },
                new String[] {
                    t + "/assignments",
                    "{\"scenarioId\": \"refund-outside-window\", \"due\": \"" + TeamWeekApiTests.due()
                            + "\", \"people\": [\"nobody\"]}"
                },
                new String[] {
                    t + "/assignments",
                    "{\"scenarioId\": \"no-such-thing\", \"due\": \"" + TeamWeekApiTests.due() + "\"}"
                },
                new String[] {t + "/drills", "{\"pattern\": \"yes-and\", \"customer\": \"a\\u0000b\", \"reply\": \"c\"}"
                },
                new String[] {t + "/drills", "{\"pattern\": \"yes-and\", \"customer\": \"\\ud800\", \"reply\": \"c\"}"},
                new String[] {
                    t + "/drills",
                    "{\"pattern\": \"yes-and\", \"customer\": " + Http.quote("x".repeat(2001)) + ", \"reply\": \"c\"}"
                },
                new String[] {t + "/drills", "{\"pattern\": 5, \"customer\": \"a\", \"reply\": \"c\"}"},
                new String[] {t + "/drills", "[".repeat(2000)},
                new String[] {t + "/highlights", "{\"sessionId\": \"../../etc\", \"turn\": 1, \"note\": \"n\"}"});
        for (String[] b : bodies) {
            Http.Response r = hal.post(b[0], b[1]);
            assertThat(r.status()).as(b[1] + " -> " + r.body()).isBetween(400, 404);
            assertThat(r.contentType()).contains("application/problem+json");
            assertThat(r.json().path("detail").asText()).isNotBlank();
        }
        assertThat(hal.get(t + "/assignments").json().size()).isZero();
        assertThat(hal.get(t + "/drills").json().size()).isZero();
        assertThat(hal.put(t + "/scorecard", "{\"name\": \"x\", \"criteria\": [{\"id\": \"BAD ID\", \"name\": \"n\"}]}")
                        .json()
                        .path("detail")
                        .asText())
                .contains("Criterion 1");
    }

    @Test
    void aPersonsDataIsDeletedOnRequestAndTheAuditLogSaysWhoDidIt() {
        String team = team("Forget", "fay", "fin");
        String assignment = as("fay")
                .post(
                        "/api/teams/" + team + "/assignments",
                        "{\"scenarioId\": \"refund-outside-window\", \"due\": \"" + TeamWeekApiTests.due() + "\"}")
                .json()
                .path("id")
                .asText();
        String run = as("fin")
                .post("/api/sessions", "{\"assignmentId\": \"" + assignment + "\"}")
                .json()
                .path("id")
                .asText();
        as("fay").post("/api/sessions/" + run + "/comments", "{\"turn\": 1, \"text\": \"Nice start.\"}");
        assertThat(as("fay").delete("/api/teams/" + team + "/members/fin/data").status())
                .as("coaches cannot")
                .isEqualTo(403);
        assertThat(as("admin")
                        .delete("/api/teams/" + team + "/members/fin/data")
                        .status())
                .isEqualTo(204);
        assertThat(as("fin").get("/api/sessions").json().size()).isZero();
        assertThat(as("fay").get("/api/sessions/" + run).status()).isEqualTo(404);
        List<String> actions = new ArrayList<>();
        as("admin")
                .get("/api/teams/" + team + "/audit")
                .json()
                .forEach(e -> actions.add(
                        e.path("action").asText() + " by " + e.path("actor").asText()));
        assertThat(actions).contains("person.forget by admin", "comment.add by fay", "assignment.create by fay");
        Http.Response export = as("admin").get("/api/teams/" + team + "/export");
        assertThat(export.json().has("conversations")).isTrue();
        assertThat(export.json().has("disputes")).isTrue();
        assertThat(export.json().has("scorecardMarks")).isTrue();
    }
}
