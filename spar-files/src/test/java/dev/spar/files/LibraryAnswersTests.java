package dev.spar.files;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spar.analysis.Analyzer;
import dev.spar.analysis.KeywordAnalyzer;
import dev.spar.analysis.RuleAnalyzer;
import dev.spar.scenario.Scenario;
import dev.spar.simulation.Practice;
import dev.spar.simulation.PracticeSettings;
import dev.spar.simulation.Speaker;
import dev.spar.simulation.Turn;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The library's people answer what they are asked, through a real run: analysis, reading and memory. */
class LibraryAnswersTests {
    private static final ScenarioLibrary LIBRARY = ScenarioLibrary.bundled();

    private static String replyTo(String scenario, long seed, String... lines) {
        return replyTo(new KeywordAnalyzer(), scenario, seed, lines);
    }

    private static String replyTo(Analyzer analyzer, String scenario, long seed, String... lines) {
        Scenario s = LIBRARY.find(scenario).orElseThrow();
        Practice run = Practice.start(s, PracticeSettings.of(seed, 3), analyzer);
        for (String line : lines) {
            if (run.outcome().isFinal()) {
                break;
            }
            run.say(line);
        }
        List<Turn> turns = run.turns();
        Turn last = turns.getLast();
        return last.speaker() == Speaker.COUNTERPART ? last.text() : "";
    }

    @Test
    void theOrderNumberIsAnsweredWithTheOrderNumberNeverWithIDontKnow() {
        for (long seed = 0; seed < 10; seed++) {
            String refund = replyTo(
                    "refund-outside-window",
                    seed,
                    "I'm sorry the laptop has let you down.",
                    "What's the order number?");
            String delay = replyTo(
                    "angry-delay",
                    seed,
                    "I'm so sorry, that's awful timing with the wedding.",
                    "What's the order number?");

            assertThat(refund).as("seed %d", seed).contains("BL-48213").doesNotContain("I don't know");
            assertThat(delay).as("seed %d", seed).contains("TT-90417").doesNotContain("I don't know");
        }
    }

    @Test
    void anOfferTurnedDownIsTheOfferMadeNotAnotherOption() {
        for (long seed = 0; seed < 30; seed++) {
            String reply = replyTo(
                    "angry-delay",
                    seed,
                    "I'm so sorry, that's awful timing with the wedding.",
                    "I can refund the $18 express fee today.");

            assertThat(reply.toLowerCase(java.util.Locale.ROOT))
                    .as("seed %d: %s", seed, reply)
                    .doesNotContain("unhemmed")
                    .doesNotContain("a trace?");
        }
    }

    @Test
    void whenTheTrackingChangedIsNotAnsweredWithTheWeddingTime() {
        for (long seed = 0; seed < 10; seed++) {
            String reply = replyTo(
                    "angry-delay",
                    seed,
                    "I'm so sorry, that's awful timing with the wedding.",
                    "When did you first notice the tracking had changed?");

            assertThat(reply).as("seed %d", seed).doesNotContain("at two").containsIgnoringCase("morning");
        }
    }

    @Test
    void theRaiseManagerNeverAsksForTheNumberOnceItIsNamed() {
        for (long seed = 0; seed < 12; seed++) {
            String reply =
                    replyTo("raise-request", seed, "Thanks for making time. I'd like to ask for a raise to $84,000.");

            assertThat(reply)
                    .as("seed %d", seed)
                    .doesNotContain("What number do you have in mind")
                    .doesNotContain("What are you asking for");
        }
    }

    private static Practice run(String scenario, long seed, String... lines) {
        Practice run = Practice.start(
                LIBRARY.find(scenario).orElseThrow(), PracticeSettings.of(seed, 3), new KeywordAnalyzer());
        for (String line : lines) {
            if (!run.outcome().isFinal()) {
                run.say(line);
            }
        }
        return run;
    }

    private static Turn lastReply(Practice run) {
        return run.turns().getLast();
    }

    private static Turn replyBefore(Practice run) {
        List<Turn> turns = run.turns();
        return turns.get(turns.size() - 3);
    }

    @Test
    void anAccusationAngersThemAndTheReplyPushesBack() {
        for (long seed = 0; seed < 10; seed++) {
            Practice run = run(
                    "refund-outside-window",
                    seed,
                    "I'm sorry the laptop has let you down.",
                    "You're being completely unreasonable.");
            Turn before = replyBefore(run);
            Turn reply = lastReply(run);
            if (reply.speaker() != Speaker.COUNTERPART) {
                continue;
            }

            assertThat(reply.state().orElseThrow().anger())
                    .as("seed %d", seed)
                    .isGreaterThan(before.state().orElseThrow().anger());
            assertThat(reply.intent().orElseThrow().id())
                    .isIn("challenge", "escalate", "end-escalated", "end-walked-away");
        }
    }

