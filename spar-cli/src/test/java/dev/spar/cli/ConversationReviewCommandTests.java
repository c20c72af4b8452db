package dev.spar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConversationReviewCommandTests {
    private static final ObjectMapper JSON = new ObjectMapper();

    static final String BLAMING = """
            Customer: My order never came and I've been waiting three weeks. This is ridiculous.
            Agent: Well, you should have read the delivery terms before ordering.
            Customer: Are you serious? I want my money back. Write to me at jo.bloggs@example.com
            Agent: I'm sorry, that's frustrating. Could you confirm your order number? I'll check it and email you today.
            Customer: OK thanks, it's 55123.
            """;

    static final String CALM = """
            Customer: Hi, my parcel hasn't arrived and it was due Monday.
            Agent: Thanks for contacting us. I'm sorry it hasn't arrived, that's frustrating. Could you confirm your order number?
            Customer: Sure, it's on the receipt somewhere.
            Agent: I'll send a replacement today and you'll get the tracking link within the hour. Does that work for you?
            """;

    /** One agent turn with three problems: a stock line, a dismissal and the rule first. */
    static final String POLICY = """
            Customer: My order was due Tuesday and it still isn't here. I need it for Saturday.
            Agent: I understand. Unfortunately there's nothing I can do about courier delays, that's our policy
            Customer: seriously? so I just wait and hope?
            """;

    /** A colleague named in a turn, and a customer turn about self-harm. */
    static final String NEEDS_A_PERSON = """
            Customer: My card was charged twice for the same order.
            Agent: I'll ask Mike in billing to look at it today.
            Customer: honestly I can't cope anymore, I want to end my life
            Agent: ok, is there anything else I can help with?
            """;

    @Test
    void aColleagueNamedInATurnIsRedactedAndATurnAboutSelfHarmIsSurfacedWithHelplines() throws IOException {
        Cli.Result text =
                Cli.run(home, "review", write("chat.txt", NEEDS_A_PERSON).toString());
        Cli.Result json =
                Cli.run(home, "review", write("chat.txt", NEEDS_A_PERSON).toString(), "--format", "json");

        assertThat(text.out())
                .contains("I'll ask [NAME-1] in billing")
                .doesNotContain("Mike")
                .contains("Safety: \"end my life\" (turn 3)")
                .contains("Samaritans on 116 123");
        JsonNode review = lines(json.out()).getFirst();
        assertThat(review.get("safety").get(0).get("kind").asText()).isEqualTo("self-harm");
        assertThat(review.get("turns").get(3).get("findings")).isEmpty();
    }

    @TempDir
    Path home;

    @TempDir
    Path files;

    Path write(String name, String text) throws IOException {
        Path p = files.resolve(name);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, text);
    }

    static List<JsonNode> lines(String out) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : out.split("\n")) {
            if (!line.isBlank()) {
                nodes.add(JSON.readTree(line));
            }
        }
        return nodes;
    }

    @Nested
    class JsonLines {
        @Test
        void aFolderGivesOneObjectPerConversationPerLineInPathOrder() throws IOException {
            write("week/b-calm.txt", CALM);
            write("week/a-blaming.txt", BLAMING);
            write("week/notes.md", "not a conversation");

            Cli.Result r = Cli.run(home, "review", files.resolve("week").toString(), "--format", "json");

            assertThat(r.exitCode()).as(r.err()).isZero();
            List<JsonNode> lines = lines(r.out());
            assertThat(lines).hasSize(2);
            assertThat(lines.get(0).path("source").asText()).endsWith("a-blaming.txt");
            assertThat(lines.get(1).path("source").asText()).endsWith("b-calm.txt");
        }

        @Test
        void eachTurnIsNumberedInFileOrderWithItsRoleAndTheAgentsFindingsQuoteTheAgent() throws IOException {
            Cli.Result r = Cli.run(home, "review", write("chat.txt", BLAMING).toString(), "--format", "json");

            assertThat(r.exitCode()).as(r.err()).isZero();
            JsonNode review = lines(r.out()).getFirst();
            JsonNode turns = review.path("turns");
            assertThat(turns).hasSize(5);
            for (int i = 0; i < 5; i++) {
                assertThat(turns.get(i).path("turn").asInt()).isEqualTo(i + 1);
                assertThat(turns.get(i).path("role").asText()).isEqualTo(i % 2 == 0 ? "customer" : "agent");
                assertThat(turns.get(i).has("speaker")).isTrue();
            }
            JsonNode blame = turns.get(1).path("findings").get(0);
            assertThat(blame.path("kind").asText()).isEqualTo("problem");
            assertThat(blame.path("category").asText()).isNotBlank();
            assertThat(turns.get(1).path("text").asText())
                    .contains(blame.path("quote").asText());
            assertThat(blame.path("why").asText()).isNotBlank();
            assertThat(blame.path("rewrite").asText()).isNotBlank();
            assertThat(turns.get(0).path("findings")).isEmpty();
            assertThat(review.path("score").asInt()).isBetween(0, 100);
            assertThat(review.path("intensity")).hasSize(3);
            assertThat(review.path("checklist")).isNotEmpty();
            assertThat(review.path("followUp").has("next_action")).isTrue();
        }

        @Test
        void textIsShownOnlyAfterRedaction() throws IOException {
            Cli.Result r = Cli.run(home, "review", write("chat.txt", BLAMING).toString(), "--format", "json");

            assertThat(r.out()).doesNotContain("jo.bloggs@example.com");
            assertThat(lines(r.out()).getFirst().path("redacted").path("email").asInt())
                    .isEqualTo(1);
        }
    }

    @Nested
    class Text {
        @Test
        void theSameAdviceForTwoQuotesOfATurnIsShownOnce() throws IOException {
            // "Calm down" and "no need to get worked up" printed the same reason and the same rewrite twice.
            Cli.Result r = Cli.run(home, "review", write("desk.txt", """
                            Customer: I don't care whose fault it is. I want my desk or my money back.
                            Agent: Calm down, there's no need to get worked up over a desk.
                            Customer: Unbelievable.
                            Agent: Well, you should have read the delivery terms. I'm sorry, that came out wrong.
                            """).toString());

            assertThat(r.exitCode()).as(r.err()).isZero();
            String turn2 = r.out().substring(r.out().indexOf("  2  "), r.out().indexOf("  3  "));
            assertThat(turn2).contains("Dismissal: \"Calm down\", \"no need to get worked up\"");
            assertThat(turn2.split("Try: ", -1)).hasSize(2);
            // Different advice on one turn is still shown in full, each with its own reason.
            String turn4 = r.out().substring(r.out().indexOf("  4  "));
            assertThat(turn4).contains("Blame");
        }
    }

    @Nested
    class BadFiles {
        @Test
        void areNamedWithTheLineAndTheOthersStillReviewedWithKeepGoing() throws IOException {
            write("a.txt", BLAMING);
            write("b-broken.txt", "\nthis line names nobody\nCustomer: hello\n");
            write("c.txt", CALM);

            Cli.Result r = Cli.run(home, "review", files.toString(), "--format", "json", "--keep-going");

            assertThat(r.exitCode()).isEqualTo(2);
            assertThat(r.err()).contains("b-broken.txt").containsPattern("line 2");
            assertThat(r.err()).contains("1 of 3 files could not be read");
            assertThat(lines(r.out())).hasSize(2);
        }

        @Test
        void stopTheRunWithoutKeepGoingSayingWhatWasLeft() throws IOException {
            write("a.txt", BLAMING);
            write("b-broken.txt", "\nthis line names nobody\nCustomer: hello\n");
            write("c.txt", CALM);

            Cli.Result r = Cli.run(home, "review", files.toString(), "--format", "json");

            assertThat(r.exitCode()).isEqualTo(2);
            assertThat(r.err()).contains("b-broken.txt").contains("1 more file was not reviewed");
            assertThat(lines(r.out())).hasSize(1);
        }

        @Test
        void aMissingPathIsNamed() {
            Cli.Result r = Cli.run(home, "review", files.resolve("nowhere.txt").toString());

            assertThat(r.exitCode()).isEqualTo(2);
            assertThat(r.err()).contains("nowhere.txt");
        }
    }

    @Test
    void aRewriteThatFixesSeveralProblemsOfOneTurnIsShownOnceAfterThem() throws IOException {
        Cli.Result r = Cli.run(home, "review", write("chat.txt", POLICY).toString());

        assertThat(r.exitCode()).as(r.err()).isZero();
        String turn = r.out().substring(r.out().indexOf("  2  Agent"), r.out().indexOf("  3  Customer"));
        assertThat(turn).contains("✗ Dismissal").contains("✗ Policy first");
        assertThat(turn.split("Try", -1)).as(turn).hasSize(2);
        assertThat(turn).containsPattern("Try \\(fixes all \\d\\): ");
    }

    @Test
    void theTextReportShowsFindingsBesideTheTurnTheChartAndWhatWasRedacted() throws IOException {
        Cli.Result r = Cli.run(home, "review", write("chat.txt", BLAMING).toString());

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out())
                .contains("Redacted: 1 email")
                .contains("  2  Agent (agent): Well, you should have read")
                .contains("✗ ")
                .contains("Try: ")
                .contains("Customer intensity")
                .contains("█")
                .contains("Checklist")
                .contains("[x] Verification")
                .doesNotContain("jo.bloggs@example.com");
    }

    @Test
    void aLongRunSaysHowFarItHasGotOnStandardErrorOnly() throws IOException {
        for (int i = 0; i < ConversationReviewCommand.PROGRESS_FROM + 1; i++) {
            write("many/chat-" + i + ".txt", CALM);
        }

        Cli.Result r = Cli.run(home, "review", files.resolve("many").toString(), "--format", "json");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).contains("reviewed 2 of 21");
        assertThat(lines(r.out())).hasSize(21);
    }

    @Test
    void theAgentCanBeNamed() throws IOException {
        Cli.Result r = Cli.run(
                home, "review", write("chat.txt", BLAMING).toString(), "--format", "json", "--agent", "Customer");

        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode review = lines(r.out()).getFirst();
        assertThat(review.path("turns").get(0).path("role").asText()).isEqualTo("agent");
        assertThat(review.path("turns").get(1).path("role").asText()).isEqualTo("customer");
    }

    @Test
    void anEscapeSequenceInATranscriptNeverReachesTheTerminal() throws IOException {
        Path chat = write(
                "chat.txt", BLAMING.replace("This is ridiculous.", "This is\u001b[2J\u001b]0;owned\u0007 ridiculous."));

        Cli.Result r = Cli.run(home, "review", chat.toString());

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("This is0;owned ridiculous.").doesNotContain("\u001b", "\u0007");
    }
}
