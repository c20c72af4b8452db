package dev.spar.coaching;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spar.scenario.KeyPoint;
import dev.spar.scenario.Scenario;
import dev.spar.scenario.Setup;
import dev.spar.scenario.StarterScenario;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A key point written with {@code spar scenario new} or on the Prepare page is credited for its substance, said in
 * the learner's own words, and not for one word of its topic: its cues are the words of the want, and "so the
 * kitchen." names one of them without saying anything.
 */
class KeyPointSubstanceTests {
    private static final Scenario ROTA = StarterScenario.from(
            "jess",
            new Setup(
                    "Jess, my flatmate",
                    "Jess",
                    "get Jess to stick to the kitchen rota",
                    "she says I'm nagging",
                    "defensive",
                    Scenario.Category.PERSONAL));
    private static final KeyPoint ASK = ROTA.learner().keyPoints().getFirst();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "so the kitchen.",
                "Jess, the kitchen.",
                "Have you seen the rota?",
                "The rota's on the fridge.",
                "Jess, can we stick to talking about it calmly?"
            })
    void oneWordOfItsTopicDoesNotMakeThePoint(String line) {
        assertThat(CueMatch.makes(ROTA, ASK, line)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "I need you to stick to the kitchen rota.",
                "you've not been keeping to the rota for the kitchen, and I need that to change",
                "Jess, please stick to the kitchn rota from now on",
                "The kitchen rota: I need you to stick to it."
            })
    void thePointSaidInOtherWordsMakesIt(String line) {
        assertThat(CueMatch.makes(ROTA, ASK, line)).isTrue();
    }
}
