package dev.spar.web;

import dev.spar.analysis.Analyzer;
import dev.spar.analysis.RuleAnalyzer;
import dev.spar.files.ScenarioLibrary;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import java.time.Clock;
import java.util.Optional;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The core's pieces the server uses, as beans. */
@Configuration
@EnableConfigurationProperties(SparSettings.class)
class WebConfiguration {
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

    @Bean
    Analyzer analyzer() {
        return new RuleAnalyzer();
    }

    @Bean
    ScenarioLibrary scenarioLibrary(SparSettings settings) {
        return ScenarioLibrary.load(Optional.of(settings.dataDir().resolve("scenarios")));
    }
}
