package dev.spar.web.browser;

import static dev.spar.web.browser.Chromium.expect;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** Signing up and logging in through the pages, as a person invited to a server with accounts does. */
final class SignUp {
    /** The password everyone in the browser tests signs up with. */
    static final String PASSWORD = "a passphrase long enough";

    private SignUp() {}

    /** Creates an account on the sign-up page with an invitation code, and lands on the home page logged in. */
    static void withInvitation(Page page, String code, String name) {
        page.navigate("/signup?code=" + code);
        field(page, "Username").fill(name);
        page.getByLabel("Password (at least").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account"))
                .click();
        page.waitForURL("**/?welcome");
        expect(page.locator(".notice")).containsText("your account is ready, and you are logged in");
        expect(page.locator(".who")).hasText(name);
    }

    /** Fills in the login page and presses Log in. */
    static void logIn(Page page, String name, String password) {
        field(page, "Username").fill(name);
        field(page, "Password").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in"))
                .click();
    }

    /** Returns the field with exactly this label. */
    static Locator field(Page page, String label) {
        return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
    }
}
