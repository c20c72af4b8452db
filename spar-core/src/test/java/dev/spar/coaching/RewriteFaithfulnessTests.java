package dev.spar.coaching;

import static dev.spar.coaching.CoachContentTests.finding;
import static dev.spar.coaching.CoachContentTests.refundRun;
import static org.assertj.core.api.Assertions.assertThat;

import dev.spar.analysis.FindingCategory;
import dev.spar.analysis.RuleAnalyzer;
import dev.spar.scenario.Intent;
import dev.spar.scenario.Scenario;
import dev.spar.scenario.ScenarioFixtures;
import dev.spar.scenario.Setup;
import dev.spar.scenario.StarterScenario;
import dev.spar.simulation.CounterpartState;
import dev.spar.simulation.Phase;
import dev.spar.simulation.Practice;
import dev.spar.simulation.PracticeSettings;
import dev.spar.simulation.Speaker;
import dev.spar.simulation.Turn;
import dev.spar.understanding.ActKind;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Every rewrite keeps the learner's facts and situation and says nothing they did not: a line that puts the fault on
 * someone named is rewritten with them still named, a suggested summary is made of what the other person said, and a
 * bare "ok i hear you" is no summary.
 */
class RewriteFaithfulnessTests {
    private final Coach coach = new Coach();

    @Nested
    class FaultPutOnSomeoneNamed {
        @Test
        void isRewrittenWithThemStillNamedAndTheFixOwned() {
            Practice practice = refundRun(
                    Map.of("tbh Marcus", ActKind.BLAME_OTHERS),
                    "I can hear this has cost you a week.",
                    "tbh Marcus in dispatch gets these wrong all the time.");

            Finding blaming = finding(coach.critique(practice), FindingCategory.BLAMING_OTHERS)
                    .orElseThrow();

            assertThat(blaming.rewrite()).hasValueSatisfying(r -> assertThat(r)
                    .contains("Marcus")
                    .contains("mine to fix")
                    .doesNotContain("wrong all the time"));
        }

        @Test
        void namesSomeonesJobAsTheirSideAndANameInsideALongerOneOnce() {
            assertThat(Phrasings.owningItAfter(ConversationKind.CUSTOMER, List.of("Dave's")))
                    .startsWith("Whatever happened on Dave's side, it's mine to fix now.");
            assertThat(Phrasings.owningItAfter(
                            ConversationKind.WORKPLACE, List.of("Mill", "Street", "the newsagent on Mill Street")))
                    .startsWith("However it happened with the newsagent on Mill Street, I own my part.");
        }

        @Test
        void aThirdPartyNamedWithADayIsLeftWithoutARewriteRatherThanOneThatDropsTheDay() {
            Practice practice = refundRun(
                    Map.of("Honestly Speedline", ActKind.BLAME_OTHERS),
                    "I can hear this has cost you a week.",
                    "Honestly Speedline lost it on Friday, that one is on them.");

            Finding blaming = finding(coach.critique(practice), FindingCategory.BLAMING_OTHERS)
                    .orElseThrow();

            blaming.rewrite().ifPresent(r -> assertThat(r).contains("Speedline").contains("Friday"));
        }
    }

    @Nested
    class SuggestedSummary {
        @Test
        void saysBackOnlyWhatTheyToldYou() {
            Practice practice =
                    refundRun(Map.of(), "Let me check the order.", "The repair team can look at it.", "Anything else?");
            Critique critique = coach.critique(practice);

            Finding missing =
                    finding(critique, FindingCategory.MISSING_PARAPHRASE).orElseThrow();

            Set<String> theirs = words(practice.turns().stream()
                    .filter(t -> t.speaker() == Speaker.COUNTERPART && t.number() < missing.turn())
                    .map(Turn::text)
                    .collect(Collectors.joining(" ")));
            Set<String> frame = words("so if i have this right is that right what i'm hearing is that you your you're");
            assertThat(missing.rewrite()).hasValueSatisfying(summary -> assertThat(words(summary))
                    .allMatch(w -> theirs.contains(w) || frame.contains(w) || theirs.contains(unswapped(w))));
        }

        @Test
        void turnsTheirIAndMyIntoYouAndYour() {
            List<String> said = TheirWords.saidBack(
                    List.of(theySay("Order 5521. I paid for express and my brother gets married on Saturday.")),
                    2,
                    1,
                    ScenarioFixtures.refundCustomer());

            assertThat(said).contains("you paid for express and your brother gets married on Saturday");
        }

