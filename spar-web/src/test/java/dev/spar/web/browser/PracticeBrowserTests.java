package dev.spar.web.browser;

import static dev.spar.web.browser.Chromium.expect;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import dev.spar.web.Http;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * A newcomer's path through the single-user app in a real browser: the library, a conversation whose replies
 * stream in, hint and rewind, the review with its chart, comparing runs, progress, exports, deleting, and
 * describing a conversation of one's own.
 */
@TestPropertySource(properties = "spar.mode=local")
class PracticeBrowserTests extends BrowserTest {
    static final String REFUND = "Refund outside the policy window";
    static final String EMPATHY = "I'm sorry, six weeks of crashes is really frustrating."
            + " Let me look at order BL-48213 with you right now.";
    static final String HEDGE = "I just think maybe we could possibly look at a repair, sorry.";
    static final String POLICY = "That's our policy, there is nothing I can do. You need to calm down.";

    /** The colour of the anger line in the pages' charts. */
    static final String ANGER_RED = "#a33a2b";

    private static final ObjectMapper JSON = new ObjectMapper();

    BrowserContext context;
    Page page;
    final List<String> dialogs = new ArrayList<>();

    @BeforeEach
    void openBrowser(Browser browser) {
        context = browser.newContext(window());
        Chat.recordStreams(context);
        page = context.newPage();
        page.onDialog(dialog -> {
            dialogs.add(dialog.type() + ": " + dialog.message());
            if ("confirm".equals(dialog.type())) {
                dialog.accept();
            } else {
                dialog.dismiss();
            }
        });
    }

    @AfterEach
    void closeBrowser() {
        context.close();
    }

    @Nested
    class Library {
        @Test
        void searchingNarrowsTheCardsAsYouType() {
            page.navigate("/");
            Locator cards = page.locator("#results .card");
            int all = cards.count();
            assertThat(all).isGreaterThan(5);

            page.getByLabel("Search").pressSequentially("refund");

            expect(page).hasURL(Pattern.compile("q=refund"));
            assertThat(cards.count()).isBetween(1, all - 1);
            assertThat(cards.allTextContents())
                    .allSatisfy(card -> assertThat(card).containsIgnoringCase("refund"));
            expect(page.locator("#results .count"))
                    .hasText(cards.count() + (cards.count() == 1 ? " scenario" : " scenarios"));

            page.getByLabel("Search").fill("zebra-crossing");
            expect(page.locator("#results")).containsText("Nothing matches");
            expect(cards).hasCount(0);

            page.getByLabel("Search").fill("");
            expect(cards).hasCount(all);
        }

        @Test
        void shelfAndDifficultyNarrowTheCardsAndStayInTheAddress() {
            page.navigate("/");
            int all = page.locator("#results .card").count();

            page.getByLabel("Shelf").selectOption("workplace");
            expect(page).hasURL(Pattern.compile("category=workplace"));
            expect(page.locator("#results .shelf h2")).hasText(new String[] {"Workplace"});
            assertThat(page.locator("#results .card").count()).isBetween(1, all - 1);

            page.getByLabel("Shelf").selectOption("");
            difficulty().selectOption("4");
            expect(page).hasURL(Pattern.compile("difficulty=4"));
            Locator levels = page.locator("#results .card .difficulty");
            expect(levels.first()).isVisible();
            assertThat(levels.all()).allSatisfy(level -> assertThat(level.getAttribute("aria-label"))
                    .isEqualTo("Difficulty 4 of 5"));

            page.reload();
            expect(difficulty()).hasValue("4");
            assertThat(levels.count()).isEqualTo(page.locator("#results .card").count());
        }

        private Locator difficulty() {
            return page.getByRole(
                    AriaRole.COMBOBOX,
                    new Page.GetByRoleOptions().setName("Difficulty").setExact(true));
        }
    }

