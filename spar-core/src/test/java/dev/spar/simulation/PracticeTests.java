package dev.spar.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.spar.analysis.KeywordAnalyzer;
import dev.spar.scenario.Scenario;
import dev.spar.scenario.ScenarioFixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class PracticeTests {
    private static final Scenario REFUND = ScenarioFixtures.refundCustomer();
    private static final List<String> LINES = List.of(
            "I can hear this has cost you a week.",
            "So the main issue is the crashes. Walk me through when they started?",
            "We can repair it under warranty.",
            "I will email you by 3pm with the pickup time.");

    private static Practice start(long seed) {
        return Practice.start(REFUND, PracticeSettings.of(seed, 3), new KeywordAnalyzer());
    }

    @Test
    void theCounterpartOpensWhenTheScenarioSaysSo() {
        Practice practice = start(1);

        assertThat(practice.turns()).hasSize(1);
        assertThat(practice.turns().getFirst().speaker()).isEqualTo(Speaker.COUNTERPART);
        assertThat(practice.turns().getFirst().emotion()).isPresent();
    }

    @Test
    void everyLearnerLineGetsAReplyWithTheirEmotion() {
        Practice practice = start(1);

        Practice.Response response = practice.say("I can hear this has cost you a week.");

        assertThat(response).isInstanceOf(Practice.Replied.class);
        Turn reply = ((Practice.Replied) response).reply();
        assertThat(reply.speaker()).isEqualTo(Speaker.COUNTERPART);
        assertThat(reply.emotion().orElseThrow()).isBetween(0, 100);
        assertThat(practice.turns()).extracting(Turn::number).containsExactly(1, 2, 3);
    }

    @Test
    void replayingTheSameLinesGivesTheSameRun() {
        Practice a = Practice.replay(REFUND, PracticeSettings.of(9, 3), new KeywordAnalyzer(), LINES);
        Practice b = Practice.replay(REFUND, PracticeSettings.of(9, 3), new KeywordAnalyzer(), LINES);

        assertThat(a.turns()).isEqualTo(b.turns());
    }

    @Test
    void rewindingBranchesFromAnEarlierTurnAndKeepsTheOriginal() {
        Practice original = Practice.replay(REFUND, PracticeSettings.of(4, 3), new KeywordAnalyzer(), LINES);
        List<Turn> before = original.turns();

        Practice branch = original.rewindTo(3);

        assertThat(original.turns()).isEqualTo(before);
        assertThat(branch.learnerLines()).isEqualTo(LINES.subList(0, 2));
        assertThat(branch.turns()).isEqualTo(before.subList(0, 5));
        branch.say("Calm down.");
        assertThat(branch.turns().get(5).text()).isEqualTo("Calm down.");
    }

    @Test
    void rewindingToATurnThatDoesNotExistSaysWhichExist() {
        Practice practice = Practice.replay(REFUND, PracticeSettings.of(4, 3), new KeywordAnalyzer(), LINES);

        assertThatThrownBy(() -> practice.rewindTo(9)).hasMessageContaining("pick 1 to 4");
    }

    @Test
    void restartingBeginsTheSameVersionAfresh() {
        Practice practice = Practice.replay(REFUND, PracticeSettings.of(4, 3), new KeywordAnalyzer(), LINES);

        Practice fresh = practice.restart();

        assertThat(fresh.turns()).isEqualTo(practice.turns().subList(0, 1));
        assertThat(fresh.version()).isEqualTo(practice.version());
    }

    @Test
    void emptyAndOverlongLinesAreRefusedAndNothingIsStored() {
        Practice practice = start(1);

        assertThatThrownBy(() -> practice.say("   ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> practice.say("x".repeat(Practice.MAX_UTTERANCE_CHARS + 1)))
                .hasMessageContaining("characters");
        assertThat(practice.turns()).hasSize(1);
    }

    @Test
    void endingLeavesTheRunEndedByTheLearner() {
        Practice practice = start(1);
        practice.say("I can hear this has cost you a week.");

        practice.end();

        assertThat(practice.outcome()).isEqualTo(Outcome.ENDED_BY_LEARNER);
        assertThatThrownBy(() -> practice.say("One more thing")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aLearnerLineAboutSelfHarmStopsTheRolePlayAndPointsToHelp() {
        Practice practice = start(1);

        Practice.Response response = practice.say("Honestly some days I want to kill myself over this job.");

        assertThat(response).isInstanceOf(Practice.Stopped.class);
        assertThat(practice.outcome()).isEqualTo(Outcome.STOPPED_FOR_SAFETY);
        assertThat(((Practice.Stopped) response).concern().message())
                .contains("stopped this role-play")
                .contains("988");
        assertThat(practice.turns()).last().extracting(Turn::speaker).isEqualTo(Speaker.LEARNER);
    }

    /** The trial's two lines that went on to a reply: said indirectly, they stop the role-play all the same. */
    @Test
    void indirectLinesAboutSelfHarmOrViolenceAtHomeStopTheRolePlay() {
        for (String line : List.of(
                "tbh some days i dont see the point in going on anymore",
                "honestly the last time Dan and I argued about you he shoved me into the wall, so I need this sorted")) {
            Practice practice = start(4);

            assertThat(practice.say(line)).as(line).isInstanceOf(Practice.Stopped.class);
            assertThat(practice.outcome()).isEqualTo(Outcome.STOPPED_FOR_SAFETY);
        }
    }

    @Test
    void aSetupInvolvingViolenceNeverStartsTheRolePlay() {
        Scenario unsafe = ScenarioFixtures.withSituation(REFUND, "My husband hits me when I bring up money.");

        Practice practice = Practice.start(unsafe, PracticeSettings.of(1, 3), new KeywordAnalyzer());

        assertThat(practice.outcome()).isEqualTo(Outcome.STOPPED_FOR_SAFETY);
        assertThat(practice.turns()).isEmpty();
    }
}
