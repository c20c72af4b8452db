package dev.spar.web.browser;

import com.microsoft.playwright.Browser;
import dev.spar.web.Http;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A browser test against a server of its own: a new data folder under {@code target/}, a new in-memory database,
 * replies streamed fast, and the shared Chromium. A subclass says which mode with
 * {@code @TestPropertySource(properties = "spar.mode=...")}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(Chromium.class)
abstract class BrowserTest {
    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void server(DynamicPropertyRegistry registry) throws IOException {
        String name = "browser-" + UUID.randomUUID();
        Path dataDir = Files.createDirectories(Path.of("target", "browser-data", name));
        registry.add("spar.data-dir", () -> dataDir.toAbsolutePath().toString());
        registry.add("spar.word-delay-ms", () -> "5");
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        registry.add("logging.level.root", () -> "WARN");
    }

    /** Returns the settings of a browser window on this server, at a desktop size. */
    Browser.NewContextOptions window() {
        return new Browser.NewContextOptions()
                .setBaseURL("http://localhost:" + port)
                .setViewportSize(1280, 900);
    }

    /** Returns a client of this server's API. */
    Http api() {
        return new Http(port);
    }
}
