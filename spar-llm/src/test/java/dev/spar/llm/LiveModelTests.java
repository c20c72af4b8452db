package dev.spar.llm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spar.analysis.KeywordAnalyzer;
import dev.spar.coaching.Coach;
import dev.spar.scenario.ScenarioFixtures;
import dev.spar.simulation.Practice;
import dev.spar.simulation.PracticeSettings;
import dev.spar.simulation.Speaker;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * Against a real model, when {@code SPAR_LLM_BASE_URL} is set (with {@code SPAR_LLM_MODEL}, and
 * {@code SPAR_ENGINE} if not openai): a short run is voiced and reviewed end to end.
 */
@EnabledIfEnvironmentVariable(named = "SPAR_LLM_BASE_URL", matches = ".+")
class LiveModelTests {
    private static ModelEngine engine() {
        Map<String, String> env = new HashMap<>(System.getenv());
        env.putIfAbsent(EngineConfig.ENGINE_VARIABLE, "openai");
        return ModelEngine.open(EngineConfig.fromEnvironment(env));
    }

    @Test
    void aRealModelVoicesTheCounterpartAndWritesTheNotes() {
        ModelEngine engine = engine();
        Screen screen = new Screen();
        Practice practice = Practice.start(
                ScenarioFixtures.refundCustomer(),
                PracticeSettings.of(3, 3),
                new KeywordAnalyzer(),
                engine.voice(),
                screen);

        practice.say("I can hear this has cost you a week. What happened when it crashed?", screen);
        practice.end();

        assertThat(screen.retractions).as("faults from the live model").isEmpty();
        assertThat(practice.turns())
                .filteredOn(t -> t.speaker() == Speaker.COUNTERPART)
                .allSatisfy(t -> assertThat(t.text()).isNotBlank());
        NarrativeResult notes = engine.narrate(practice, new Coach().critique(practice));
        assertThat(notes).isInstanceOf(NarrativeResult.Written.class);
    }
}
