package dev.spar.web.browser;

import java.nio.file.Path;
import java.util.UUID;
import org.springframework.test.context.DynamicPropertyRegistry;

/** The settings of a server started for browser tests: its own data folder and database, replies streamed fast. */
final class TestServer {
    private TestServer() {}

    /**
     * Registers the settings of one test class's server.
     *
     * @param dataDir the data folder, a temporary one
     * @param mode {@code local} or {@code accounts}
     */
    static void register(DynamicPropertyRegistry registry, Path dataDir, String mode) {
        String database = "browser-" + UUID.randomUUID();
        registry.add("spar.data-dir", dataDir::toString);
        registry.add("spar.mode", () -> mode);
        registry.add("spar.word-delay-ms", () -> "5");
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:" + database + ";DB_CLOSE_DELAY=-1");
        registry.add("logging.level.root", () -> "WARN");
    }
}
