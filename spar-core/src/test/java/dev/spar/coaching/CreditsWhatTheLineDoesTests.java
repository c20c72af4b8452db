package dev.spar.coaching;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spar.analysis.AnalysisContext;
import dev.spar.analysis.FindingCategory;
import dev.spar.analysis.Move;
import dev.spar.analysis.RuleAnalyzer;
import dev.spar.analysis.UtteranceAnalysis;
import dev.spar.scenario.Intent;
import dev.spar.scenario.KeyPoint;
import dev.spar.scenario.Scenario;
import dev.spar.scenario.ScenarioFixtures;
import dev.spar.simulation.CounterpartVoice;
import dev.spar.simulation.Practice;
import dev.spar.simulation.PracticeSettings;
import dev.spar.simulation.ReplySink;
import dev.spar.simulation.Speaker;
import dev.spar.simulation.Turn;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * A line is credited, and moves the other person, for what it does: found in a new user's trial, where a step of
 * the call, vague help, a stray line and a stock apology were praised, and a line was flagged for what the same
 * review credited it with.
 */
class CreditsWhatTheLineDoesTests {
    private final Coach coach = new Coach();
    private final RuleAnalyzer analyzer = new RuleAnalyzer();

    private static Practice refundRun(String... lines) {
        return played(ScenarioFixtures.refundCustomer(), List.of(lines));
    }

    private static Practice played(Scenario scenario, List<String> lines) {
        Practice practice = Practice.replay(scenario, PracticeSettings.of(3, 1), new RuleAnalyzer(), lines);
        practice.end();
        return practice;
    }

    private List<FindingCategory> at(Practice practice, int turn) {
        return coach.critique(practice).findings().stream()
                .filter(f -> f.turn() == turn)
                .map(Finding::category)
                .toList();
    }

    /** What moved the other person in their reply to a turn. */
    private static List<String> movedBy(Practice practice, int turn) {
        return practice.turns().stream()
                .filter(t -> t.number() == turn + 1)
                .findFirst()
                .flatMap(Turn::state)
                .orElseThrow()
                .movedBy();
    }

    private UtteranceAnalysis read(String line) {
        return analyzer.analyze(line, AnalysisContext.none());
    }

    @Nested
    class NextSteps {
        @Test
        void fetchingTheirRecordIsAStepOfTheCallNotANextStep() {
            Practice practice = refundRun("I can hear this has cost you a week.", "Let me pull up your order.");

            assertThat(at(practice, 4)).doesNotContain(FindingCategory.NEXT_STEP);
            assertThat(movedBy(practice, 4)).noneMatch(reason -> reason.contains("A way forward"));
        }

        @Test
        void fetchingTheRecordAndThenActingIsANextStep() {
            assertThat(read("Let me pull up your order and call the repair centre by 3pm.")
                            .has(FindingCategory.NEXT_STEP))
                    .isTrue();
            assertThat(read("Let me pull up the tracking.").has(Move.NEXT_STEP)).isTrue();
        }

        @Test
        void vagueHelpIsNeitherANextStepNorAnOffer() {
            Practice practice = refundRun("I can hear this has cost you a week.", "I'll see what I can do.");

            assertThat(at(practice, 4)).doesNotContain(FindingCategory.NEXT_STEP);
            assertThat(read("I'll see what I can do.").moves())
                    .noneMatch(m -> m.move() == Move.OFFER_OPTION || m.move() == Move.NEXT_STEP);
        }

        @Test
        void helpWithWhatAndWhenIsStillANextStep() {
            assertThat(read("I'll see what I can do and email you by 3pm today.")
                            .has(FindingCategory.NEXT_STEP))
                    .isTrue();
            assertThat(read("Here's what I can do: a repair this week.").has(Move.OFFER_OPTION))
                    .isTrue();
        }

        @Test
        void anAgreementReachedIsTheNextStep() {
            // Carol had just agreed to text the day before, and "Thank you, Carol." was flagged for no next step.
            List<String> before = List.of(
                    "I can hear this has cost you a whole week of work.",
                    "So the main issue is the crashes. When did they start?",
                    "A refund past 30 days needs a review, and we can repair it under warranty right away.");
            Practice agreed = refundRun(concat(
                    before,
                    "I can arrange the warranty repair for you, would that work?",
                    "Thank you, I appreciate it."));
            Practice notYet = refundRun(concat(before, "Thank you, I appreciate it.", "Thanks again."));

            assertThat(agreed.turns().get(8).intent()).contains(Intent.ACCEPT);
            assertThat(at(agreed, 10)).doesNotContain(FindingCategory.MISSING_NEXT_STEP);
            assertThat(coach.critique(notYet).findings())
                    .anyMatch(f -> f.category() == FindingCategory.MISSING_NEXT_STEP);
        }
    }

