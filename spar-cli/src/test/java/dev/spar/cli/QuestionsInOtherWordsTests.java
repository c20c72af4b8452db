package dev.spar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spar.files.ScenarioLibrary;
import dev.spar.simulation.Practice;
import dev.spar.simulation.PracticeSettings;
import dev.spar.simulation.Speaker;
import dev.spar.simulation.Turn;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * With the bundled reading of meaning, the counterpart answers a question about one of its facts asked in other
 * words than the fact's name.
 */
class QuestionsInOtherWordsTests {
    private static String replyTo(String scenario, long seed, String... lines) {
        Practice run = Practice.start(
                ScenarioLibrary.bundled().find(scenario).orElseThrow(), PracticeSettings.of(seed, 3), Spar.analyzer());
        for (String line : lines) {
            run.say(line);
        }
        List<Turn> turns = run.turns();
        assertThat(turns.getLast().speaker()).isEqualTo(Speaker.COUNTERPART);
        return turns.getLast().text();
    }

    @Test
    void whichCarItWasIsAnsweredWithTheCar() {
        assertThat(replyTo("disrespectful-customer", 19, "Which of your cars was it that came in?"))
                .contains("Audi");
    }

    @Test
    void whatTheDiagnosticSetThemBackIsAnsweredWithTheFee() {
        assertThat(replyTo(
                        "disrespectful-customer",
                        548,
                        "How much did you pay for the diagnostic?",
                        "Remind me what the diagnostic set you back?"))
                .contains("180");
    }
}
