package dev.spar.llm;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** Who speaks for the counterpart: the built-in simulator, or a language model behind one of two protocols. */
public enum Engine {
    /** The built-in simulator: the scenario's own lines, no model, no network. */
    SIMULATOR("simulator"),
    /** Any server speaking OpenAI's chat completions: OpenAI, Ollama, vLLM, llama.cpp server, LM Studio. */
    OPENAI("openai"),
    /** Anthropic's messages API. */
    ANTHROPIC("anthropic"),
    /** A GGUF model file run in this process by llama.cpp. */
    LOCAL("local");

    private final String id;

    Engine(String id) {
        this.id = id;
    }

    /** Returns the name used on the command line and in {@code SPAR_ENGINE}. */
    public String id() {
        return id;
    }

    /** Returns whether a language model speaks. */
    public boolean usesModel() {
        return this != SIMULATOR;
    }

    /** Finds the engine with this name, ignoring case. */
    public static Optional<Engine> byId(String id) {
        return Arrays.stream(values())
                .filter(e -> e.id.equalsIgnoreCase(id.strip()))
                .findFirst();
    }

    /** Returns the names, for messages: {@code simulator, openai, anthropic}. */
    static String names() {
        return Arrays.stream(values()).map(Engine::id).collect(Collectors.joining(", "));
    }
}
