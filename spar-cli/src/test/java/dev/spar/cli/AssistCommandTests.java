package dev.spar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.spar.analysis.RuleAnalyzer;
import dev.spar.assist.Assistant;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssistCommandTests {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path home;

    @Nested
    class OneShot {
        @Test
        void printsTheApiJsonForADraftAndTheCustomersLine() throws IOException {
            Cli.Result r = Cli.run(
                    home,
                    "assist",
                    "--draft",
                    "Calm down, it should be there by Friday.",
                    "--customer",
                    "My parcel is two weeks late!",
                    "--format",
                    "json");

            assertThat(r.exitCode()).as(r.err()).isZero();
            JsonNode root = JSON.readTree(r.out());
            assertThat(root.get("flags").get(0).get("category").asText()).isEqualTo("dismissal");
            assertThat(root.get("flags").get(1).get("category").asText()).isEqualTo("guessing");
            assertThat(root.get("customer").get("intensity").asInt()).isBetween(1, 100);
            assertThat(root.get("next_moves").size()).isGreaterThan(1);
        }

        @Test
        void printsFlagsRewritesAStrongerDraftAndNextMovesAsText() {
            Cli.Result r = Cli.run(
                    home,
                    "assist",
                    "--draft",
                    "Calm down, it should be there by Friday.",
                    "--customer",
                    "Where is it?");

            assertThat(r.exitCode()).as(r.err()).isZero();
            assertThat(r.out())
                    .contains("1. Dismissal: \"Calm down\"", "Rewrite: ", "Stronger draft: ", "Customer: intensity");
        }

        @Test
        void readsTheSameRequestAsTheApi() throws IOException {
            Path request = home.resolve("request.json");
            Files.writeString(request, """
                    {"conversation": [{"speaker": "customer", "text": "I was charged twice this month."},
                                      {"speaker": "rep", "text": "I'll refund the second charge and email you by 3pm."}],
                     "draft": "Is there anything else I can help with?"}
                    """);

            Cli.Result assessed = Cli.run(home, "assist", "--request", request.toString(), "--format", "json");
            Cli.Result note = Cli.run(home, "assist", "--request", request.toString(), "--note");

            assertThat(assessed.exitCode()).as(assessed.err()).isZero();
            assertThat(JSON.readTree(assessed.out()).get("flags")).isEmpty();
            assertThat(note.out()).contains("Issue: They were charged twice this month.", "by 3pm");
        }
    }

    @Nested
    class BadInput {
        @Test
        void refusesAnOverlongDraftWithExitTwo() {
            Cli.Result r = Cli.run(home, "assist", "--draft", "x".repeat(Assistant.MAX_DRAFT_CHARS + 1));

            assertThat(r.exitCode()).isEqualTo(2);
            assertThat(r.err()).contains("--draft is 2001 characters");
        }

        @Test
        void namesTheWrongFieldOfARequestFile() throws IOException {
            Path request = home.resolve("bad.json");
            Files.writeString(
                    request, "{\"conversation\": [{\"speaker\": \"agent\", \"text\": \"hi\"}], \"draft\": \"\"}");

            Cli.Result r = Cli.run(home, "assist", "--request", request.toString());

            assertThat(r.exitCode()).isEqualTo(2);
            assertThat(r.err()).contains("conversation[0].speaker must be \"customer\" or \"rep\"");
        }

        @Test
        void saysWhenARequestFileIsMissing() {
            Cli.Result r = Cli.run(
                    home, "assist", "--request", home.resolve("none.json").toString());

            assertThat(r.exitCode()).isEqualTo(2);
            assertThat(r.err()).contains("no such file");
        }

        @Test
        void needsADraftForJson() {
            Cli.Result r = Cli.run(home, "assist", "--format", "json");

            assertThat(r.exitCode()).isEqualTo(2);
            assertThat(r.err()).contains("need --draft TEXT or --request FILE");
        }
    }

    @Nested
    class Interactive {
        private String session(String... lines) throws IOException {
            StringWriter out = new StringWriter();
            new AssistCommand.Session(new Assistant(new RuleAnalyzer()), new PrintWriter(out), new Terminal(false))
                    .run(new BufferedReader(new StringReader(String.join("\n", lines))));
            return out.toString();
        }

        @Test
        void assessesEachDraftAppliesARewriteAndSendsIt() throws IOException {
            String out = session(
                    "c: My order was due Monday and it still isn't here. I need it by Friday!",
                    "It'll probably arrive tomorrow.",
                    "/apply 1",
                    "/send",
                    "/end");

            assertThat(out)
                    .contains("1. Guessing: \"probably\"")
                    .contains("Draft: I'll check whether it'll arrive tomorrow and let you know.")
                    .contains("Sent.")
                    .contains("promised, line 2: I'll check whether it'll arrive tomorrow and let you know")
                    .contains("Follow-up note")
                    .contains("Issue: Their order was due Monday and it still isn't here.");
        }

        @Test
        void explainsCommandsItDoesNotKnowAndRewritesThatDoNotExist() throws IOException {
            String out = session("/apply 1", "/what", "Thanks for waiting.", "/apply 3");

            assertThat(out)
                    .contains("No rewrite to apply")
                    .contains("Commands: /send, /apply N")
                    .contains("No rewrite to apply");
        }
    }
}
