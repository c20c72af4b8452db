package dev.spar.web.browser;

import static org.junit.jupiter.api.Assertions.fail;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PageAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.slf4j.LoggerFactory;

/**
 * One headless Chromium (the system's, never a downloaded one) shared by every browser test of the run and
 * closed at its end; test methods and {@code @BeforeEach} methods get it as a {@link Browser} parameter.
 *
 * <p>Without {@code /usr/bin/chromium} the browser tests are skipped with a message saying so, unless
 * {@code SPAR_REQUIRE_BROWSER=1} asks for them to fail instead (as a CI machine that has Chromium should).
 */
final class Chromium implements BeforeAllCallback, ParameterResolver {
    static final Path EXECUTABLE = Path.of("/usr/bin/chromium");

    /** How long a web-first assertion waits: generous, since the machine may be busy building. */
    static final double WAIT_MS = 15_000;

    private static final List<String> ARGS = List.of(
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync");

    /** Returns web-first assertions on a locator: they wait until the page shows what they expect. */
    static LocatorAssertions expect(Locator locator) {
        return PlaywrightAssertions.assertThat(locator);
    }

    /** Returns web-first assertions on a page, such as its address. */
    static PageAssertions expect(Page page) {
        return PlaywrightAssertions.assertThat(page);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (Files.isExecutable(EXECUTABLE)) {
            return;
        }
        String missing = "The browser tests need Chromium at " + EXECUTABLE + " (apt-get install -y chromium)";
        if ("1".equals(System.getenv("SPAR_REQUIRE_BROWSER"))) {
            fail(missing + "; SPAR_REQUIRE_BROWSER=1 makes its absence a failure.");
        }
        String skipped = missing + "; " + context.getDisplayName()
                + " skipped. Set SPAR_REQUIRE_BROWSER=1 to make this a failure.";
        // Surefire counts a class skipped before its first test as no test at all: say why in the output.
        LoggerFactory.getLogger(Chromium.class).warn(skipped);
        Assumptions.abort(skipped);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == Browser.class || type == Playwright.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Launched launched = context.getRoot()
                .getStore(ExtensionContext.Namespace.create(Chromium.class))
                .computeIfAbsent(Launched.class, k -> Launched.start(), Launched.class);
        return parameter.getParameter().getType() == Browser.class ? launched.browser() : launched.playwright();
    }

    /** The running browser; closed by JUnit when the run ends. */
    record Launched(Playwright playwright, Browser browser) implements AutoCloseable {
        static Launched start() {
            PlaywrightAssertions.setDefaultAssertionTimeout(WAIT_MS);
            Playwright playwright = Playwright.create(
                    new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            Browser browser = playwright
                    .chromium()
                    .launch(new BrowserType.LaunchOptions()
                            .setExecutablePath(EXECUTABLE)
                            .setHeadless(true)
                            .setArgs(ARGS));
            return new Launched(playwright, browser);
        }

        @Override
        public void close() {
            browser.close();
            playwright.close();
        }
    }
}
