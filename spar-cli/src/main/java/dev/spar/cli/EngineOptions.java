package dev.spar.cli;

import dev.spar.llm.EngineConfig;
import dev.spar.llm.EngineConfigException;
import java.util.Map;
import picocli.CommandLine.Option;

/** Which engine speaks for the counterpart: the same three options for {@code practice} and {@code serve}. */
final class EngineOptions {
    @Option(
            names = "--engine",
            paramLabel = "ENGINE",
            description = "simulator (default), openai (any OpenAI-compatible server: OpenAI, Ollama, vLLM,"
                    + " llama.cpp, LM Studio), anthropic, or local (a GGUF file run in this process, --model"
                    + " PATH.gguf); else $SPAR_ENGINE. The API key comes from $SPAR_LLM_API_KEY only.")
    String engine;

    @Option(
            names = "--base-url",
            paramLabel = "URL",
            description = "The model server's API root, e.g. http://localhost:11434/v1 for Ollama; else"
                    + " $SPAR_LLM_BASE_URL.")
    String baseUrl;

    @Option(
            names = "--model",
            paramLabel = "NAME",
            description = "The model's name on that server; else $SPAR_LLM_MODEL.")
    String model;

    /**
     * Resolves the options against the environment, flags first.
     *
     * @throws UserError if the settings cannot work, saying which to change
     */
    EngineConfig resolve(Map<String, String> env) {
        try {
            return EngineConfig.resolve(env, engine, baseUrl, model);
        } catch (EngineConfigException e) {
            throw new UserError(e.getMessage());
        }
    }
}