    @Nested
    class Conversation {
        @Test
        void eachReplyArrivesWordByWordAndMovesTheGauge() {
            Chat chat = Chat.startFromLibrary(page, REFUND);
            expect(chat.replies()).hasCount(1);
            List<Integer> gauge = new ArrayList<>(List.of(chat.anger()));

            for (String line : List.of(EMPATHY, HEDGE, POLICY)) {
                Chat.Reply reply = chat.say(line);

                expect(chat.lines().last().locator(".text")).hasText(line);
                JsonNode session = api().get("/api/sessions/" + chat.id()).json();
                JsonNode stored =
                        session.path("turns").get(session.path("turns").size() - 1);
                assertThat(reply.text())
                        .as("the reply as shown")
                        .isEqualTo(stored.path("text").asText());
                assertThat(reply.seenWhileStreaming())
                        .as("what the reply showed while it arrived")
                        .hasSizeGreaterThan(1)
                        .allSatisfy(part -> assertThat(reply.text()).startsWith(part));
                assertThat(chat.anger())
                        .as("anger on the gauge")
                        .isEqualTo(session.path("emotion").asInt());
                assertThat(chat.trust())
                        .as("trust on the gauge")
                        .isEqualTo(session.path("trust").asInt());
                assertThat(chat.mood()).isNotBlank();
                gauge.add(chat.anger());
            }

            for (int i = 1; i < gauge.size(); i++) {
                assertThat(gauge.get(i)).as("anger after turn %d, %s", i, gauge).isNotEqualTo(gauge.get(i - 1));
            }
        }

        @Test
        void hintSuggestsTheNextMoveWithoutSayingAnything() {
            Chat chat = Chat.startFromLibrary(page, REFUND);

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Hint"))
                    .click();

            Locator hint = page.locator("#hint");
            expect(hint).containsText("Hint:");
            String shown = hint.textContent().replace("Hint:", "").strip();
            JsonNode asked =
                    api().post("/api/sessions/" + chat.id() + "/hint", "").json();
            assertThat(shown).isNotBlank().isEqualTo(asked.path("hint").asText());
            expect(chat.lines()).hasCount(0);
        }

        @Test
        void tryingAnotherLineStartsABranchAndKeepsTheOriginal() {
            Chat chat = Chat.startFromLibrary(page, REFUND);
            chat.say(EMPATHY);
            chat.say(HEDGE);
            String original = chat.id();

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Try another line here (turn 4)"))
                    .click();

            page.waitForURL(url -> !url.endsWith(original));
            Chat branch = Chat.on(page);
            expect(page.locator(".brief")).containsText("trying turn 4 again");
            expect(branch.lines().locator(".text")).hasText(new String[] {EMPATHY});
            branch.say(POLICY);
            expect(branch.lines().locator(".text")).hasText(new String[] {EMPATHY, POLICY});

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("The original"))
                    .click();
            page.waitForURL("**/runs/" + original);
            expect(page.locator(".bubble.me .text")).hasText(new String[] {EMPATHY, HEDGE});

            page.navigate("/runs");
            expect(page.locator(
                            "tr", new Page.LocatorOptions().setHas(page.locator("a[href='/s/" + branch.id() + "']"))))
                    .containsText("branch");
            expect(page.locator("a[href$='/" + original + "']")).hasCount(1);
        }

        @Test
        void theChatCanBeUsedWithTheKeyboardAlone() {
            Chat chat = Chat.startFromLibrary(page, REFUND);
            Locator line = page.locator("#line");
            expect(line).isFocused();

            page.locator("a.brand").focus();
            for (int tabs = 0; tabs < 40 && !"line".equals(page.evaluate("document.activeElement.id")); tabs++) {
                page.keyboard().press("Tab");
            }
            expect(line).isFocused();
            assertThat(line.evaluate("el => getComputedStyle(el).outlineStyle"))
                    .as("a visible focus ring")
                    .isNotEqualTo("none");

            page.keyboard().type(EMPATHY);
            page.keyboard().press("Enter");
            chat.awaitReply(1);
            expect(chat.lines().locator(".text")).hasText(new String[] {EMPATHY});
            expect(line).isFocused();
            expect(line).hasValue("");

            page.keyboard().type("First thought.");
            page.keyboard().press("Shift+Enter");
            page.keyboard().type("Second thought.");
            expect(line).hasValue("First thought.\nSecond thought.");
            expect(chat.lines()).hasCount(1);
            page.keyboard().press("Enter");
            chat.awaitReply(2);
            expect(chat.lines().last().locator(".text")).hasText("First thought.\nSecond thought.");
        }

