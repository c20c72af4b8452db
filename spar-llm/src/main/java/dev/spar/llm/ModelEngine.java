package dev.spar.llm;

import dev.langchain4j.model.anthropic.AnthropicStreamingChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import dev.spar.simulation.CounterpartVoice;
import java.time.Duration;

/**
 * The engine a run speaks through: the built-in simulator, or a language model that voices the counterpart
 * and writes the coach's narrative. One per run: the voice remembers faults within a run.
 *
 * <pre>{@code
 * ModelEngine engine = ModelEngine.open(EngineConfig.fromEnvironment(System.getenv()));
 * Practice practice = Practice.start(scenario, settings, analyzer, engine.voice(), sink);
 * practice.say(line, sink);                        // pieces stream to sink.token(...)
 * NarrativeResult notes = engine.narrate(practice, new Coach().critique(practice));
 * }</pre>
 */
public final class ModelEngine {
    private final EngineConfig config;
    private final CounterpartVoice voice;
    private final ModelClient client;
    private final ModelCoach coach;

    private ModelEngine(EngineConfig config, ModelClient client) {
        this.config = config;
        this.client = client;
        this.voice = newVoice();
        this.coach = client == null ? null : new ModelCoach(client, config.engine(), config.contextTokens());
    }

    /**
     * Opens the engine a configuration names; the simulator needs no network and never fails.
     *
     * @throws EngineConfigException if a local model file cannot be loaded
     */
    public static ModelEngine open(EngineConfig config) {
        return open(config, ModelClient.Retries.USUAL, Thread::sleep);
    }

    static ModelEngine open(EngineConfig config, ModelClient.Retries retries, ModelClient.Pause pause) {
        if (!config.engine().usesModel()) {
            return new ModelEngine(config, null);
        }
        return new ModelEngine(
                config, new ModelClient(model(config), config.timeout(), config.apiKey(), retries, pause));
    }

    private static StreamingChatModel model(EngineConfig config) {
        Duration timeout = config.timeout();
        return switch (config.engine()) {
            case OPENAI ->
                OpenAiStreamingChatModel.builder()
                        .httpClientBuilder(ProviderHttpClient.builder(timeout))
                        .baseUrl(config.baseUrl())
                        // Local servers take any key; the client wants one to send.
                        .apiKey(config.apiKey().orElse("none"))
                        .modelName(config.model())
                        .temperature(0.8)
                        .timeout(timeout)
                        .build();
            case ANTHROPIC ->
                AnthropicStreamingChatModel.builder()
                        .httpClientBuilder(ProviderHttpClient.builder(timeout))
                        .baseUrl(config.baseUrl())
                        .apiKey(config.apiKey().orElseThrow())
                        .modelName(config.model())
                        .temperature(0.8)
                        .maxTokens(1024)
                        .timeout(timeout)
                        .build();
            case LOCAL -> LocalChatModel.of(java.nio.file.Path.of(config.model()), config.contextTokens());
            case SIMULATOR -> throw new IllegalArgumentException("the simulator has no model");
        };
    }

    /** Returns the configuration this engine was opened with. */
    public EngineConfig config() {
        return config;
    }

    /** Returns whether a language model speaks, rather than the simulator alone. */
    public boolean usesModel() {
        return coach != null;
    }

    /** Returns the counterpart's voice: the simulator's, or a model's that falls back to it. */
    public CounterpartVoice voice() {
        return voice;
    }

    /**
     * Returns a new voice for one more run, sharing this engine's connection, for a server that holds many runs
     * at once: each run's voice remembers its own faults, so one learner's failing run does not silence another's.
     */
    public CounterpartVoice newVoice() {
        return client == null ? CounterpartVoice.SIMULATOR : new ModelVoice(client, config.contextTokens());
    }

    /**
     * Has the model write the review's narrative and rewrites around the critique's findings; the findings and
     * scores are left as they are.
     */
    public NarrativeResult narrate(dev.spar.simulation.Practice practice, dev.spar.coaching.Critique critique) {
        if (coach == null) {
            return new NarrativeResult.Unavailable("no language model is configured");
        }
        return coach.narrate(practice, critique);
    }
}
