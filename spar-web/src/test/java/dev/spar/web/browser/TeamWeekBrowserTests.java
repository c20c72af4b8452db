package dev.spar.web.browser;

import static dev.spar.web.browser.Chromium.expect;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.spar.web.accounts.Accounts;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * A coach's week in a real browser, through the pages only: an administrator makes a team and invites a coach and
 * two learners, who sign up through their links; the coach assigns a scenario; the learners practise it from "Due
 * for you" (one also privately); the coach reads both assigned runs but not the private one, comments on a turn;
 * the learner reads the comment beside that turn and disputes a finding, which the coach settles; the dashboard
 * shows the completion and the scores.
 */
// a server of its own (not shared with the other accounts-mode tests), so the first account is the administrator
@TestPropertySource(properties = {"spar.mode=accounts", "spar.test.server=team-week"})
class TeamWeekBrowserTests extends BrowserTest {
    private static final String TEAM = "Support EMEA";

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
    void aCoachsWeekFromInvitationToDashboard() {
        // the administrator makes the team and invites people
        Page admin = visitor();
        SignUp.withInvitation(admin, accounts.invite(Optional.empty()), "admin");
        admin.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Teams"))
                .click();
        admin.getByLabel("Team name").fill(TEAM);
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create the team"))
                .click();
        admin.waitForURL(Pattern.compile(".*/teams/[0-9a-f-]{36}$"));
        String teamPage = admin.url().substring(admin.url().indexOf("/teams/"));
        expect(admin.locator("h1")).hasText(TEAM);

        admin.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Cora");
        admin.getByLabel("Role", new Page.GetByLabelOptions().setExact(true)).selectOption("coach");
        admin.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Invite").setExact(true))
                .click();
        String coraLink = link(admin, "Cora (coach)");
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Copy the link for Cora"))
                .click();
        expect(admin.locator(".invited button[data-copy]")).not().hasText("Copy");

        admin.getByLabel("Or invite from a CSV").fill("name,email,role\nLena,lena@example.com,learner\nLiam,,learner");
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Invite everyone in the CSV"))
                .click();
        String lenaLink = link(admin, "Lena (learner)");
        String liamLink = link(admin, "Liam (learner)");
        expect(admin.locator("#invitations tbody tr")).hasCount(3);

        Page cora = join(coraLink, "cora");
        Page lena = join(lenaLink, "lena");
        Page liam = join(liamLink, "liam");
        admin.navigate(teamPage);
        expect(admin.locator("#invitations")).containsText("used by lena");
        expect(admin.locator("#members tbody tr")).hasCount(3);

        // the coach assigns a scenario with a due date
        cora.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Teams"))
                .click();
        cora.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(TEAM)).click();
        cora.getByLabel("Scenario", new Page.GetByLabelOptions().setExact(true))
                .selectOption(
                        new com.microsoft.playwright.options.SelectOption().setLabel(PracticeBrowserTests.REFUND));
        cora.getByLabel("Due", new Page.GetByLabelOptions().setExact(true))
                .fill(LocalDate.now(ZoneOffset.UTC).plusDays(4).toString());
        cora.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Assign").setExact(true))
                .click();
        expect(cora.locator("#assignments .completion")).containsText("0 of 2 done");
        expect(cora.locator("#assignments .completion")).containsText("0 overdue");

        // the learners practise it from "Due for you"; one also practises privately from the library
        String lenaRun = practiseDue(lena, List.of(PracticeBrowserTests.EMPATHY, "Can you tell me what happens?"));
        String liamRun = practiseDue(liam, List.of(PracticeBrowserTests.POLICY, PracticeBrowserTests.HEDGE));
        Chat alone = Chat.startFromLibrary(lena, PracticeBrowserTests.REFUND);
        alone.say(PracticeBrowserTests.HEDGE);
        alone.end();
        String lenaPrivate = alone.id();
        lena.navigate("/");
        expect(lena.locator("#due")).containsText("Done");

        // the coach sees both assigned runs, and not the private one
        cora.navigate(teamPage);
        expect(cora.locator("#assignments .completion")).containsText("2 of 2 done");
        Locator standings = cora.locator("#assignments table.standings");
        expect(standings.locator("tbody tr")).hasCount(2);
        expect(standings.locator("tbody tr").first().locator(".status")).hasText("Done");
        expect(standings.locator("a[href='/runs/" + lenaRun + "']")).hasCount(1);
        expect(standings.locator("a[href='/runs/" + liamRun + "']")).hasCount(1);
        expect(cora.locator("a[href='/runs/" + lenaPrivate + "']")).hasCount(0);
        assertThat(cora.navigate("/runs/" + lenaPrivate).status()).isEqualTo(404);
        expect(cora.locator("h1")).hasText("Not found");