    @Test
    void anOfferIsNamedInTheReply() {
        int named = 0;
        for (long seed = 0; seed < 10; seed++) {
            Practice run = run(
                    "angry-delay",
                    seed,
                    "I'm so sorry, that's awful timing with the wedding.",
                    "I can refund the $18 express fee today.");
            Turn reply = lastReply(run);
            String intent = reply.intent().map(i -> i.id()).orElse("");
            if (intent.startsWith("end") || intent.equals("escalate")) {
                continue;
            }
            assertThat(reply.text()).as("seed %d", seed).containsAnyOf("$18", "express", "refund");
            named++;
        }
        assertThat(named).isGreaterThan(5);
    }

    @Test
    void anHonestLimitAfterAKeptPromiseIsNotThrownBack() {
        for (long seed = 0; seed < 10; seed++) {
            Practice run = run(
                    "angry-delay",
                    seed,
                    "I'm so sorry, that's awful timing with the wedding.",
                    "I'll refund the $18 express fee today.",
                    "I can't guarantee Saturday, but I'll call the depot now and ring you back by two.");

            assertThat(run.memory().promises()).as("seed %d", seed).noneMatch(p -> p.walkedBack());
            assertThat(lastReply(run).text()).doesNotContain("refund the $18 express fee today");
        }
    }

    @Test
    void theManagerTakesTheFigureTheLearnerAskedForNotTheOneInTheirBrief() {
        // The brief suggests $84,000; this learner asks for 78k, then gives ground.
        Scenario raise = LIBRARY.find("raise-request").orElseThrow();
        boolean named = false;
        for (long seed = 0; seed < 10; seed++) {
            Practice run = Practice.start(raise, PracticeSettings.of(seed, 3), new KeywordAnalyzer());
            for (String line : List.of(
                    "Thanks for making the time, Dana.",
                    "I'm asking for 78k.",
                    "I led the migration this year and it saves us two days a month.",
                    "ok maybe I could do 74 then? sorry")) {
                if (!run.outcome().isFinal()) {
                    run.say(line);
                }
            }
            List<String> replies = run.turns().stream()
                    .filter(t -> t.speaker() == Speaker.COUNTERPART)
                    .map(Turn::text)
                    .toList();
            assertThat(replies).as("seed %d", seed).noneMatch(r -> r.contains("84,000"));
            named |= replies.stream().anyMatch(r -> r.contains("$78,000"));
        }
        assertThat(named).as("some reply names the ask").isTrue();
    }

    @Test
    void aFactSaidOnItsOwnStartsLikeASentence() {
        for (long seed = 0; seed < 10; seed++) {
            String reply = replyTo("angry-delay", seed, "which depot is it at?");
            assertThat(reply).as("seed %d", seed).contains("Riverside");
            assertThat(Character.isUpperCase(reply.charAt(0)))
                    .as("seed %d: %s", seed, reply)
                    .isTrue();
        }
    }

    @Test
    void blameSaidAsASummaryOfWhatTheyDidCalmsNoOne() {
        // Their own facts said back ("you signed up to an annual plan") with the fault put on them is not a summary.
        Scenario billing = LIBRARY.find("billing-dispute-renewal").orElseThrow();
        for (long seed = 0; seed < 10; seed++) {
            Practice run = Practice.start(billing, PracticeSettings.of(seed, 3), new dev.spar.analysis.RuleAnalyzer());
            Turn opening = run.turns().getLast();
            run.say("Well you signed up to an annual plan and didn't read the email. That's really on you, isn't it?");
            Turn reply = lastReply(run);
            if (reply.speaker() != Speaker.COUNTERPART || reply.state().isEmpty()) {
                continue;
            }
            assertThat(reply.state().orElseThrow().anger())
                    .as("seed %d", seed)
                    .isGreaterThanOrEqualTo(opening.state().orElseThrow().anger());
        }
    }

    @Test
    void whenTwoDaysWereGivenTheDayAskedAgainIsTheOneOfWhatTheQuestionNames() {
        // A new user's trial: "what day is the wedding again?" was answered "Like I said, it's Tuesday", the day the
        // suit was promised.
        for (long seed = 0; seed < 10; seed++) {
            String reply = replyTo(
                    "angry-delay",
                    seed,
                    "I'm sorry, I know the wedding is Saturday and this delay is the last thing you need.",
                    "when was it supposed to arrive?",
                    "what day is the wedding again?");

            assertThat(reply).as("seed %d", seed).doesNotContain("Tuesday");
        }
    }

