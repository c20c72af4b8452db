package dev.spar.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.spar.scenario.Intent;
import dev.spar.scenario.Line;
import dev.spar.scenario.Scenario;
import dev.spar.scenario.ScenarioFixtures;
import dev.spar.scenario.Setup;
import dev.spar.scenario.StarterScenario;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScenarioYamlTests {
    private final ScenarioYaml yaml = new ScenarioYaml();

    @Test
    void writesAScenarioThatReadsBackEqual() {
        Scenario original = ScenarioFixtures.refundCustomer();

        Scenario read = yaml.read("refund.yaml", yaml.write(original));

        assertThat(read).isEqualTo(original);
    }

    @Test
    void readsAnAnswerLineTiedToATopicWithExampleQuestions() {
        String text = yaml.write(ScenarioFixtures.refundCustomer())
                .replace(
                        "  answer:\n",
                        "  answer:\n    - {text: \"It's {order_number}.\", topic: order_number,"
                                + " examples: [\"what's the order number\", \"order ref?\"]}\n");

        Scenario read = yaml.read("x.yaml", text);

        assertThat(read.lines().forIntent(Intent.ANSWER))
                .contains(Line.answering(
                        "order_number", "It's {order_number}.", List.of("what's the order number", "order ref?")));
        assertThat(yaml.read("again.yaml", yaml.write(read))).isEqualTo(read);
    }

    @Test
    void aVersionsOwnLinesAndSoothersSurviveTheRoundTrip() {
        Scenario starter = StarterScenario.from(
                "best-man",
                new Setup(
                        "my closest friend",
                        "Tom",
                        "tell him I can't be his best man at his wedding",
                        "I lose him",
                        "hurt",
                        Scenario.Category.PERSONAL));

        Scenario read = yaml.read("best-man.yaml", yaml.write(starter));

        assertThat(read).isEqualTo(starter);
        assertThat(read.versions().getFirst().lines().size()).isPositive();
    }

    @Test
    void aVersionLineWithAnUnknownSlotIsReportedWhereItIs() {
        String text = yaml.write(ScenarioFixtures.refundCustomer())
                .replaceFirst("(?m)^(    extraTriggers:.*)$", "$1\n    lines:\n      vent: [\"Where is {parcel}?\"]");

        assertThatThrownBy(() -> yaml.read("refund.yaml", text))
                .hasMessageContaining("versions[0].lines.vent[0]")
                .hasMessageContaining("{parcel}");
    }

    @Test
    void reportsEveryProblemWithFileFieldAndFix() {
        String broken = yaml.write(ScenarioFixtures.refundCustomer())
                .replace("difficulty: 3", "difficulty: hard")
                .replace("  name: Dana", "  nmae: Dana");

        assertThatThrownBy(() -> yaml.read("mine.yaml", broken))
                .isInstanceOf(ScenarioFileException.class)
                .hasMessageContaining("mine.yaml: difficulty: should be a whole number, was 'hard'")
                .hasMessageContaining("mine.yaml: persona.nmae: is not a field Spar knows here")
                .hasMessageContaining("known fields: history, mood, name")
                .hasMessageContaining("mine.yaml: persona.name: is missing");
    }

    @Test
    void saysWhereTheYamlItselfIsBroken() {
        assertThatThrownBy(() -> yaml.read("bad.yaml", "id: x\n  title: [unclosed\n"))
                .isInstanceOf(ScenarioFileException.class)
                .hasMessageContaining("bad.yaml: line")
                .hasMessageContaining("indentation");
    }

    @Test
    void rejectsAnUnknownIntentAndNamesTheKnownOnes() {
        String text = yaml.write(ScenarioFixtures.refundCustomer()).replace("  vent:", "  rant:");

        assertThatThrownBy(() -> yaml.read("x.yaml", text))
                .hasMessageContaining("lines.rant: is not an intent Spar knows")
                .hasMessageContaining("vent, demand, challenge");
    }

    @Test
    void readsABareOnKeyAsTheFieldNotABoolean() {
        String text = yaml.write(ScenarioFixtures.refundCustomer());

        assertThat(text).contains("on:");
        assertThat(yaml.read("x.yaml", text).persona().triggers()).isNotEmpty();
    }

    @Test
    void refusesAnOversizedFile() {
        assertThatThrownBy(() -> yaml.read("huge.yaml", "x".repeat(ScenarioYaml.MAX_FILE_CHARS + 1)))
                .hasMessageContaining("huge.yaml: (file): is");
    }
}