        // the coach comments on one of Liam's turns
        cora.navigate(teamPage);
        standings.locator("a[href='/runs/" + liamRun + "']").click();
        cora.waitForURL("**/runs/" + liamRun);
        expect(cora.locator(".coach-view")).containsText("liam");
        expect(cora.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Delete this run")))
                .hasCount(0);
        Locator liamsTurn = cora.locator(".bubble.me").first();
        String turnId = liamsTurn.getAttribute("id");
        String turn = turnId.substring("turn-".length());
        liamsTurn
                .locator("summary", new Locator.LocatorOptions().setHasText("Comment on turn " + turn))
                .click();
        liamsTurn.getByLabel("Your comment").fill("Own the policy here, <b>then</b> offer the repair.");
        liamsTurn
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Comment"))
                .click();
        expect(cora.locator("#" + turnId + " .comment")).containsText("Own the policy here, <b>then</b> offer");

        // Liam reads it beside that turn, then disputes a finding
        liam.navigate("/");
        expect(liam.locator("#waiting")).containsText("cora");
        liam.locator("#waiting a").first().click();
        liam.waitForURL(Pattern.compile(".*/runs/" + liamRun + "#" + turnId + "$"));
        expect(liam.locator("#" + turnId + " .comment")).containsText("Own the policy here, <b>then</b> offer");
        liam.navigate("/");
        expect(liam.locator("#waiting")).hasCount(0);

        liam.navigate("/runs/" + liamRun);
        Locator finding = liam.locator(".bubble.me .finding.problem").first();
        String category = finding.locator("strong").first().textContent().strip();
        finding.locator("summary", new Locator.LocatorOptions().setHasText("Not what I meant"))
                .click();
        finding.getByLabel("What did you mean?").fill("I was quoting the policy, not blaming them.");
        finding.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Send to my coach"))
                .click();
        finding = liam.locator(".bubble.me .finding.problem").first();
        expect(finding.locator(".dispute")).containsText("waiting for a coach");
        expect(finding.locator("summary", new Locator.LocatorOptions().setHasText("Not what I meant")))
                .hasCount(0);

        // the coach settles it from the dashboard
        cora.navigate(teamPage);
        Locator toSettle = cora.locator(".open-disputes > li").first();
        expect(toSettle).containsText("I was quoting the policy");
        toSettle.getByLabel("Note for the learner").fill("It still reads as blame.");
        toSettle.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Upheld: the finding stands"))
                .click();
        expect(cora.locator(".open-disputes > li")).hasCount(0);
        expect(cora.locator("#disputes table")).containsText(category);
        liam.navigate("/runs/" + liamRun);
        expect(liam.locator(".bubble.me .finding.problem .dispute").first()).containsText("upheld: the finding stands");
        expect(liam.locator(".bubble.me .finding.problem .dispute").first()).containsText("It still reads as blame.");

        // the dashboard shows the scores, in a table and drawn
        Locator learners = cora.locator("#scores table.learners");
        expect(learners.locator("tbody tr")).hasCount(2);
        expect(learners).containsText("lena");
        expect(learners).containsText("liam");
        for (Locator row : learners.locator("tbody tr").all()) {
            expect(row.locator("td").nth(0)).hasText("1");
            expect(row.locator("td").nth(1)).hasText(Pattern.compile("\\d+"));
            expect(row.locator("td").nth(3)).hasText("1 of 1");
        }
        DrawnChart scores = DrawnChart.on(cora, "team-scores-chart", "#2f5d50");
        assertThat(scores.series()).containsExactlyInAnyOrder("lena", "liam");
        assertThat(scores.inkedPixels()).isPositive();
        DrawnChart skills = DrawnChart.on(cora, "team-skills-chart", "#2f5d50");
        assertThat(skills.series()).isNotEmpty();
    }

    /** Reads the one-time link the page shows for an invited person. */
    private static String link(Page admin, String label) {
        Locator field = admin.getByLabel(label);
        expect(field).hasValue(Pattern.compile(".*/signup\\?code=.+"));
        String url = field.inputValue();
        return url.substring(url.indexOf("/signup"));
    }

    /** Signs up through a team invitation link, which logs them in. */
    private Page join(String link, String name) {
        Page page = visitor();
        String code = link.substring(link.indexOf("code=") + "code=".length());
        SignUp.withInvitation(page, code, name);
        return page;
    }

    /** Presses Start on the home page's "Due for you", says the lines and ends the run; returns its id. */
    private static String practiseDue(Page page, List<String> lines) {
        page.navigate("/");
        expect(page.locator("#due")).containsText("Not started");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start " + PracticeBrowserTests.REFUND))
                .click();
        Chat chat = Chat.on(page);
        for (String line : lines) {
            chat.say(line);
        }
        chat.end();
        return chat.id();
    }

    private Page visitor() {
        BrowserContext context = browser.newContext(window());
        contexts.add(context);
        return context.newPage();
    }
}
