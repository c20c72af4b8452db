package dev.spar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.spar.files.ScenarioLibrary;
import dev.spar.llm.EngineConfig;
import dev.spar.llm.ModelEngine;
import dev.spar.llm.ProviderServer;
import dev.spar.scenario.Scenario;
import dev.spar.simulation.PracticeSettings;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** spar practice with a language model behind a real local server speaking OpenAI's protocol. */
class PracticeWithModelTests {
    private static final String NARRATIVE =
            "{\"summary\": \"You stayed calm.\", \"rewrites\": [], \"nextTime\": [\"Ask before you offer.\"]}";

    @TempDir
    Path home;

    private ProviderServer server;

    @BeforeEach
    void startServer() {
        server = new ProviderServer(ProviderServer.Protocol.OPENAI)
                .otherwise(request -> request.body().contains("communication coach")
                        ? ProviderServer.stream(NARRATIVE)
                        : ProviderServer.stream("In", " my", " own", " words", "."));
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    private String[] withModel(String... args) {
        List<String> all = new java.util.ArrayList<>(List.of(args));
        all.addAll(List.of("--engine", "openai", "--base-url", server.baseUrl(), "--model", "test-model"));
        return all.toArray(String[]::new);
    }

    private static String[] scripted(Path lines) {
        return new String[] {
            "practice",
            "--scenario",
            "angry-delay",
            "--seed",
            "3",
            "--learner-lines",
            lines.toString(),
            "--format",
            "json",
            "--no-save"
        };
    }

    @Test
    void aScriptedRunInJsonSaysWhichModelSpokeTheSimulatorsLinesAndTheCoachsNotes() throws IOException {
        Path lines = Files.writeString(home.resolve("lines.txt"), "I can hear how much this delay has cost you.\n");

        Cli.Result result = Cli.run(home, withModel(scripted(lines)));

        assertThat(result.exitCode()).isZero();
        JsonNode run = new ObjectMapper().readTree(result.out());
        assertThat(run.path("engine").asText()).isEqualTo("openai");
        assertThat(run.path("model").asText()).isEqualTo("test-model");
        JsonNode counterpart = run.path("turns").get(run.path("turns").size() - 1);
        assertThat(counterpart.path("text").asText()).isEqualTo("In my own words.");
        assertThat(counterpart.path("simulatorLine").asText()).isNotBlank().isNotEqualTo("In my own words.");
        assertThat(run.path("narrative").path("summary").asText()).isEqualTo("You stayed calm.");
        assertThat(run.path("critique").path("findings").isArray()).isTrue();
    }

    /**
     * The model only words the other person's replies, so the judgement of the learner's lines is the same; only a
     * summary Spar suggests is made of what the other person said, and so of the model's words.
     */
    @Test
    void theCritiqueIsTheSameWithOrWithoutAModel() throws IOException {
        Path lines = Files.writeString(
                home.resolve("lines.txt"), "That is not our fault.\nI can hear how much this delay has cost you.\n");
        String[] simulated = scripted(lines);

        JsonNode plain = new ObjectMapper().readTree(Cli.run(home, simulated).out());
        JsonNode voiced =
                new ObjectMapper().readTree(Cli.run(home, withModel(simulated)).out());

        assertThat(withoutSuggestedSummaries(voiced.path("critique")))
                .isEqualTo(withoutSuggestedSummaries(plain.path("critique")));
        assertThat(voiced.path("outcome")).isEqualTo(plain.path("outcome"));
    }

    private static JsonNode withoutSuggestedSummaries(JsonNode critique) {
        JsonNode copy = critique.deepCopy();
        for (JsonNode finding : copy.path("findings")) {
            if (finding.path("category").asText().equals("missing-paraphrase")) {
                ((ObjectNode) finding).remove("rewrite");
            }
        }
        return copy;
    }

    @Nested
    class Settings {
        @Test
        void aModelEngineWithoutAModelNameSaysHowToGiveOne() {
            Cli.Result result = Cli.run(
                    home,
                    "practice",
                    "--scenario",
                    "angry-delay",
                    "--engine",
                    "openai",
                    "--base-url",
                    server.baseUrl());

            assertThat(result.exitCode()).isEqualTo(2);
            assertThat(result.err()).contains("needs a model").contains("SPAR_LLM_MODEL");
        }

        @Test
        void anUnknownEngineListsTheKnownOnes() {
            Cli.Result result = Cli.run(home, "practice", "--scenario", "angry-delay", "--engine", "gpt");

            assertThat(result.exitCode()).isEqualTo(2);
            assertThat(result.err()).contains("simulator, openai, anthropic");
        }
    }

    @Nested
    class InTheTerminal {
        private static final Scenario ANGRY_DELAY =
                ScenarioLibrary.bundled().find("angry-delay").orElseThrow();

        private String talk(String typed) {
            StringWriter screen = new StringWriter();
            ModelEngine engine = ModelEngine.open(EngineConfig.resolve(Map.of(), "openai", server.baseUrl(), "m"));
            new Conversation(
                            ANGRY_DELAY,
                            PracticeSettings.of(5, 3),
                            new PrintWriter(screen, true),
                            new Terminal(false),
                            engine)
                    .run(new BufferedReader(new StringReader(typed)));
            return screen.toString();
        }

        @Test
        void theReplyStreamsAfterTheNameAndTheMoodFollows() {
            String screen = talk("I can hear how much this delay has cost you.\n/end\n");

            assertThat(screen)
                    .contains(ANGRY_DELAY.persona().name() + ": In my own words.   [mood ")
                    .contains("Voiced by openai: m at " + server.baseUrl());
        }

        @Test
        void aFailingModelIsExplainedAndTheSimulatorsLineFollows() {
            ProviderServer.Status down = new ProviderServer.Status(503, Map.of(), "{\"error\":\"overloaded\"}");
            server.then(down, down, down, down, down, down, down, down, down);

            String screen = talk("I can hear how much this delay has cost you.\n/end\n");

            assertThat(screen)
                    .contains("(the model server failed: HTTP 503, overloaded; trying again in")
                    .contains("The built-in simulator")
                    .contains(ANGRY_DELAY.persona().name() + ": ");
        }
    }
}
