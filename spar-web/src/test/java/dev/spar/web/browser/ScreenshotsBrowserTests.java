package dev.spar.web.browser;

import static dev.spar.web.browser.Chromium.expect;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.spar.web.accounts.Accounts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Every page at a desktop and a phone width, with accounts on so that the login page is one of them: each page
 * fits the screen without scrolling sideways, labels every field it asks for, and gives only patterns the browser
 * can check. The screenshots are saved in
 * {@code target/screenshots/} for a person to look at.
 */
@TestPropertySource(properties = "spar.mode=accounts")
class ScreenshotsBrowserTests extends BrowserTest {
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    /** Fields with no label a screen reader could read out. */
    private static final String UNLABELLED = """
            () => [...document.querySelectorAll('input:not([type=hidden]), select, textarea')]
                .filter(f => f.labels.length === 0 && !f.getAttribute('aria-label'))
                .map(f => f.outerHTML)
            """;

    /**
     * Fields whose pattern the browser cannot compile (it reads it with the {@code v} flag, where a bare {@code -}
     * in brackets is an error): such a field is never checked, and the console shows an error.
     */
    private static final String BROKEN_PATTERNS = """
            () => [...document.querySelectorAll('input[pattern]')].filter(f => {
                try { new RegExp('^(?:' + f.pattern + ')$', 'v'); return false; } catch (e) { return true; }
            }).map(f => f.outerHTML)
            """;

    /** How far the page is wider than the screen, in CSS pixels. */
    private static final String SIDEWAYS =
            "() => document.documentElement.scrollWidth - document.documentElement.clientWidth";

    /** The widths looked at. */
    enum Screen {
        DESKTOP(1280, 900),
        PHONE(390, 844);

        final int width;
        final int height;

        Screen(int width, int height) {
            this.width = width;
            this.height = height;
        }
    }

    @Autowired
    Accounts accounts;

    @Test
    void everyPageFitsADesktopAndAPhoneScreenAndLabelsItsFields(Browser browser) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        BrowserContext setup = context(browser, Screen.DESKTOP, Optional.empty());
        Page page = setup.newPage();
        SignUp.withInvitation(page, accounts.invite(Optional.empty()), "sam");
        Map<String, String> pages = practise(page);
        String loggedIn = setup.storageState();
        setup.close();

        List<String> problems = new ArrayList<>();
        for (Screen screen : Screen.values()) {
            BrowserContext visitor = context(browser, screen, Optional.empty());
            Page out = visitor.newPage();
            shoot(out, screen, "login", "/login", problems);
            shoot(out, screen, "signup", "/signup?code=" + accounts.invite(Optional.empty()), problems);
            visitor.close();

            BrowserContext member = context(browser, screen, Optional.of(loggedIn));
            Page in = member.newPage();
            for (Map.Entry<String, String> p : pages.entrySet()) {
                shoot(in, screen, p.getKey(), p.getValue(), problems);
            }
            member.close();
        }

        assertThat(problems).as("what is wrong on the pages").isEmpty();
        try (var files = Files.list(SCREENSHOTS)) {
            assertThat(files.filter(f -> f.toString().endsWith(".png")).count())
                    .isGreaterThanOrEqualTo(2L * (pages.size() + 2));
        }
    }

    /** Practises as a learner would, so that every page has something to show; returns the pages by name. */
    private Map<String, String> practise(Page page) {
        Chat first = Chat.startFromLibrary(page, PracticeBrowserTests.REFUND);
        first.say(PracticeBrowserTests.HEDGE);
        first.say(PracticeBrowserTests.EMPATHY);
        first.end();
        Chat second = Chat.againWithAnotherVersion(page);
        second.say(PracticeBrowserTests.EMPATHY);
        second.say("Here is what I can do today: a free repair or a replacement. Which would you prefer?");
        second.end();
        Chat ongoing = Chat.startFromLibrary(page, PracticeBrowserTests.REFUND);
        ongoing.say(PracticeBrowserTests.EMPATHY);
        ongoing.say(PracticeBrowserTests.HEDGE);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Hint"))
                .click();
        expect(page.locator("#hint")).containsText("Hint:");

        page.navigate("/conversations");
        page.getByLabel("Paste it").fill(dev.spar.web.conversations.Chats.BLAMING);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Review it"))
                .click();
        page.waitForURL(url -> url.matches(".*/conversations/[0-9a-f-]{36}$"));
        String conversation = page.url().substring(page.url().indexOf("/conversations/"));

        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("library", "/");
        pages.put("prepare", "/prepare");
        pages.put("prepare-adapt", "/prepare?from=refund-outside-window");
        pages.put("chat", "/s/" + ongoing.id());
        pages.put("review", "/runs/" + first.id());
        pages.put("compare", "/runs/compare?a=" + second.id() + "&b=" + first.id());
        pages.put("runs", "/runs");
        pages.put("assist", "/assist");
        pages.put("progress", "/progress");
        pages.put("conversations", "/conversations");
        pages.put("conversation", conversation);
        pages.put("account", "/account");
        pages.put("not-found", "/runs/00000000-0000-0000-0000-000000000000");
        return pages;
    }

    private void shoot(Page page, Screen screen, String name, String address, List<String> problems) {
        page.navigate(address);
        page.waitForLoadState();
        if (page.locator("canvas[data-chart]").count() > 0) {
            page.waitForFunction("() => [...document.querySelectorAll('canvas[data-chart]')]"
                    + ".every(c => window.Chart && window.Chart.getChart(c))");
        }
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve(name + "-" + screen.name().toLowerCase(java.util.Locale.ROOT) + ".png"))
                .setFullPage(true));
        int sideways = ((Number) page.evaluate(SIDEWAYS)).intValue();
        if (sideways > 0) {
            problems.add(name + " at " + screen.width + " px is " + sideways + " px wider than the screen");
        }
        @SuppressWarnings("unchecked")
        List<String> unlabelled = (List<String>) page.evaluate(UNLABELLED);
        unlabelled.forEach(field -> problems.add(name + " has a field with no label: " + field));
        @SuppressWarnings("unchecked")
        List<String> broken = (List<String>) page.evaluate(BROKEN_PATTERNS);
        broken.forEach(field -> problems.add(name + " has a pattern the browser cannot read: " + field));
    }

    private BrowserContext context(Browser browser, Screen screen, Optional<String> storageState) {
        Browser.NewContextOptions options = window().setViewportSize(screen.width, screen.height);
        storageState.ifPresent(options::setStorageState);
        return browser.newContext(options);
    }
}