        @Test
        void markupInALineIsShownAsTextAndNeverRuns() {
            String hostile = "<script>alert(1)</script> and <img src=x onerror=alert(2)> please";
            Chat chat = Chat.startFromLibrary(page, REFUND);

            chat.say(hostile);

            expect(chat.lines().last().locator(".text")).hasText(hostile);
            expect(page.locator("main img, main script")).hasCount(0);
            page.reload();
            expect(chat.lines().last().locator(".text")).hasText(hostile);
            expect(page.locator("main img, main script")).hasCount(0);
            chat.end();
            expect(page.locator(".bubble.me .text").first()).hasText(hostile);
            expect(page.locator("main img, main script")).hasCount(0);
            assertThat(dialogs).as("dialogs that opened").isEmpty();
        }
    }

    @Nested
    class Review {
        @Test
        void endingShowsAReviewThatQuotesTheLearnerAndChartsTheirMood() {
            Chat chat = Chat.startFromLibrary(page, REFUND);
            chat.say(HEDGE);
            chat.say(POLICY);

            chat.end();

            expect(page.locator("h1")).hasText("Review: " + REFUND);
            expect(page.locator(".score strong")).hasText(Pattern.compile("\\d{1,3}"));
            Locator mine = page.locator(".bubble.me");
            expect(mine.locator(".text")).hasText(new String[] {HEDGE, POLICY});
            expect(mine.first().locator(".finding q").first()).isVisible();
            for (Locator said : mine.all()) {
                String text = said.locator(".text").textContent();
                assertThat(said.locator(".finding q").allTextContents())
                        .as("quotes in the findings on '%s'", text)
                        .allSatisfy(quote -> assertThat(text).contains(quote));
            }
            assertThat(mine.first().locator(".finding q").allTextContents()).contains("I just think maybe");

            DrawnChart chart = DrawnChart.on(page, "emotion-chart", ANGER_RED);
            int replies = page.locator(".bubble.them").count();
            assertThat(chart.series()).containsExactly("Anger", "Trust");
            assertThat(chart.points()).containsOnly(replies + 1);
            assertThat(chart.inkedPixels()).as("pixels drawn").isGreaterThan(2_000);
            assertThat(chart.pixelsInColour()).as("pixels of the anger line").isGreaterThan(50);
        }

        @Test
        void twoRunsOfAScenarioCompareSideBySide() {
            Chat first = Chat.startFromLibrary(page, REFUND);
            first.say(POLICY);
            first.end();
            Chat second = Chat.againWithAnotherVersion(page);
            second.say(EMPATHY);
            second.end();

            page.getByLabel("Compare with").selectOption(first.id());
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Compare"))
                    .click();

            page.waitForURL("**/runs/compare?a=" + second.id() + "&b=" + first.id());
            expect(page.locator("h1")).containsText(REFUND);
            Locator sides = page.locator(".compare section");
            expect(sides).hasCount(2);
            expect(sides.locator("h2 a").first()).hasAttribute("href", "/runs/" + second.id());
            expect(sides.locator("h2 a").last()).hasAttribute("href", "/runs/" + first.id());
            expect(sides.first()).containsText("/100");
            DrawnChart chart = DrawnChart.on(page, "compare-chart", ANGER_RED);
            assertThat(chart.series()).hasSize(2).allSatisfy(s -> assertThat(s).startsWith("Anger"));
            assertThat(chart.pixelsInColour()).isGreaterThan(50);
        }

        @Test
        void aRunIsComparedOnlyWithFinishedRunsAndTheTwoSidesAreToldApart() {
            Chat first = Chat.startFromLibrary(page, REFUND);
            first.say(POLICY);
            first.end();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Run it again, same person"))
                    .click();
            Chat second = Chat.on(page);
            second.say(EMPATHY);
            second.end();
            Chat going = Chat.startFromLibrary(page, REFUND);
            going.say(HEDGE);

            page.navigate("/runs/" + second.id());
            Locator compareWith = page.getByLabel("Compare with");
            expect(compareWith.locator("option[value='" + first.id() + "']")).hasCount(1);
            expect(compareWith.locator("option[value='" + going.id() + "']")).hasCount(0);
            compareWith.selectOption(first.id());
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Compare"))
                    .click();

            page.waitForURL("**/runs/compare?a=" + second.id() + "&b=" + first.id());
            List<String> headings = page.locator(".compare section h2").allTextContents();
            assertThat(headings).hasSize(2).doesNotHaveDuplicates();
            for (Locator side : page.locator(".compare section").all()) {
                expect(side.locator("ul.plain").last().locator("li")).not().hasCount(0);
                assertThat(side.locator("q").allTextContents()).noneMatch(String::isBlank);
            }
        }

        @Test
        void aRunEndedBeforeTheLearnerSaidAnythingSaysSo() {
            Chat chat = Chat.startFromLibrary(page, REFUND);
            chat.end();
            expect(page.locator("main .notice"))
                    .containsText("This run ended before you said anything, so there is nothing of yours to review");

            Chat again = Chat.startFromLibrary(page, REFUND);
            again.say(EMPATHY);
            again.end();
            expect(page.getByText("This run ended before you said anything")).hasCount(0);
        }

        @Test
        void theRunDownloadsAsMarkdownAndAsJson() throws IOException {
            Chat chat = Chat.startFromLibrary(page, REFUND);
            chat.say(EMPATHY);
            chat.end();
            String score = page.locator(".score strong").textContent();

            Download markdown = page.waitForDownload(
                    () -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Markdown"))
                            .click());
            Download json = page.waitForDownload(
                    () -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("JSON"))
                            .click());

            assertThat(markdown.suggestedFilename()).matches("spar-refund-outside-window-[0-9a-f]{8}\\.md");
            assertThat(Files.readString(markdown.path())).contains(EMPATHY);
            assertThat(json.suggestedFilename()).matches("spar-refund-outside-window-[0-9a-f]{8}\\.json");
            JsonNode run = JSON.readTree(Files.readString(json.path()));
            assertThat(run.path("scenario").asText()).isEqualTo("refund-outside-window");
            assertThat(run.path("turns").findValuesAsText("text")).contains(EMPATHY);
            assertThat(run.path("critique").path("score").asText()).isEqualTo(score);
        }

        @Test
        void aDeletedRunIsGoneFromTheListAndFromItsAddress() {
            Chat chat = Chat.startFromLibrary(page, REFUND);
            chat.say(EMPATHY);
            chat.end();

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Delete this run"))
                    .click();

            page.waitForURL("**/runs?deleted");
            assertThat(dialogs).containsExactly("confirm: Delete this run for good?");
            expect(page.locator(".notice")).hasText("The run was deleted.");
            expect(page.locator("a[href$='" + chat.id() + "']")).hasCount(0);
            Response gone = page.navigate("/runs/" + chat.id());
            assertThat(gone.status()).isEqualTo(404);
            expect(page.locator("h1")).hasText("Not found");
        }
    }

    @Nested
    class Progress {
        @Test
        void progressChartsTheScoresAndCountsTheDaysInARow() {
            String id = api().post("/api/sessions", "{\"scenarioId\": \"refund-outside-window\"}")
                    .json()
                    .path("id")
                    .asText();
            api().post("/api/sessions/" + id + "/turns", "{\"text\": " + Http.quote(EMPATHY) + "}");
            api().post("/api/sessions/" + id + "/end", "");
            long finished = api().get("/api/sessions").json().findValuesAsText("status").stream()
                    .filter("ended"::equals)
                    .count();

            page.navigate("/progress");

            Locator stats = page.locator(".stat");
            expect(stats.nth(0).locator("strong")).hasText("1");
            expect(stats.nth(0)).containsText("day in a row");
            expect(stats.nth(1).locator("strong")).hasText(String.valueOf(finished));
            expect(stats.nth(1).locator("span")).hasText(finished == 1 ? "finished run" : "finished runs");
            DrawnChart chart = DrawnChart.on(page, "progress-chart", "#222222");
            assertThat(chart.series()).first().isEqualTo("Overall");
            assertThat(chart.points()).containsOnly((int) finished);
            assertThat(chart.inkedPixels()).isGreaterThan(2_000);
            expect(page.locator("table.runs")).containsText(REFUND);
        }
    }

    @Nested
    class Prepare {
        static final String TITLE = "Asking my landlord to fix the heating";
        static final String RELATIONSHIP = "my landlord, who has ignored two emails";
        static final String GOAL = "a date for the repair this week";

        @Test
        void aMissingRequiredFieldIsNamedAndWhatWasTypedIsKept() {
            page.navigate("/prepare");
            field("Title").fill(TITLE);
            field("Who they are to you").fill(RELATIONSHIP);
            field("What you want from it").fill(GOAL);
            field("What you came to say").fill("The radiator has been cold for three weeks");
            field("Dismissal").check();

            start();
            Locator name = field("What you call them");
            assertThat(name.evaluate("el => el.validity.valueMissing")).isEqualTo(true);
            assertThat(page.url()).endsWith("/prepare");

            name.fill("   ");
            start();

            Locator problems = page.locator("#problems");
            expect(problems).containsText("Say what to call the other person.");
            expect(problems).isFocused();
            expect(field("Title")).hasValue(TITLE);
            expect(field("Who they are to you")).hasValue(RELATIONSHIP);
            expect(field("What you want from it")).hasValue(GOAL);
            expect(field("What you came to say")).hasValue("The radiator has been cold for three weeks");
            expect(field("Dismissal")).isChecked();
        }

        @Test
        void aFileNameAndATooLongHistoryAreCheckedAndNamedAndNothingIsCut() {
            List<String> errors = new ArrayList<>();
            page.onConsoleMessage(m -> {
                if ("error".equals(m.type())) {
                    errors.add(m.text());
                }
            });
            page.navigate("/prepare");
            field("Title").fill(TITLE);
            field("What you call them").fill("Morgan");
            field("Who they are to you").fill(RELATIONSHIP);
            field("What you want from it").fill(GOAL);
            Locator id = page.getByLabel("File name (id)");
            id.fill("My Heating!");
            start();
            assertThat(id.evaluate("el => el.validity.patternMismatch")).isEqualTo(true);
            assertThat(page.url()).endsWith("/prepare");
            assertThat(errors).as("errors in the browser's console").isEmpty();

            id.fill("");
            String history =
                    "We have emailed twice about the heating. ".repeat(20).strip();
            field("History between you").fill(history);
            start();

            Locator problems = page.locator("#problems");
            expect(problems)
                    .containsText("History between you: keep it to 600 characters or fewer; it has " + history.length()
                            + ".");
            expect(field("History between you")).hasValue(history);
        }

        @Test
        void aCompleteFormStartsAConversationWithTheDescribedPerson() {
            page.navigate("/prepare");
            field("Title").fill(TITLE);
            field("In one line").fill("The heating has been broken for three weeks in January.");
            page.getByLabel("Shelf").selectOption("personal");
            field("What you call them").fill("Morgan");
            field("Who they are to you").fill(RELATIONSHIP);
            field("How they talk").fill("brisk, changes the subject");
            field("How they start").selectOption("guarded");
            Locator difficulty = page.getByLabel("Difficulty: 1 gentle to 5 hard");
            expect(page.locator("#difficulty-value")).hasText("3");
            difficulty.press("ArrowRight");
            expect(page.locator("#difficulty-value")).hasText("4");
            field("What you want from it").fill(GOAL);
            field("What you came to say")
                    .fill("The radiator has been cold for three weeks\nI need a date for the repair");

            start();

            Chat chat = Chat.on(page);
            expect(page.locator("#brief-title")).hasText(TITLE);
            expect(page.locator(".brief")).containsText("Morgan, " + RELATIONSHIP);
            expect(page.locator(".brief")).containsText("I need a date for the repair");
            expect(page.locator(".gauge")).containsText("How Morgan feels");
            expect(page.locator("#line")).hasAttribute("placeholder", "Say it to Morgan…");
            chat.say("Hi Morgan, the radiator has been cold for three weeks. Can we agree a date for the repair?");
            expect(chat.replies().last().locator(".who .speaker")).hasText("Morgan");

            page.navigate("/?q=heating");
            expect(page.locator("#results .card")).hasCount(1);
            expect(page.locator("#results .card")).containsText("yours");
        }

        private Locator field(String label) {
            return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
        }

        private void start() {
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start practising"))
                    .click();
        }
    }
}