        @Test
        void dropsHowTheyLedIntoASentenceAndLeavesOutWhatTheyAskedOfYou() {
            List<String> said = TheirWords.saidBack(
                    List.of(theySay("Sorry, I haven't been sleeping much. I'll be honest, I'm not looking forward to"
                            + " this. Go ahead, I'm listening.")),
                    2,
                    1,
                    ScenarioFixtures.refundCustomer());

            assertThat(said).containsExactly("you haven't been sleeping much", "you're not looking forward to this");
        }

        @Test
        void saysBackWhatHappenedToThemNotTheirThreat() {
            // The suggested summary was "So if I have this right, if this isn't sorted you're putting the whole story
            // online, photos of you in your work trousers included. Is that right?"
            List<String> said = TheirWords.saidBack(
                    List.of(
                            theySay("Right. I've just looked at the tracking and I am LIVID. Express! I paid for"
                                    + " express!"),
                            theySay("If this isn't sorted I'm putting the whole story online, photos of me in my work"
                                    + " trousers included.")),
                    3,
                    1,
                    ScenarioFixtures.refundCustomer());

            assertThat(said).contains("you paid for express").noneMatch(s -> s.contains("online"));
            // Near miss: a sentence that only mentions "if" further on is still their side.
            assertThat(TheirWords.saidBack(
                            List.of(theySay("My brother gets married on Saturday, even if the parcel is late.")),
                            2,
                            1,
                            ScenarioFixtures.refundCustomer()))
                    .contains("your brother gets married on Saturday, even if the parcel is late");
            assertThat(TheirWords.saidBack(
                            List.of(theySay("I need the suit for Saturday, or I have nothing to wear.")),
                            2,
                            1,
                            ScenarioFixtures.refundCustomer()))
                    .contains("you need the suit for Saturday, or you have nothing to wear");
        }

        @Test
        void saysBackTheirTroubleNotTheirRefusalOrTheirAnswerToAQuestion() {
            // The suggested summary was "So if I have this right, you're not doing this again tomorrow. Is that
            // right?": what they refuse to do next, not their trouble; their answer with the order number's place
            // ("it's on the confirmation email as well") came next.
            CounterpartState angry = new CounterpartState(90, 20, 40, Map.of(), Phase.VENTING, List.of());
            List<String> said = TheirWords.saidBack(
                    List.of(
                            Turn.counterpart(
                                    1,
                                    "Right. I've just looked at the tracking and I am LIVID. Express! I paid for"
                                            + " express!",
                                    Intent.OPEN,
                                    angry),
                            Turn.counterpart(
                                    3, "It's TT-90417. It's on the confirmation email as well.", Intent.ANSWER, angry),
                            Turn.counterpart(
                                    5,
                                    "Get me a manager, please. I'm not doing this again tomorrow.",
                                    Intent.DEMAND,
                                    angry)),
                    8,
                    5,
                    ScenarioFixtures.refundCustomer());

            assertThat(said)
                    .contains("you paid for express")
                    // Shouted words are said back in an even voice; a short name in capitals stays as it is.
                    .contains("you've just looked at the tracking and you are livid")
                    .noneMatch(s -> s.contains("not doing this"))
                    .noneMatch(s -> s.contains("confirmation email"));
            // Near miss: what they are not is still their side.
            assertThat(TheirWords.saidBack(
                            List.of(theySay("I'm not happy with how this order has gone.")),
                            2,
                            1,
                            ScenarioFixtures.refundCustomer()))
                    .contains("you're not happy with how this order has gone");
        }

        @Test
        void leavesOutTheirAnswerToWhatTheLearnerJustDid() {
            // The suggested summaries were "So if I have this right, you don't need sorry five times.", "So what I'm
            // hearing is that good, then let's work out how to make it work." and "...that hang on, a minute ago it
            // was $84,000.": their reaction to the learner's line, not their side.
            List<String> said = TheirWords.saidBack(
                    List.of(
                            theySay("I don't need sorry five times. I need a suit for Saturday."),
                            theySay("Good, then let's work out how to make it work."),
                            theySay("Hang on, a minute ago it was $84,000.")),
                    2,
                    1,
                    ScenarioFixtures.refundCustomer());

            assertThat(said).containsExactly("you need a suit for Saturday");
        }

        @Test
        void leavesOutTheirQuestionsAndWhatTheySaidAboutTheLearner() {
            List<String> said = TheirWords.saidBack(
                    List.of(theySay("Why does nobody call me back? You people never listen to a word I say.")),
                    2,
                    1,
                    ScenarioFixtures.refundCustomer());

            assertThat(said).isEmpty();
        }
    }

    @Nested
    class EveryProblemOfTheLine {
        private final Scenario flatmate = StarterScenario.from(
                "kitchen",
                new Setup(
                        "My flatmate Jess",
                        "Jess",
                        "Get Jess to share the cleaning of the kitchen",
                        "She thinks I'm nagging",
                        "Defensive",
                        Scenario.Category.PERSONAL));

