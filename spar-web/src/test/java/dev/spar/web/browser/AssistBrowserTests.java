package dev.spar.web.browser;

import static dev.spar.web.browser.Chromium.expect;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** The live assist page, used the way a rep would during a real chat: keyboard first. */
@TestPropertySource(properties = "spar.mode=local")
class AssistBrowserTests extends BrowserTest {
    BrowserContext context;
    Page page;
    final List<String> dialogs = new ArrayList<>();

    @BeforeEach
    void openBrowser(Browser browser) {
        context = browser.newContext(window());
        page = context.newPage();
        page.onDialog(dialog -> {
            dialogs.add(dialog.message());
            dialog.dismiss();
        });
        page.navigate("/assist");
    }

    @AfterEach
    void closeBrowser() {
        context.close();
    }

    @Test
    void aDraftIsFlaggedAsItIsTypedAndOneKeyAppliesTheRewrite() {
        Locator customer = page.locator("#customer-line");
        customer.fill("This is the third time I've called about the double charge. I want my money back today.");
        customer.press("Enter");
        expect(page.locator("#conversation .bubble.customer")).hasCount(1);
        expect(page.locator("#draft")).isFocused();

        page.keyboard().type("That's our policy, there's nothing I can do about it. I guarantee a refund.");
        Locator flags = page.locator("#flags li");
        expect(flags.first()).isVisible();
        expect(page.locator("#flags li strong").filter(new Locator.FilterOptions().setHasText("Over-promise")))
                .hasCount(1);
        expect(page.locator("#flags li strong").filter(new Locator.FilterOptions().setHasText("Policy first")))
                .hasCount(1);
        expect(page.locator("#intensity-value")).not().hasText("0");
        expect(page.locator("#moves li").first()).isVisible();

        String before = page.locator("#draft").inputValue();
        page.locator("#draft").press("Alt+1");
        expect(page.locator("#draft")).not().hasValue(before);

        page.locator("#draft").press("Control+Enter");
        expect(page.locator("#conversation .bubble.rep")).hasCount(1);
        expect(page.locator("#draft")).hasValue("");
        expect(page.locator("#flags li")).hasCount(0);
        expect(page.locator("#flags-empty")).isVisible();
        expect(page.locator("#flags-empty")).hasText("Nothing flagged yet.");
    }

    @Test
    void aGoodReplyIsNotFlaggedAndTheFollowUpNoteSaysWhatWasPromised() {
        page.locator("#customer-line").fill("My order BL-1 never arrived and I need it for Friday.");
        page.locator("#customer-line").press("Enter");
        page.locator("#draft")
                .fill("I'm sorry it hasn't arrived when you need it for Friday. I'll check the courier"
                        + " now and call you back by 3pm today with where it is.");
        expect(page.locator("#flags-empty")).hasText("Nothing to fix in this draft.");
        page.locator("#draft").press("Control+Enter");
        page.locator("#note-button").click();
        expect(page.locator("#note-section")).isVisible();
        expect(page.locator("#note")).containsText("3pm");
    }

    @Test
    void onAPhoneTheReplyBoxTakesTheWidthOfTheScreen(Browser browser) {
        try (BrowserContext phone = browser.newContext(ChatPageBrowserTests.Screen.PHONE.apply(window()))) {
            Page small = phone.newPage();
            small.navigate("/assist");
            small.locator("#customer-line").fill("Where is my parcel, it's been two weeks");
            small.locator("#customer-line").press("Enter");
            small.locator("#draft").fill("Unfortunately there's nothing I can do, you must have misunderstood");
            expect(small.locator("#flags li").first()).isVisible();
            for (String box : List.of("#draft", "#customer-line")) {
                BoundingBox field = small.locator(box).boundingBox();
                BoundingBox form =
                        small.locator(box).locator("xpath=ancestor::form").boundingBox();
                assertThat(field.width)
                        .as("width of %s in a form %s px wide on a phone", box, form.width)
                        .isGreaterThanOrEqualTo(form.width * 0.6);
            }
            BoundingBox draft = small.locator("#draft").boundingBox();
            BoundingBox send = small.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mark as sent"))
                    .boundingBox();
            assertThat(send.y).as("the buttons under the reply box").isGreaterThanOrEqualTo(draft.y + draft.height);
        }
    }

    @Test
    void aPromiseFlaggedTwiceInOneReplyIsOneThingToVerifyInTheNote() {
        page.locator("#customer-line").fill("This is the third time I'm contacting you. Where is my refund?");
        page.locator("#customer-line").press("Enter");
        page.locator("#draft").fill("I guarantee you'll get it tomorrow.");
        expect(page.locator("#flags li")).not().hasCount(0);
        page.locator("#draft").press("Control+Enter");
        page.locator("#note-button").click();
        expect(page.locator("#note-section")).isVisible();
        String toVerify = page.locator("#note dt:text-is('To verify') + dd").textContent();
        List<String> items = List.of(toVerify.split("; "));
        assertThat(items).as("the note's things to verify").isNotEmpty().doesNotHaveDuplicates();
    }

    @Test
    void markupInTheConversationIsShownAsText() {
        page.locator("#customer-line").fill("<img src=x onerror=alert(1)> <script>alert(2)</script>");
        page.locator("#customer-line").press("Enter");
        expect(page.locator("#conversation .bubble.customer .text"))
                .hasText("<img src=x onerror=alert(1)> <script>alert(2)</script>");
        page.locator("#draft").fill("<b>ok</b>");
        expect(page.locator("#moves li").first()).isVisible();
        org.assertj.core.api.Assertions.assertThat(dialogs).isEmpty();
    }
}
