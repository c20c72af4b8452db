package dev.spar.web;

import dev.spar.analysis.Analyzer;
import dev.spar.analysis.RuleAnalyzer;
import dev.spar.files.ScenarioLibrary;
import dev.spar.llm.EngineConfig;
import dev.spar.llm.ModelEngine;
import dev.spar.semantic.SentenceMeaning;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.type.LogicalType;

/** The core's pieces the server uses, as beans. */
@Configuration
@EnableConfigurationProperties(SparSettings.class)
class WebConfiguration {
    /**
     * Reads request bodies as typed: a number, a boolean or a float where the API wants text is a 400, not a line
     * "12345" or "true" said to the counterpart.
     */
    @Bean
    JsonMapperBuilderCustomizer typedJson() {
        return builder -> builder.withCoercionConfig(
                LogicalType.Textual, text -> text.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    OpenAPI openApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Spar API")
                        .version("1")
                        .description("The practice loop for scripts: list scenarios, start a session, say turns and"
                                + " read the counterpart's replies and emotion, end it and read the critique (the same"
                                + " shape as `spar practice --format json`). Errors are application/problem+json with"
                                + " the reason in `detail`. With accounts on, authenticate with HTTP Basic."));
    }

    /** The rules, with the semantic reading for recall (or the rules alone, logged, when it cannot load). */
    @Bean
    Analyzer analyzer() {
        return new RuleAnalyzer(SentenceMeaning.standard());
    }

    /**
     * The engine that speaks for the counterpart, from {@code SPAR_ENGINE}, {@code SPAR_LLM_BASE_URL},
     * {@code SPAR_LLM_MODEL}, {@code SPAR_LLM_API_KEY} and the rest, read as the command line reads them: from the
     * environment, or as properties of the same names. One engine serves every session; each run gets its own voice.
     */
    @Bean
    ModelEngine modelEngine(Environment environment) {
        Map<String, String> settings = new HashMap<>();
        for (String name : List.of(
                EngineConfig.ENGINE_VARIABLE,
                EngineConfig.BASE_URL_VARIABLE,
                EngineConfig.MODEL_VARIABLE,
                EngineConfig.API_KEY_VARIABLE,
                EngineConfig.TIMEOUT_VARIABLE,
                EngineConfig.CONTEXT_VARIABLE)) {
            String value = environment.getProperty(name);
            if (value != null) {
                settings.put(name, value);
            }
        }
        return ModelEngine.open(EngineConfig.fromEnvironment(settings));
    }

    @Bean
    ScenarioLibrary scenarioLibrary(SparSettings settings) {
        return ScenarioLibrary.load(Optional.of(settings.dataDir().resolve("scenarios")));
    }
}
