package dev.spar.web.browser;

import static dev.spar.web.browser.Chromium.expect;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import dev.spar.llm.ProviderServer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * The chat and the review in Chromium with a language model speaking, from a real local server that speaks
 * OpenAI's streaming protocol: the model's words arrive piece by piece, a withdrawn line is explained under
 * the bubble, and the review shows the coach's notes once the model has written them.
 */
@TestPropertySource(properties = "spar.mode=local")
class ModelBrowserTests extends BrowserTest {
    private static final ProviderServer MODEL = new ProviderServer(ProviderServer.Protocol.OPENAI);
    private static final String LINE = "I'm sorry, six weeks of crashes is really frustrating. What happened?";

    BrowserContext context;
    Page page;

    @DynamicPropertySource
    static void model(DynamicPropertyRegistry registry) {
        registry.add("SPAR_ENGINE", () -> "openai");
        registry.add("SPAR_LLM_BASE_URL", MODEL::baseUrl);
        registry.add("SPAR_LLM_MODEL", () -> "test-model");
    }

    @AfterAll
    static void stopModel() {
        MODEL.close();
    }

    @BeforeEach
    void openBrowser(Browser browser) {
        context = browser.newContext(window());
        Chat.recordStreams(context);
        page = context.newPage();
    }

    @AfterEach
    void closeBrowser() {
        context.close();
    }

    @Test
    void theModelsWordsArrivePieceByPieceAsItWritesThem() {
        MODEL.then(new ProviderServer.Stream(
                List.of("It", " crashed", " again", " this", " morning", "."), true, Duration.ofMillis(60)));
        Chat chat = Chat.startFromLibrary(page, PracticeBrowserTests.REFUND);
        expect(page.locator(".brief .voice")).hasText("test-model");

        Chat.Reply reply = chat.say(LINE);

        assertThat(reply.text()).isEqualTo("It crashed again this morning.");
        assertThat(reply.seenWhileStreaming())
                .as("what the reply showed while it arrived")
                .hasSizeGreaterThan(2)
                .allSatisfy(part -> assertThat(reply.text()).startsWith(part));
    }

    @Test
    void aLineCutOffMidStreamIsClearedExplainedAndSaidAgain() {
        MODEL.then(
                new ProviderServer.Cut(List.of("Six", " weeks", " of")),
                ProviderServer.stream("Six", " weeks", " of", " this", ",", " yes", "."));
        Chat chat = Chat.startFromLibrary(page, PracticeBrowserTests.REFUND);

        Chat.Reply reply = chat.say(LINE);

        assertThat(reply.text()).isEqualTo("Six weeks of this, yes.");
        expect(chat.replies().last().locator(".voice-note")).hasCount(1);
        assertThat(chat.replies().last().locator(".voice-note").textContent()).isNotBlank();
    }

    @Test
    void whenTheModelGivesUpTheSimulatorSpeaksOnAndTheModelCanBeTriedAgain() {
        MODEL.then(new ProviderServer.Status(401, Map.of(), "{\"error\":{\"message\":\"bad key\"}}"));
        Chat chat = Chat.startFromLibrary(page, PracticeBrowserTests.REFUND);

        Chat.Reply fallback = chat.say(LINE);

        expect(chat.replies().last().locator(".voice-note")).containsText("simulator speaks from here on");
        assertThat(fallback.text()).isNotBlank();
        expect(page.locator(".brief .voice")).hasText("the built-in simulator");
        page.getByRole(
                        com.microsoft.playwright.options.AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Try test-model again"))
                .click();
        expect(page.locator(".brief .voice")).hasText("test-model");
        MODEL.then(ProviderServer.stream("Fine", ",", " I'm", " listening", "."));

        Chat.Reply again = Chat.on(page).say("Tell me about the first crash.");

        assertThat(again.text()).isEqualTo("Fine, I'm listening.");
    }

    @Test
    void theReviewShowsTheCoachsNotesOnceTheModelHasWrittenThem() throws JsonProcessingException {
        MODEL.then(ProviderServer.stream("Go", " on", "."));
        Chat chat = Chat.startFromLibrary(page, PracticeBrowserTests.REFUND);
        chat.say(LINE);
        MODEL.then(new ProviderServer.Stream(
                List.of(new ObjectMapper()
                        .writeValueAsString(Map.of(
                                "summary",
                                "You named the six weeks before anything else.",
                                "rewrites",
                                List.of(Map.of(
                                        "turn",
                                        2,
                                        "quote",
                                        "What happened?",
                                        "rewrite",
                                        "Walk me through the first crash.",
                                        "why",
                                        "It invites the story.")),
                                "nextTime",
                                List.of("Offer the repair before they ask.")))),
                true,
                Duration.ofMillis(300)));

        chat.end();

        expect(page.locator("#notes")).containsText("You named the six weeks before anything else.");
        expect(page.locator("#notes blockquote")).containsText("Walk me through the first crash.");
        expect(page.locator("#notes")).containsText("Offer the repair before they ask.");
        expect(page.locator(".finding").first()).isVisible();
    }
}