        @Test
        void aSarcasticLineIsRewrittenAsWhatTheLearnerWasAskingFor() {
            // It was "That came out wrong. What I mean is that this hurts." whatever the line was about.
            assertThat(sarcasmRewrittenAfter("Could you do the kitchen this week?"))
                    .hasValue("That came out wrong. What I'm asking is for you to do the kitchen this week.");
        }

        @Test
        void aSarcasticLineWithNothingAskedIsLeftWithoutAStockFeeling() {
            assertThat(sarcasmRewrittenAfter("The kitchen needs a clean.")).isEmpty();
        }

        private Optional<String> sarcasmRewrittenAfter(String earlier) {
            Practice practice = replay(
                    flatmate,
                    Map.of("Wow thanks", ActKind.MOCK),
                    earlier,
                    "Wow thanks so much for your incredibly helpful contribution.");
            return finding(coach.critique(practice), FindingCategory.SARCASM)
                    .orElseThrow()
                    .rewrite();
        }

        @Test
        void givingGroundIsRewrittenWithoutTheApologiesOrTheRambleAroundIt() {
            // They were "i'm sorry. im so sorry. I hear you, and I'm not changing my mind on this." and the whole
            // ramble, "im rambling" included, before the new words.
            Practice withFlatmate = replay(
                    flatmate,
                    Map.of("sorry, forget", ActKind.GIVE_GROUND),
                    "Could you do the kitchen this week?",
                    "i'm sorry. im so sorry. sorry, forget i said anything, it's fine.");
            Practice withCustomer = refundRun(
                    Map.of("ok fine", ActKind.GIVE_GROUND),
                    "sorry, sorry, im rambling now. the courier is just a lot. ok fine, forget i said anything.");

            for (Practice practice : List.of(withFlatmate, withCustomer)) {
                Finding concession = finding(coach.critique(practice), FindingCategory.CONCESSION)
                        .orElseThrow();

                assertThat(concession.rewrite()).hasValueSatisfying(r -> assertThat(r.toLowerCase(Locale.ROOT))
                        .doesNotContain("sorry")
                        .doesNotContain("rambling")
                        .doesNotContain("forget i said"));
            }
        }

        @Test
        void aHedgedLineIsRewrittenAsTheSameLineSaidPlainly() {
            Practice practice = replay(
                    flatmate,
                    Map.of(),
                    "Jess, got a sec? so um, i think i might maybe want us to take turns on the kitchen? if thats ok"
                            + " with you");

            Finding hedging =
                    finding(coach.critique(practice), FindingCategory.HEDGING).orElseThrow();

            assertThat(hedging.rewrite()).hasValue("Jess, got a sec? so i want us to take turns on the kitchen.");
        }

        @Test
        void aRuleIsKeptAndThePointerAtItDropped() {
            String rule = "Refunds are only within 30 days, that's our policy and it's in the terms you agreed to.";

            String rewrite = finding(coach.critique(refundRun(Map.of(), rule)), FindingCategory.POLICY_FIRST)
                    .flatMap(Finding::rewrite)
                    .orElseThrow();

            assertThat(rewrite)
                    .contains("Refunds are only within 30 days.")
                    .doesNotContain("our policy")
                    .doesNotContain("terms you agreed to");
        }

        private static Practice replay(Scenario scenario, Map<String, ActKind> meaning, String... lines) {
            Practice practice = Practice.replay(
                    scenario,
                    PracticeSettings.of(3, 1),
                    new RuleAnalyzer(CoachContentTests.reading(meaning)),
                    List.of(lines));
            practice.end();
            return practice;
        }
    }

    @Nested
    class BareAcknowledgement {
        @Test
        void isNotPraisedAsASummary() {
            Critique critique = coach.critique(refundRun(Map.of(), "ok i hear you.", "Let me check the order."));

            assertThat(finding(critique, FindingCategory.PARAPHRASE)).isEmpty();
        }
    }

    private static Turn theySay(String text) {
        return Turn.counterpart(
                1, text, Intent.VENT, new CounterpartState(50, 30, 80, Map.of(), Phase.VENTING, List.of()));
    }

    private static Set<String> words(String text) {
        return java.util.Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^a-z0-9'$.-]+"))
                .map(w -> w.replaceAll("[.]+$", ""))
                .filter(w -> !w.isBlank())
                .collect(Collectors.toSet());
    }

    private static String unswapped(String word) {
        return switch (word) {
            case "you" -> "i";
            case "your" -> "my";
            case "you're" -> "i'm";
            case "you've" -> "i've";
            case "are" -> "am";
            case "were" -> "was";
            default -> word;
        };
    }
}
