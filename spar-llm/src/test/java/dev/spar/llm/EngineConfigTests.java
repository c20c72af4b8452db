package dev.spar.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class EngineConfigTests {
    private static final Map<String, String> OLLAMA = Map.of(
            "SPAR_ENGINE", "openai",
            "SPAR_LLM_BASE_URL", "http://localhost:11434/v1/",
            "SPAR_LLM_MODEL", "llama3.2");

    @Nested
    class Resolving {
        @Test
        void nothingSetMeansTheSimulator() {
            EngineConfig config = EngineConfig.fromEnvironment(Map.of());

            assertThat(config.engine()).isEqualTo(Engine.SIMULATOR);
            assertThat(config.describe()).isEqualTo("the built-in simulator");
        }

        @Test
        void theEnvironmentAloneSetsUpALocalServerWithoutAKey() {
            EngineConfig config = EngineConfig.fromEnvironment(OLLAMA);

            assertThat(config.engine()).isEqualTo(Engine.OPENAI);
            assertThat(config.baseUrl()).isEqualTo("http://localhost:11434/v1");
            assertThat(config.model()).isEqualTo("llama3.2");
            assertThat(config.apiKey()).isEmpty();
        }

        @Test
        void flagsWinOverTheEnvironment() {
            EngineConfig config = EngineConfig.resolve(OLLAMA, "OpenAI", "http://127.0.0.1:8080/v1", "qwen2.5");

            assertThat(config.baseUrl()).isEqualTo("http://127.0.0.1:8080/v1");
            assertThat(config.model()).isEqualTo("qwen2.5");
        }

        @Test
        void timeoutAndContextComeFromTheEnvironment() {
            var env = new java.util.HashMap<>(OLLAMA);
            env.put("SPAR_LLM_TIMEOUT_SECONDS", "15");
            env.put("SPAR_LLM_CONTEXT_TOKENS", "8192");

            EngineConfig config = EngineConfig.fromEnvironment(env);

            assertThat(config.timeout()).isEqualTo(Duration.ofSeconds(15));
            assertThat(config.contextTokens()).isEqualTo(8192);
        }
    }

    @Nested
    class Mistakes {
        @Test
        void aModelEngineNeedsAModelName() {
            assertThatThrownBy(() -> EngineConfig.resolve(Map.of(), "openai", "http://localhost:11434/v1", null))
                    .isInstanceOf(EngineConfigException.class)
                    .hasMessageContaining("--model NAME or set SPAR_LLM_MODEL");
        }

        @Test
        void hostedServicesNeedAKey() {
            assertThatThrownBy(() -> EngineConfig.resolve(Map.of(), "anthropic", null, "claude-haiku-4-5"))
                    .hasMessageContaining("set SPAR_LLM_API_KEY");
            assertThatThrownBy(() -> EngineConfig.resolve(Map.of(), "openai", null, "gpt-4o-mini"))
                    .hasMessageContaining("https://api.openai.com/v1 needs an API key");
        }

        @Test
        void aBaseUrlMustBeHttpWithoutCredentials() {
            assertThatThrownBy(() -> EngineConfig.resolve(Map.of(), "openai", "ftp://models", "m"))
                    .hasMessageContaining("not an http(s) address");
            assertThatThrownBy(() -> EngineConfig.resolve(Map.of(), "openai", "http://me:pw@host/v1", "m"))
                    .hasMessageContaining("without credentials");
        }

        @Test
        void modelFlagsWithoutAModelEngineSayWhatIsMissing() {
            assertThatThrownBy(() -> EngineConfig.resolve(Map.of(), null, null, "llama3.2"))
                    .hasMessageContaining("--engine openai, anthropic or local");
        }

        @Test
        void aTimeoutThatIsNotANumberSaysWhichVariable() {
            var env = new java.util.HashMap<>(OLLAMA);
            env.put("SPAR_LLM_TIMEOUT_SECONDS", "soon");

            assertThatThrownBy(() -> EngineConfig.fromEnvironment(env))
                    .hasMessageContaining("SPAR_LLM_TIMEOUT_SECONDS");
        }
    }

    @Test
    void theKeyIsNeverShown() {
        var env = new java.util.HashMap<>(OLLAMA);
        env.put("SPAR_LLM_API_KEY", "sk-very-secret");

        EngineConfig config = EngineConfig.fromEnvironment(env);

        assertThat(config.apiKey()).contains("sk-very-secret");
        assertThat(config.toString()).doesNotContain("sk-very-secret").contains("key set");
        assertThat(config.describe()).doesNotContain("sk-very-secret");
    }
}
