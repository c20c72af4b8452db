package dev.spar.web.browser;

import static dev.spar.web.browser.Chromium.expect;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.regex.Pattern;

/** The conversation page, used the way a learner uses it: type a line, press Enter, watch the reply arrive. */
final class Chat {
    /**
     * A script for every page of a browser context that writes down what a streaming reply showed each time it
     * changed, so a test can tell a reply that arrived word by word from one that appeared at once.
     */
    private static final String RECORD_STREAMS = """
            window.__streamed = {};
            new MutationObserver(() => {
              document.querySelectorAll('[data-stream][aria-busy]').forEach(el => {
                const seen = (window.__streamed[el.dataset.stream] ||= []);
                const now = el.textContent;
                if (now && seen[seen.length - 1] !== now) { seen.push(now); }
              });
            }).observe(document, { subtree: true, childList: true, characterData: true });
            """;

    private static final Pattern CHAT_ADDRESS = Pattern.compile(".*/s/[0-9a-f-]{36}$");

    private final Page page;
    private final String id;

    private Chat(Page page, String id) {
        this.page = page;
        this.id = id;
    }

    /** A reply as it ended up, and what it showed while it was still arriving. */
    record Reply(String text, List<String> seenWhileStreaming) {}

    /** Makes every page of the context record what streaming replies show as they arrive. */
    static void recordStreams(BrowserContext context) {
        context.addInitScript(RECORD_STREAMS);
    }

    /** Opens the library, presses Practise on a scenario and returns its conversation. */
    static Chat startFromLibrary(Page page, String title) {
        page.navigate("/");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Practise " + title))
                .click();
        return on(page);
    }

    /** On a review, presses "Run it again with another version of them" and returns the new conversation. */
    static Chat againWithAnotherVersion(Page page) {
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Run it again with another version of them"))
                .click();
        return on(page);
    }

    /** Returns the conversation the page shows, once it has loaded. */
    static Chat on(Page page) {
        page.waitForURL(CHAT_ADDRESS);
        expect(page.locator("#line")).isVisible();
        String url = page.url();
        return new Chat(page, url.substring(url.lastIndexOf('/') + 1));
    }

    /** Returns the session's id. */
    String id() {
        return id;
    }

    /** Types a line, presses Enter, and waits until the reply has finished arriving. */
    Reply say(String line) {
        int before = replies().count();
        Locator box = page.locator("#line");
        box.fill(line);
        box.press("Enter");
        return awaitReply(before);
    }

    /** Waits for reply number {@code before + 1} to finish arriving and returns it. */
    Reply awaitReply(int before) {
        expect(replies()).hasCount(before + 1);
        Locator text = replies().last().locator(".text");
        expect(page.locator("#transcript .text[aria-busy]")).hasCount(0);
        String stream = text.getAttribute("data-stream");
        @SuppressWarnings("unchecked")
        List<String> seen = (List<String>) page.evaluate("url => (window.__streamed || {})[url] || []", stream);
        return new Reply(text.textContent(), seen);
    }

    /** Returns the other person's bubbles. */
    Locator replies() {
        return page.locator("#transcript .bubble.them");
    }

    /** Returns the learner's bubbles. */
    Locator lines() {
        return page.locator("#transcript .bubble.me");
    }

    /** Returns the anger the gauge shows, 0-100. */
    int anger() {
        return meter("#anger-meter");
    }

    /** Returns the trust the gauge shows, 0-100. */
    int trust() {
        return meter("#trust-meter");
    }

    /** Returns the mood word beside the gauge. */
    String mood() {
        return page.locator("#mood-word").textContent().strip();
    }

    /** Presses "End and review" and waits for the review. */
    void end() {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("End and review"))
                .click();
        page.waitForURL("**/runs/" + id());
    }

    private int meter(String selector) {
        return ((Number) page.locator(selector).evaluate("m => m.value")).intValue();
    }
}
