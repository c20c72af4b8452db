package dev.spar.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

    @BeforeAll
    static void loadTheTinyModel() throws IOException {
        Path file = TinyGguf.write(folder.resolve("tiny.gguf"));
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
