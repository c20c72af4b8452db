package dev.spar.llm;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which engine speaks and how to reach it, resolved the same way for the command line and the server: flags
 * first, then the environment ({@code SPAR_ENGINE}, {@code SPAR_LLM_BASE_URL}, {@code SPAR_LLM_MODEL},
 * {@code SPAR_LLM_API_KEY}), then defaults.
 *
 * <p>The API key comes from the environment only and never appears in {@link #toString()} or
 * {@link #describe()}.
 *
 * @param engine who speaks for the counterpart
 * @param baseUrl the server's API root, such as {@code http://localhost:11434/v1}; empty for the simulator and
 *     a local model file
 * @param model the model's name on that server, or the path of a local GGUF file; empty for the simulator
 * @param apiKey the key sent to the server, if any
 * @param timeout how long to wait for the server to answer, and between two pieces of a streamed reply
 * @param contextTokens how many tokens of prompt the model can take; older turns are summarised to fit
 */
public record EngineConfig(
        Engine engine, String baseUrl, String model, Optional<String> apiKey, Duration timeout, int contextTokens) {
    /** The environment variable that chooses the engine. */
    public static final String ENGINE_VARIABLE = "SPAR_ENGINE";
    /** The environment variable with the server's API root. */
    public static final String BASE_URL_VARIABLE = "SPAR_LLM_BASE_URL";
    /** The environment variable with the model's name. */
    public static final String MODEL_VARIABLE = "SPAR_LLM_MODEL";
    /** The environment variable with the API key; there is no flag for it, so it stays out of shell history. */
    public static final String API_KEY_VARIABLE = "SPAR_LLM_API_KEY";
    /** The environment variable with the timeout in seconds (default 60). */
    public static final String TIMEOUT_VARIABLE = "SPAR_LLM_TIMEOUT_SECONDS";
    /** The environment variable with the model's context size in tokens (default 4096, Ollama's usual). */
    public static final String CONTEXT_VARIABLE = "SPAR_LLM_CONTEXT_TOKENS";

    static final String OPENAI_URL = "https://api.openai.com/v1";
    static final String ANTHROPIC_URL = "https://api.anthropic.com/v1";
    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);
    private static final int DEFAULT_CONTEXT_TOKENS = 4096;
    private static final int MIN_CONTEXT_TOKENS = 1024;

    public EngineConfig {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, was " + timeout);
        }
        if (contextTokens < MIN_CONTEXT_TOKENS) {
            throw new IllegalArgumentException("contextTokens must be at least " + MIN_CONTEXT_TOKENS);
        }
    }

    /** Returns the built-in simulator: no model, no network. */
    public static EngineConfig simulator() {
        return new EngineConfig(Engine.SIMULATOR, "", "", Optional.empty(), DEFAULT_TIMEOUT, DEFAULT_CONTEXT_TOKENS);
    }

    /**
     * Resolves the engine from the environment alone, as a server does.
     *
     * @param env the environment, such as {@code System.getenv()}
     * @throws EngineConfigException if the settings cannot work, saying which to change
     */
    public static EngineConfig fromEnvironment(Map<String, String> env) {
        return resolve(env, null, null, null);
    }

    /**
     * Resolves the engine from flags, falling back to the environment for each one not given.
     *
     * @param env the environment, such as {@code System.getenv()}
     * @param engineFlag {@code --engine}, or null
     * @param baseUrlFlag {@code --base-url}, or null
     * @param modelFlag {@code --model}, or null
     * @throws EngineConfigException if the settings cannot work, saying which to change
     */
    public static EngineConfig resolve(
            Map<String, String> env, String engineFlag, String baseUrlFlag, String modelFlag) {
        Optional<String> engineName = first(engineFlag, env.get(ENGINE_VARIABLE));
        Engine engine = engineName
                .map(name -> Engine.byId(name)
                        .orElseThrow(() -> new EngineConfigException("unknown engine '" + shorten(name)
                                + "': use one of " + Engine.names() + " (--engine or " + ENGINE_VARIABLE + ").")))
                .orElse(Engine.SIMULATOR);
        Duration timeout = positiveNumber(env, TIMEOUT_VARIABLE, DEFAULT_TIMEOUT.toSeconds(), 1)
                .map(Duration::ofSeconds)
                .orElse(DEFAULT_TIMEOUT);
        int context = positiveNumber(env, CONTEXT_VARIABLE, DEFAULT_CONTEXT_TOKENS, MIN_CONTEXT_TOKENS)
                .map(Math::toIntExact)
                .orElse(DEFAULT_CONTEXT_TOKENS);
        if (!engine.usesModel()) {
            if (baseUrlFlag != null || modelFlag != null) {
                throw new EngineConfigException((modelFlag != null ? "--model" : "--base-url")
                        + " is for a language model: add --engine openai, anthropic or local.");
            }
            return new EngineConfig(Engine.SIMULATOR, "", "", Optional.empty(), timeout, context);
        }
        if (engine == Engine.LOCAL) {
            return local(first(modelFlag, env.get(MODEL_VARIABLE)), baseUrlFlag, timeout, context);
        }
        String baseUrl = first(baseUrlFlag, env.get(BASE_URL_VARIABLE))
                .map(EngineConfig::checkedUrl)
                .orElse(engine == Engine.OPENAI ? OPENAI_URL : ANTHROPIC_URL);
        String model = first(modelFlag, env.get(MODEL_VARIABLE))
                .orElseThrow(() -> new EngineConfigException("--engine " + engine.id()
                        + " needs a model: pass --model NAME or set " + MODEL_VARIABLE
                        + (engine == Engine.OPENAI ? " (for Ollama, e.g. llama3.2)." : " (e.g. claude-haiku-4-5).")));
        if (model.length() > 200 || model.chars().anyMatch(Character::isISOControl)) {
            throw new EngineConfigException("the model name is not a name: keep it under 200 plain characters.");
        }
        Optional<String> key = first(env.get(API_KEY_VARIABLE), null);
        boolean hosted = baseUrl.startsWith(OPENAI_URL) || baseUrl.startsWith(ANTHROPIC_URL);
        if (key.isEmpty() && (hosted || engine == Engine.ANTHROPIC)) {
            throw new EngineConfigException(
                    baseUrl + " needs an API key: set " + API_KEY_VARIABLE + " (it is never shown or logged).");
        }
        return new EngineConfig(engine, baseUrl, model, key, timeout, context);
    }

    private static EngineConfig local(Optional<String> model, String baseUrlFlag, Duration timeout, int context) {
        if (baseUrlFlag != null) {
            throw new EngineConfigException("--engine local runs a model file in this process: drop --base-url.");
        }
        String file = model.orElseThrow(() -> new EngineConfigException(
                "--engine local needs a model file: pass --model PATH.gguf or set " + MODEL_VARIABLE + "."));
        java.nio.file.Path path = java.nio.file.Path.of(file).toAbsolutePath().normalize();
        if (!java.nio.file.Files.isRegularFile(path) || !java.nio.file.Files.isReadable(path)) {
            throw new EngineConfigException("no readable model file at " + path + ": pass --model PATH.gguf.");
        }
        return new EngineConfig(Engine.LOCAL, "", path.toString(), Optional.empty(), timeout, context);
    }

    /** Returns a line saying what speaks, without the key: {@code openai: llama3.2 at http://...}. */
    public String describe() {
        return switch (engine) {
            case SIMULATOR -> "the built-in simulator";
            case LOCAL -> "local: " + java.nio.file.Path.of(model).getFileName() + " in this process";
            case OPENAI, ANTHROPIC -> engine.id() + ": " + model + " at " + baseUrl;
        };
    }

    @Override
    public String toString() {
        return "EngineConfig[" + describe() + (apiKey.isPresent() ? ", key set" : "") + ", timeout " + timeout
                + ", context " + contextTokens + " tokens]";
    }

    private static Optional<String> first(String flag, String env) {
        if (flag != null && !flag.isBlank()) {
            return Optional.of(flag.strip());
        }
        return Optional.ofNullable(env).map(String::strip).filter(s -> !s.isEmpty());
    }

    private static Optional<Long> positiveNumber(Map<String, String> env, String variable, long usual, long least) {
        Optional<String> value = first(env.get(variable), null);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            long n = Long.parseLong(value.get());
            if (n >= least && n <= 1_000_000) {
                return Optional.of(n);
            }
        } catch (NumberFormatException e) {
            // Reported below with the fix.
        }
        throw new EngineConfigException(variable + " must be a whole number from " + least + " (usually " + usual
                + "), was '" + shorten(value.get()) + "'.");
    }

    private static String checkedUrl(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https"))
                    && uri.getHost() != null
                    && uri.getUserInfo() == null) {
                return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
            }
        } catch (URISyntaxException e) {
            // Reported below with the fix.
        }
        throw new EngineConfigException("the base URL '" + shorten(url)
                + "' is not an http(s) address without credentials: e.g. http://localhost:11434/v1 for Ollama.");
    }

    private static String shorten(String text) {
        String plain = text.replaceAll("\\p{Cntrl}", "?");
        return plain.length() <= 60 ? plain : plain.substring(0, 60) + "...";
    }
}
