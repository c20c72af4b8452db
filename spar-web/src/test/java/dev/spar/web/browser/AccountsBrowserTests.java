package dev.spar.web.browser;

import static dev.spar.web.browser.Chromium.expect;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import dev.spar.web.Http;
import dev.spar.web.accounts.Accounts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * With accounts on, in a real browser: people sign up with an invitation and log in through the pages, and
 * one user's runs are invisible to another, by page and by API.
 */
@TestPropertySource(properties = "spar.mode=accounts")
class AccountsBrowserTests extends BrowserTest {
    private static final AtomicInteger PEOPLE = new AtomicInteger();

    @Autowired
    Accounts accounts;

    Browser browser;
    final List<BrowserContext> contexts = new ArrayList<>();

    @BeforeEach
    void openBrowser(Browser browser) {
        this.browser = browser;
    }

    @AfterEach
    void closeBrowser() {
        contexts.forEach(BrowserContext::close);
    }

    @Test
    void anotherUsersRunIsNotFoundByItsAddress() {
        Person ada = signUp("ada");
        Person ben = signUp("ben");
        Chat chat = Chat.startFromLibrary(ada.page(), PracticeBrowserTests.REFUND);
        chat.say(PracticeBrowserTests.EMPATHY);

        for (String address :
                List.of("/s/" + chat.id(), "/runs/" + chat.id(), "/runs/" + chat.id() + "/export?format=json")) {
            Response answer = ben.page().navigate(address);
            assertThat(answer.status()).as(address).isEqualTo(404);
        }
        expect(ben.page().locator("h1")).hasText("Not found");
        ben.page().navigate("/runs");
        expect(ben.page().locator("main")).containsText("No runs yet");

        ada.page().navigate("/runs");
        expect(ada.page().locator("a[href='/s/" + chat.id() + "']")).hasCount(1);
    }

    @Test
    void anotherUsersRealConversationIsNotFoundByItsPages() {
        Person ada = signUp("ada");
        Person ben = signUp("ben");
        ada.page().navigate("/conversations");
        ada.page().getByLabel("Paste it").fill(dev.spar.web.conversations.Chats.BLAMING);
        ada.page()
                .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Review it"))
                .click();
        ada.page().waitForURL(url -> url.matches(".*/conversations/[0-9a-f-]{36}$"));
        String address = ada.page().url().substring(ada.page().url().indexOf("/conversations/"));

        for (String path : List.of(address, address + "/export")) {
            assertThat(ben.page().navigate(path).status()).as(path).isEqualTo(404);
        }
        expect(ben.page().locator("h1")).hasText("Not found");
        ben.page().navigate("/conversations");
        expect(ben.page().locator("a[href='" + address + "']")).hasCount(0);
        ada.page().navigate("/conversations");
        expect(ada.page().locator("a[href='" + address + "']")).hasCount(1);
    }

    @Test
    void theApiAnswersOnlyTheOwnerAndAsksWhoIsCalling() {
        Person ada = signUp("ada");
        Person ben = signUp("ben");
        String id =
                Chat.startFromLibrary(ada.page(), PracticeBrowserTests.REFUND).id();

        assertThat(ada.api().get("/api/sessions/" + id).status()).isEqualTo(200);
        assertThat(ben.api().get("/api/sessions/" + id).status()).isEqualTo(404);
        assertThat(ben.api().delete("/api/sessions/" + id).status()).isEqualTo(404);
        assertThat(ben.api().get("/api/sessions").json().findValuesAsText("id")).doesNotContain(id);
        assertThat(api().get("/api/sessions/" + id).status()).isEqualTo(401);
        assertThat(api().get("/api/sessions").status()).isEqualTo(401);
        assertThat(ada.api().get("/api/sessions/" + id).status()).isEqualTo(200);
    }

    @Test
    void aVisitorWhoIsNotLoggedInIsSentToLogInAndThenToThePageTheyAskedFor() {
        Person ada = signUp("ada");
        String id =
                Chat.startFromLibrary(ada.page(), PracticeBrowserTests.REFUND).id();
        Page visitor = visitor();

        visitor.navigate("/s/" + id);

        visitor.waitForURL("**/login");
        expect(visitor.locator("h1")).hasText("Log in to Spar");
        SignUp.logIn(visitor, ada.name(), SignUp.PASSWORD);
        visitor.waitForURL(url -> url.contains("/s/" + id));
        expect(visitor.locator("#brief-title")).hasText(PracticeBrowserTests.REFUND);
    }

    @Test
    void loggingOutClosesThePages() {
        Person ada = signUp("ada");

        ada.page()
                .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log out"))
                .click();

        ada.page().waitForURL("**/login?out");
        expect(ada.page().locator(".notice")).hasText("You are logged out.");
        ada.page().navigate("/runs");
        ada.page().waitForURL("**/login");
    }

    @Test
    void aWrongPasswordIsRefusedWithAMessage() {
        Person ada = signUp("ada");
        Page visitor = visitor();
        visitor.navigate("/login");

        SignUp.logIn(visitor, ada.name(), "not the passphrase");

        visitor.waitForURL("**/login?error");
        expect(visitor.getByRole(AriaRole.ALERT)).hasText("That username and password do not match.");
        expect(SignUp.field(visitor, "Username")).hasValue(ada.name());
    }

    @Test
    void aLoginThatRunsOutMidConversationSaysSoAndKeepsTheLineForAfterLoggingInAgain() {
        Person ada = signUp("ada");
        Chat chat = Chat.startFromLibrary(ada.page(), PracticeBrowserTests.REFUND);
        ada.page().context().clearCookies();
        String line = "I hear you, three weeks is far too long to wait.";

        ada.page().locator("#line").fill(line);
        ada.page().locator("#line").press("Enter");

        expect(ada.page().locator("#toast")).containsText("Your login has expired");
        expect(ada.page().locator("#transcript")).not().containsText(line);
        ada.page()
                .getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Log in again"))
                .click();
        ada.page().waitForURL(url -> url.contains("/login?next="));
        expect(ada.page().locator(".notice")).containsText("Your login has expired");
        SignUp.logIn(ada.page(), ada.name(), SignUp.PASSWORD);
        ada.page().waitForURL(url -> url.endsWith("/s/" + chat.id()));
        expect(ada.page().locator("#line")).hasValue(line);
    }

    /** Someone with an account, logged in in their own browser. */
    record Person(String name, Page page, Http api) {}

    /** Signs a new person up on the sign-up page with a fresh invitation, which logs them in. */
    private Person signUp(String first) {
        String name = first + "-" + PEOPLE.incrementAndGet();
        Page page = visitor();
        SignUp.withInvitation(page, accounts.invite(Optional.empty()), name);
        return new Person(name, page, api().as(name, SignUp.PASSWORD));
    }

    private Page visitor() {
        BrowserContext context = browser.newContext(window());
        contexts.add(context);
        return context.newPage();
    }
}
