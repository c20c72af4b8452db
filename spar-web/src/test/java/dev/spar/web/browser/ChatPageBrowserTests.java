package dev.spar.web.browser;

import static dev.spar.web.browser.Chromium.expect;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
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
                softly.assertThat(reply.y)
                        .as("top of the newest reply on a %s after %s", screen, line)
                        .isGreaterThanOrEqualTo(0);
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

    @Test
    void onAPhoneTheBriefingIsFoldedAndTheGaugeAndEndStayOnScreen(Browser browser) throws IOException {
        try (BrowserContext context = browser.newContext(Screen.PHONE.apply(window()))) {
            Page page = context.newPage();
            Chat chat = Chat.startFromLibrary(page, PracticeBrowserTests.REFUND);
            for (String line : LINES.subList(0, 6)) {
                chat.say(line);
            }

            Locator fold = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Briefing"));
            expect(fold).hasAttribute("aria-expanded", "false");
            expect(page.getByText("Hear the customer out")).isHidden();
            Locator end = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("End and review"));
            for (Locator seen : List.of(page.locator("#anger-meter"), page.locator("#trust-meter"), end, fold)) {
                assertOnScreen(seen, Screen.PHONE);
            }
            shoot(page, "chat-phone-folded");

            fold.click();
            expect(fold).hasAttribute("aria-expanded", "true");
            expect(page.getByText("Hear the customer out")).isVisible();
            assertOnScreen(end, Screen.PHONE);
            shoot(page, "chat-phone-briefing-open");

            fold.click();
            expect(page.getByText("Hear the customer out")).isHidden();
            end.click();
            page.waitForURL("**/runs/" + chat.id());
        }
    }

    @Test
    void onALaptopScreenEveryToolOfTheRunIsInViewBesideALongBriefing(Browser browser) throws IOException {
        try (BrowserContext context = browser.newContext(Screen.DESKTOP.apply(window()))) {
            Page page = context.newPage();
            Chat.startFromLibrary(page, "Angry about a delay before a big date");
            shoot(page, "chat-desktop-long-briefing");
            for (String name : List.of("Restart", "Another version of them", "Hint", "End and review")) {
                Locator button = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
                expect(button).isInViewport(new LocatorAssertions.IsInViewportOptions().setRatio(1));
            }
        }
    }

    @Test
    void onAPhoneTheRunsListShowsTheLinkThatOpensEachRun(Browser browser) throws IOException {
        try (BrowserContext context = browser.newContext(Screen.PHONE.apply(window()))) {
            Page page = context.newPage();
            Chat ended = Chat.startFromLibrary(page, "Angry about a delay before a big date");
            ended.say(LINES.getFirst());
            ended.end();
            Chat going = Chat.startFromLibrary(page, "Angry about a delay before a big date");
            going.say(LINES.getFirst());

            page.navigate("/runs");
            shoot(page, "runs-phone");
            for (String name : List.of("Continue", "Review")) {
                expect(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name))
                                .first())
                        .isInViewport(new LocatorAssertions.IsInViewportOptions().setRatio(1));
            }
        }
    }

    @Test
    void aTurnHasOneNumberInTheChatTheReviewTheChartAndItsBranchButton(Browser browser) {
        try (BrowserContext context = browser.newContext(window())) {
            Page page = context.newPage();
            Chat chat = Chat.startFromLibrary(page, PracticeBrowserTests.REFUND);
            for (String line : LINES.subList(0, 3)) {
                chat.say(line);
            }
            List<String> inChat = numbers(page.locator("#transcript .bubble"));
            assertThat(inChat)
                    .as("the turns as the chat numbers them")
                    .hasSize(7)
                    .doesNotHaveDuplicates();
            assertBranchButtonsMatch(page.locator("#transcript .bubble.me"));

            chat.end();

            Locator bubbles = page.locator(".transcript-review .bubble");
            assertThat(numbers(bubbles))
                    .as("the turns as the review numbers them")
                    .isEqualTo(inChat);
            assertBranchButtonsMatch(page.locator(".transcript-review .bubble.me"));
            page.waitForFunction(
                    "() => window.Chart && window.Chart.getChart(document.getElementById('emotion-chart'))");
            @SuppressWarnings("unchecked")
            List<String> chart = (List<String>)
                    page.evaluate("() => window.Chart.getChart(document.getElementById('emotion-chart')).data.labels");
            List<String> replies = numbers(page.locator(".transcript-review .bubble.them"));
            assertThat(chart.subList(1, chart.size())).as("the chart's turns").isEqualTo(replies);

            String second =
                    numbers(page.locator(".transcript-review .bubble.me")).get(1);
            Matcher n = Pattern.compile("Turn (\\d+)").matcher(second);
            assertThat(n.matches()).isTrue();
            page.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Try another line here (turn " + n.group(1) + ")"))
                    .click();
            Chat branch = Chat.on(page);
            expect(page.locator(".brief")).containsText("trying turn " + n.group(1) + " again");
            branch.say(PracticeBrowserTests.POLICY);
            expect(branch.lines().last().locator(".turn-no")).hasText(second);
        }
    }

    /** Returns the turn number each bubble shows, such as "Turn 4". */
    private static List<String> numbers(Locator bubbles) {
        return bubbles.locator(".who .turn-no").allTextContents().stream()
                .map(String::strip)
                .toList();
    }

    /** Checks that each of the learner's bubbles offers to try its turn again under the number the bubble shows. */
    private static void assertBranchButtonsMatch(Locator learnerBubbles) {
        assertThat(learnerBubbles.count()).isPositive();
        for (Locator bubble : learnerBubbles.all()) {
            String shown = bubble.locator(".who .turn-no").textContent().strip();
            assertThat(bubble.getByRole(AriaRole.BUTTON).textContent().strip())
                    .as("the branch button of the bubble labelled %s", shown)
                    .isEqualTo("Try another line here (" + shown.toLowerCase(Locale.ROOT) + ")");
        }
    }

    private static void assertOnScreen(Locator seen, Screen screen) {
        BoundingBox box = seen.boundingBox();
        assertThat(box).as("%s shown", seen).isNotNull();
        assertThat(box.y).as("top of %s", seen).isGreaterThanOrEqualTo(0);
        assertThat(box.y + box.height).as("bottom of %s", seen).isLessThanOrEqualTo(screen.height);
        assertThat(box.x).as("left of %s", seen).isGreaterThanOrEqualTo(0);
        assertThat(box.x + box.width).as("right of %s", seen).isLessThanOrEqualTo(screen.width);
    }

    /** Returns the reply's place once the page has stopped scrolling. */
    private static BoundingBox settled(Page page, Locator reply) {
        page.waitForFunction(
                "() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => r(true))))");
        return reply.boundingBox();
    }

    /** Returns the briefing when it is stuck to the top of the screen, as on a phone; otherwise null. */
    private static BoundingBox stickyBar(Page page) {
        Locator brief = page.locator(".brief");
        Object sticky =
                brief.evaluate("b => getComputedStyle(b).position === 'sticky' && b.getBoundingClientRect().top <= 1");
        return Boolean.TRUE.equals(sticky) ? brief.boundingBox() : null;
    }

    private static void shoot(Page page, String name) throws IOException {
        Files.createDirectories(ScreenshotsBrowserTests.SCREENSHOTS);
        page.screenshot(
                new Page.ScreenshotOptions().setPath(ScreenshotsBrowserTests.SCREENSHOTS.resolve(name + ".png")));
    }
}
