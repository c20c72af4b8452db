package dev.spar.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.spar.analysis.KeywordAnalyzer;
import dev.spar.scenario.Scenario;
import dev.spar.scenario.ScenarioFixtures;
import dev.spar.simulation.Practice;
import dev.spar.simulation.PracticeSettings;
import dev.spar.simulation.ReplySink;
import dev.spar.simulation.Turn;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A GGUF model file run in this process, on a tiny model the test writes itself. */
class LocalModelTests {
    private static final Scenario REFUND =
            ScenarioFixtures.withOpener(ScenarioFixtures.refundCustomer(), Scenario.Opener.LEARNER);

    @TempDir
    static Path folder;

    private static ModelEngine engine;
    private static Path file;

    @BeforeAll
    static void loadTheTinyModel() throws IOException {
        file = TinyGguf.write(folder.resolve("tiny.gguf"));
        engine = ModelEngine.open(EngineConfig.resolve(Map.of(), "local", null, file.toString()));
    }

    @Test
    void aModelFileLoadsAndVoicesTheCounterpartStreamingPieceByPiece() {
        Practice practice = Practice.start(
                REFUND, PracticeSettings.of(9, 3), new KeywordAnalyzer(), engine.voice(), ReplySink.NONE);
        Screen screen = new Screen();

        Turn reply = ((Practice.Replied) practice.say("Hi Dana, I can hear this has cost you a week.", screen)).reply();

        assertThat(screen.retractions).isEmpty();
        assertThat(screen.pieces).hasSizeGreaterThan(1);
        assertThat(reply.reworded()).isTrue();
        assertThat(reply.text()).isEqualTo(screen.shown()).isNotBlank();
        assertThat(engine.config().describe()).isEqualTo("local: tiny.gguf in this process");
    }

    @Test
    void anAnswerWithASchemaIsHeldToItByAGrammar() throws Exception {
        // The tiny model's output layer scores only words, so without the grammar it never writes a brace.
        LocalChatModel model = new LocalChatModel(file, 2048);
        CompletableFuture<String> answer = new CompletableFuture<>();
        StringBuilder pieces = new StringBuilder();

        model.chat(
                ChatRequest.builder()
                        .messages(SystemMessage.from("Write the review."), UserMessage.from("The run."))
                        .maxOutputTokens(40)
                        .responseFormat(ResponseFormat.builder()
                                .type(ResponseFormatType.JSON)
                                .jsonSchema(ModelCoach.SCHEMA)
                                .build())
                        .build(),
                new StreamingChatResponseHandler() {
                    @Override
                    public void onPartialResponse(String piece) {
                        pieces.append(piece);
                    }

                    @Override
                    public void onCompleteResponse(ChatResponse response) {
                        answer.complete(pieces.toString());
                    }

                    @Override
                    public void onError(Throwable error) {
                        answer.completeExceptionally(error);
                    }
                });

        assertThat(answer.get(60, TimeUnit.SECONDS)).containsPattern("^\\{\\s*\"summary\"\\s*:\\s*\"");
    }

    @Nested
    class Mistakes {
        @Test
        void aMissingFileIsNamed() {
            assertThatThrownBy(() -> EngineConfig.resolve(
                            Map.of(), "local", null, folder.resolve("none.gguf").toString()))
                    .hasMessageContaining("no readable model file")
                    .hasMessageContaining("none.gguf");
        }

        @Test
        void aFileThatIsNotAModelSaysSo() throws IOException {
            Path notes = Files.writeString(folder.resolve("notes.gguf"), "these are my notes, not a model");

            assertThatThrownBy(() -> ModelEngine.open(EngineConfig.resolve(Map.of(), "local", null, notes.toString())))
                    .isInstanceOf(EngineConfigException.class)
                    .hasMessageContaining("cannot load the model file notes.gguf");
        }
    }
}