    @Test
    void whereExactlyAThingIsIsAnsweredWithThePlace() {
        for (long seed = 0; seed < 10; seed++) {
            String reply = replyTo("angry-delay", seed, "I'm so sorry about this.", "where exactly is it stuck?");

            assertThat(reply).as("seed %d", seed).contains("Riverside");
        }
    }

    @Test
    void whatIsOwedIsTheOutstandingSum() {
        for (long seed = 0; seed < 10; seed++) {
            String reply = replyTo(
                    "end-freelance-contract",
                    seed,
                    "I want to talk about the outstanding invoice first.",
                    "how much do you owe me again?");

            assertThat(reply).as("seed %d", seed).contains("6,400");
        }
    }

    @Test
    void theManagerNeverHoldsTheLearnerToAFigureTheyNeverNamed() {
        // A new user's trial: giving ground before naming any number got "Hang on, a minute ago it was $84,000."
        for (long seed = 0; seed < 12; seed++) {
            String reply = replyTo(
                    "raise-request",
                    seed,
                    "hi, thanks for making time. I'd like to talk about my salary.",
                    "I know budgets are tight and everything and I totally get that, and I don't want to be difficult");

            assertThat(reply).as("seed %d", seed).doesNotContain("a minute ago");
        }
    }

    @Test
    void aQuestionTypedWithoutAQuestionMarkAfterAStanceWordIsAnswered() {
        // A blind round: "ok so realistically, is there even money for raises right now" got "Give me the number...".
        for (long seed = 0; seed < 10; seed++) {
            String reply = replyTo(
                    new RuleAnalyzer(),
                    "raise-request",
                    seed,
                    "Hi Dana, thanks for making time. I'd like to talk about my pay.",
                    "honestly, is there any budget for raises this year");

            assertThat(reply).as("seed %d", seed).containsAnyOf("3%", "budget", "pool");
        }
    }

    @Test
    void aQuestionAfterAClauseSettingTheSceneAsksWhatItsOwnClauseAsks() {
        // "When you filled the returns form in, was it yourself or did someone help you?" got "Sure, it's nine days."
        for (long seed = 0; seed < 10; seed++) {
            String reply = replyTo(
                    "confused-blaming",
                    seed,
                    "I'm sorry this has been such a worry, Mrs Kelly.",
                    "When you sent the coat back, did you do the form yourself or was it someone else?");

            assertThat(reply).as("seed %d", seed).contains("Chloe").doesNotContain("nine days");
        }
    }

    @Test
    void anActionDeclaredUnderWayIsTakenUpByName() {
        // A blind round: "First thing I'm doing is refunding the $18 express fee" got no word about the fee.
        for (long seed = 0; seed < 10; seed++) {
            String reply = replyTo(
                    "angry-delay",
                    seed,
                    "I'm so sorry, that's awful timing with the wedding.",
                    "Right, I'm refunding the express fee now, it'll be back on your card today.");

            assertThat(reply.toLowerCase(java.util.Locale.ROOT))
                    .as("seed %d", seed)
                    .containsAnyOf("express fee", "$18");
        }
    }

    @Test
    void aThingOfferedIsNamedNotTheVerbDescribingIt() {
        // "I can see if we've got a loan laptop you can use." got "Use? That's not what I asked for."
        for (long seed = 0; seed < 10; seed++) {
            String reply = replyTo(
                    "refund-outside-window",
                    seed,
                    "I'm sorry the laptop has let you down.",
                    "While it's being fixed I can see if there's a spare laptop you can use.");

            assertThat(reply).as("seed %d", seed).doesNotStartWith("Use?").containsIgnoringCase("laptop");
        }
    }

    @Test
    void anOfferOfWhatTheyAskedForIsNeverCalledNotWhatTheyAskedFor() {
        // A new user's trial: "what if i get it couriered express to u by friday?" got "Get it couriered express to u
        // by friday? That's not what I asked for." from a customer who had asked for the suit by Friday.
        for (long seed = 0; seed < 30; seed++) {
            String delay = replyTo(
                    "angry-delay",
                    seed,
                    "I'm so sorry, that's awful timing with the wedding.",
                    "what if i get a new suit couriered express to u by friday?");
            String handover = replyTo(
                    "end-freelance-contract",
                    seed,
                    "Marcus, I'm ending the contract at the end of the month.",
                    "I'll hand over all the files and a handover doc by the 25th.");

            assertThat(delay + " " + handover).as("seed %d", seed).doesNotContain("not what I asked for");
        }
    }
}
