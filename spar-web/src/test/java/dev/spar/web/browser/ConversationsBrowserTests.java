package dev.spar.web.browser;

import static dev.spar.web.browser.Chromium.expect;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import dev.spar.web.conversations.Chats;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** The real-conversations page, used as a team lead would: paste a chat, read it, correct it, delete it. */
@TestPropertySource(properties = "spar.mode=local")
class ConversationsBrowserTests extends BrowserTest {
    /** The colour the intensity line is drawn in (spar.js's palette). */
    private static final String INTENSITY_BLUE = "#3b6ea5";

    BrowserContext context;
    Page page;
    final List<String> dialogs = new ArrayList<>();

    @BeforeEach
    void openBrowser(Browser browser) {
        context = browser.newContext(window());
        page = context.newPage();
        page.onDialog(dialog -> {
            dialogs.add(dialog.message());
            dialog.accept();
        });
    }

    @AfterEach
    void closeBrowser() {
        context.close();
    }

    @Test
    void aPastedChatIsReviewedBesideItsTurnsCorrectedAndDeleted() {
        page.navigate("/");
        page.getByRole(
                        com.microsoft.playwright.options.AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Real conversations"))
                .click();
        expect(page).hasURL(Pattern.compile(".*/conversations$"));

        paste(Chats.BLAMING);
        expect(page).hasURL(Pattern.compile(".*/conversations/[0-9a-f-]{36}$"));
        String address = page.url().substring(page.url().indexOf("/conversations/"));
        expect(page.locator("#format")).hasText("plain");
        expect(page.locator("#agent")).hasText("Agent");

        Locator agentTurn = page.locator("#turn-2");
        expect(agentTurn).hasClass(Pattern.compile("\\bme\\b"));
        expect(agentTurn.locator(".who")).not().containsText("(agent)");
        expect(page.locator("#turn-1 .who")).not().containsText("(customer)");
        Locator problem = agentTurn.locator(".finding.problem").first();
        expect(problem).isVisible();
        expect(problem.locator(".rewrite")).containsText("Stronger:");
        expect(agentTurn.locator("mark.problem")).hasText(problem.locator("q").textContent());
        expect(page.locator("#turn-3 .text")).not().containsText("jo.bloggs@example.com");
        expect(page.locator(".redacted")).containsText("email");

        DrawnChart chart = DrawnChart.on(page, "intensity-chart", INTENSITY_BLUE);
        assertThat(chart.series()).containsExactly("Customer's intensity");
        assertThat(chart.points()).containsExactly(3);
        assertThat(chart.pixelsInColour()).as("pixels of the intensity line").isGreaterThan(30);
        expect(page.locator(".checklist li")).hasCount(5);
        expect(page.locator("#note-title + pre")).containsText("Next action");

        page.locator("#agent-choice").selectOption(new SelectOption().setLabel("Customer"));
        page.getByRole(
                        com.microsoft.playwright.options.AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Review again"))
                .click();
        expect(page.locator("#agent")).hasText("Customer");
        expect(page.locator("#turn-1")).hasClass(Pattern.compile("\\bme\\b"));
        expect(page.locator("#turn-2")).hasClass(Pattern.compile("\\bthem\\b"));
        expect(page.locator("#turn-2 .finding")).hasCount(0);

        expect(page.getByText("Export as JSON")).hasAttribute("href", Pattern.compile(".*/export$"));
        page.getByRole(
                        com.microsoft.playwright.options.AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Delete this conversation"))
                .click();
        expect(page).hasURL(Pattern.compile(".*/conversations\\?deleted$"));
        assertThat(dialogs).containsExactly("Delete this conversation for good?");
        expect(page.locator("a[href='" + address + "']")).hasCount(0);
    }

    @Test
    void aRewriteThatFixesSeveralProblemsOfATurnIsShownOnceNotUnderEach() {
        page.navigate("/conversations");
        paste(Chats.POLICY);
        expect(page).hasURL(Pattern.compile(".*/conversations/[0-9a-f-]{36}$"));

        Locator agentTurn = page.locator("#turn-2");
        int problems = agentTurn.locator(".finding.problem").count();
        assertThat(problems).isGreaterThanOrEqualTo(3);
        expect(agentTurn.locator(".rewrite")).hasCount(1);
        expect(agentTurn.locator(".finding.problem").last().locator(".rewrite"))
                .containsText("Stronger, fixing all " + problems + ":");
    }

    @Test
    void aReplyIsDrilledWithOnePatternAndTheCustomerPractisedAsAScenario() {
        page.navigate("/conversations");
        paste(Chats.BLAMING);
        expect(page.locator("#agent")).hasText("Agent");

        Locator drill = page.locator("#drill-2");
        drill.locator("summary").click();
        drill.getByLabel("Empathy before policy").check();
        drill.getByLabel("Your version of this reply").fill("You should check the terms next time.");
        drill.getByRole(
                        com.microsoft.playwright.options.AriaRole.BUTTON,
                        new Locator.GetByRoleOptions().setName("Check my rewrite"))
                .click();
        expect(page.locator("#drill-2 .drill-result")).containsText("Not yet.");
        expect(page.locator("#drill-2 .drill-result")).containsText("naming how this affects them");
        expect(page.locator("#drill-2").getByLabel("Your version of this reply"))
                .hasValue("You should check the terms next time.");

        page.locator("#drill-2")
                .getByLabel("Your version of this reply")
                .fill("I'm sorry it never came, that's frustrating. I'll check where it is now and email"
                        + " you today.");
        page.locator("#drill-2")
                .getByRole(
                        com.microsoft.playwright.options.AriaRole.BUTTON,
                        new Locator.GetByRoleOptions().setName("Check my rewrite"))
                .click();
        expect(page.locator("#drill-2 .drill-result")).containsText("That works.");

        page.getByRole(
                        com.microsoft.playwright.options.AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Practise this customer"))
                .click();
        expect(page).hasURL(Pattern.compile(".*/s/[0-9a-f-]{36}$"));
        expect(page.locator(".bubble.them").first())
                .containsText("My order never came and I've been waiting three weeks.");
    }

    @Test
    void aFileThatCannotBeReadIsNamedAndThePasteIsKept() {
        page.navigate("/conversations");
        String broken = "Hello, is anyone there?\nCustomer: my order never came";
        paste(broken);
        expect(page.locator("#problems")).containsText("line 1");
        expect(page.getByLabel("Paste it")).hasValue(broken);
    }

    @Test
    void aPasteOverTheFormLimitSaysToUploadTheFileInstead() {
        page.navigate("/conversations");
        paste("Customer: " + "ü".repeat(40_000) + "\nAgent: I'll check.\n");
        expect(page.locator("#problems")).containsText("too long to paste");
        expect(page.locator("#problems")).containsText("upload it");
    }

    @Test
    void markupInAConversationIsShownAsText() {
        page.navigate("/conversations");
        paste("Customer: <img src=x onerror=alert(1)> where is my order?\n"
                + "Agent: <script>alert(2)</script> Let me check that for you.\n");
        expect(page.locator("#turn-1 .text")).containsText("<img src=x onerror=alert(1)>");
        expect(page.locator("#turn-2 .text")).containsText("<script>alert(2)</script>");
        assertThat(dialogs).isEmpty();
    }

    /** Pastes a chat into the form and presses Review it. */
    private void paste(String chat) {
        page.getByLabel("Paste it").fill(chat);
        page.getByRole(
                        com.microsoft.playwright.options.AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Review it"))
                .click();
    }
}
