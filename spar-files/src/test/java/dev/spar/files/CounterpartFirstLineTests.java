package dev.spar.files;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spar.scenario.Intent;
import dev.spar.scenario.Line;
import dev.spar.scenario.PersonaVersion;
import dev.spar.scenario.Scenario;
import dev.spar.scenario.Setup;
import dev.spar.scenario.StarterScenario;
import dev.spar.simulation.Practice;
import dev.spar.simulation.PracticeSettings;
import dev.spar.simulation.Speaker;
import dev.spar.simulation.Turn;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The counterpart's reply to what the learner opens with, and to what they put on the table: news said in the first
 * line is reacted to, not greeted; an offer is turned down in words about that offer.
 */
class CounterpartFirstLineTests {
    private static final Scenario CONTRACT =
            ScenarioLibrary.bundled().find("end-freelance-contract").orElseThrow();
    private static final Scenario DELAY =
            ScenarioLibrary.bundled().find("angry-delay").orElseThrow();
    private static final Scenario FLATMATE = StarterScenario.from(
            "flatmate",
            new Setup(
                    "my flatmate Jo",
                    "Jo",
                    "ask Jo to move out by the end of next month",
                    "they guilt me into letting them stay",
                    "laughs it off",
                    Scenario.Category.PERSONAL));

    private static Turn firstReply(Scenario scenario, long seed, String line) {
        Practice run = Practice.replay(scenario, PracticeSettings.of(seed, 3), Learners.ANALYZER, List.of(line));
        return run.turns().stream()
                .filter(t -> t.speaker() == Speaker.COUNTERPART && t.number() > 1)
                .findFirst()
                .orElseThrow();
    }

    /** Every opening line the scenario and its versions have. */
    private static List<String> openers(Scenario scenario) {
        List<String> out = new ArrayList<>();
        scenario.lines().forIntent(Intent.OPEN).stream().map(Line::text).forEach(out::add);
        for (PersonaVersion v : scenario.versions()) {
            v.lines().forIntent(Intent.OPEN).stream().map(Line::text).forEach(out::add);
        }
        return out;
    }

    @Test
    void newsInTheFirstLineIsReactedToNotGreeted() {
        List<String> openers = openers(CONTRACT);
        for (long seed = 0; seed < CONTRACT.versions().size(); seed++) {
            Turn reply = firstReply(
                    CONTRACT,
                    seed,
                    "Hi Marcus. I'm giving you notice today: I won't be renewing, and Friday the 28th is my final day.");

            assertThat(reply.intent()).as("seed %d", seed).isNotEqualTo(java.util.Optional.of(Intent.OPEN));
            assertThat(openers).as("seed %d: %s", seed, reply.text()).doesNotContain(reply.text());
        }
    }

    @Test
    void aFirstLineThatOnlyAsksForTimeStillGetsTheGreeting() {
        for (long seed = 0; seed < CONTRACT.versions().size(); seed++) {
            Turn reply = firstReply(
                    CONTRACT, seed, "Morning Marcus, have you got ten minutes? I'd like to talk something through.");

            assertThat(reply.intent()).as("seed %d: %s", seed, reply.text()).contains(Intent.OPEN);
        }
    }

    @Test
    void aStarterScenarioReactsToTheAskSaidStraightOut() {
        for (long seed = 0; seed < 6; seed++) {
            Turn reply = firstReply(FLATMATE, seed, "Jo, I'd like you to move out once next month is over.");

            assertThat(reply.intent())
                    .as("seed %d: %s", seed, reply.text())
                    .isNotEqualTo(java.util.Optional.of(Intent.OPEN));
            assertThat(reply.text())
                    .as("seed %d", seed)
                    .doesNotContain("out with it")
                    .doesNotContain("What's up");
        }
    }

    @Test
    void aStarterScenarioGreetsALineThatOnlyNamesThem() {
        for (long seed = 0; seed < 6; seed++) {
            Turn reply = firstReply(FLATMATE, seed, "Hey Jo, got a sec? Something's been on my mind.");

            assertThat(reply.intent()).as("seed %d: %s", seed, reply.text()).contains(Intent.OPEN);
        }
    }

    @Test
    void aTurnDownIsAboutTheOfferMade() {
        int turnedDown = 0;
        for (long seed = 0; seed < 12; seed++) {
            Turn reply = firstReply(
                    DELAY,
                    seed,
                    "what i can do is pick the parcel up from the depot myself and drive it over to you tonight");
            if (reply.intent().filter(i -> i == Intent.REJECT_OPTION).isEmpty()) {
                continue;
            }
            turnedDown++;
            assertThat(reply.text())
                    .as("seed %d", seed)
                    .doesNotContain("Waiting until")
                    .doesNotContain("refund");
        }
        assertThat(turnedDown).isPositive();
    }

    @Test
    void anOfferToWaitCanStillBeTurnedDownAsWaiting() {
        boolean heard = false;
        for (long seed = 0; seed < 12; seed++) {
            Turn reply = firstReply(
                    DELAY, seed, "i could just have it wait at the depot and go out with next monday's delivery");
            heard |= reply.text().contains("Waiting until next Monday is not an option");
        }
        assertThat(heard).isTrue();
    }

    @Test
    void lookingIntoItIsNotAnOffer() {
        for (long seed = 0; seed < 8; seed++) {
            Turn reply = firstReply(DELAY, seed, "oh no, i'm so sorry. hang on, let me take a look.");

            assertThat(reply.intent())
                    .as("seed %d: %s", seed, reply.text())
                    .isNotEqualTo(java.util.Optional.of(Intent.REJECT_OPTION));
            assertThat(reply.text())
                    .as("seed %d", seed)
                    .doesNotStartWith("Look")
                    .doesNotContain("Waiting until");
        }
    }
}