    private static String[] concat(List<String> first, String... then) {
        List<String> all = new ArrayList<>(first);
        all.addAll(List.of(then));
        return all.toArray(String[]::new);
    }

    /** A run whose other person says these words in reply to the n-th learner line. */
    private static Practice withReplies(Scenario scenario, List<String> lines, Map<Integer, String> replies) {
        CounterpartVoice voice = (request, sink) -> {
            int answering = (int) request.history().stream()
                    .filter(t -> t.speaker() == Speaker.LEARNER)
                    .count();
            String text = replies.getOrDefault(answering, request.line());
            sink.token(text);
            return new CounterpartVoice.Spoken(text);
        };
        Practice practice =
                Practice.replay(scenario, PracticeSettings.of(3, 1), new RuleAnalyzer(), lines, voice, ReplySink.NONE);
        practice.end();
        return practice;
    }

    @Nested
    class Summaries {
        @Test
        void aStrayLineAfterAFinishedOneFinishesNothingOfTheirs() {
            UtteranceAnalysis stray = analyzer.analyze(
                    "One more line after.",
                    new AnalysisContext("Alright. If you're chasing it now, I can breathe a bit.", List.of()));

            assertThat(stray.has(Move.PARAPHRASE)).isFalse();
        }

        @Test
        void theRestOfTheirThoughtInTheirWordsIsStillAReflection() {
            UtteranceAnalysis plate = analyzer.analyze(
                    "Too much on your plate.",
                    new AnalysisContext("Work is mad and the kids are off school.", List.of()));
            UtteranceAnalysis trailed = analyzer.analyze(
                    "Almost more than anyone could carry.",
                    new AnalysisContext("The baby was up every hour and then the boiler went and-", List.of()));

            assertThat(plate.has(Move.PARAPHRASE)).isTrue();
            assertThat(trailed.has(Move.PARAPHRASE)).isTrue();
        }

        @Test
        void aSuggestedSummarySaysTheirFactsNotTheirVerdictOnUs() {
            // "So if I have this right, that's not what you asked for. Is that right?" parroted the complaint.
            Practice practice = withReplies(
                    ScenarioFixtures.refundCustomer(),
                    List.of("Let me pull up your order.", "Okay.", "Right.", "Noted."),
                    Map.of(1, "That's not what I asked for.", 2, "That doesn't work for me."));

            List<String> rewrites = coach.critique(practice).findings().stream()
                    .filter(f -> f.category() == FindingCategory.MISSING_PARAPHRASE)
                    .flatMap(f -> f.rewrite().stream())
                    .toList();

            assertThat(rewrites).noneMatch(r -> r.contains("not what you asked for") || r.contains("doesn't work"));
        }
    }

    @Nested
    class Empathy {
        @Test
        void aScriptedSorryIsNoSpecificEmpathy() {
            UtteranceAnalysis formula = read("I'm sorry for the frustration");

            assertThat(formula.has(FindingCategory.EMPATHY)).isFalse();
            assertThat(formula.has(FindingCategory.CANNED_EMPATHY)).isTrue();
        }

        @Test
        void aSorryThatNamesTheirTroubleIsStillEmpathy() {
            assertThat(read("I'm sorry for the frustration of losing a whole week to this.")
                            .has(FindingCategory.CANNED_EMPATHY))
                    .isFalse();
            assertThat(read("I'm sorry for the week you've lost.").has(FindingCategory.EMPATHY))
                    .isTrue();
            assertThat(read("We apologise for any inconvenience caused.").has(FindingCategory.CANNED_EMPATHY))
                    .isTrue();
        }

        @Test
        void aKeyPointThatAcknowledgesIsNotAlsoAMissingAcknowledgement() {
            Scenario scenario = ScenarioFixtures.withKeyPoints(
                    ScenarioFixtures.refundCustomer(),
                    new KeyPoint(
                            "impact",
                            "I understand you need the laptop for work, which is why this matters so much.",
                            List.of("need it for work", "for your work")));
            Practice practice =
                    played(scenario, List.of("Hi Dana, I can see the laptop crashed and I know you need it for work."));

            assertThat(at(practice, 2))
                    .contains(FindingCategory.KEY_POINT_MADE)
                    .doesNotContain(FindingCategory.MISSING_ACKNOWLEDGEMENT);
        }

        @Test
        void aLineThatGoesStraightToSolvingIsStillMissingAcknowledgement() {
            Practice practice = refundRun("What's the order number?", "Let me check the tracking.");

            assertThat(at(practice, 2)).contains(FindingCategory.MISSING_ACKNOWLEDGEMENT);
        }
    }
}
