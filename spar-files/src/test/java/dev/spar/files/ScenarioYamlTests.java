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
import java.util.regex.Matcher;
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
                .hasMessageContaining("mine.yaml: difficulty: should be a whole number")
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

    @Test
    void refusesATitleOrIdLongerThanTheDatabaseHolds() {
        String text = yaml.write(ScenarioFixtures.refundCustomer())
                .replaceFirst("(?m)^id: .*$", "id: " + "a".repeat(ScenarioYaml.MAX_ID_CHARS + 1))
                .replaceFirst("(?m)^title: .*$", "title: " + "T".repeat(ScenarioYaml.MAX_TITLE_CHARS + 1))
                .replaceFirst("(?m)^  - name: .*$", "  - name: " + "v".repeat(ScenarioYaml.MAX_VERSION_NAME_CHARS + 1));

        assertThatThrownBy(() -> yaml.read("long.yaml", text))
                .hasMessageContaining("long.yaml: id: is 101 characters long")
                .hasMessageContaining("long.yaml: title: is 201 characters long")
                .hasMessageContaining("long.yaml: versions[0].name: is 101 characters long")
                .hasMessageContaining("keep it to 200 characters or fewer");
    }

    @Test
    void refusesAFieldWrittenTwiceInsteadOfKeepingTheSecond() {
        String text =
                yaml.write(ScenarioFixtures.refundCustomer()).replaceFirst("(?m)^title: ", "title: First\ntitle: ");

        assertThatThrownBy(() -> yaml.read("twice.yaml", text))
                .isInstanceOf(ScenarioFileException.class)
                .hasMessageContaining("twice.yaml: line 3")
                .hasMessageContaining("'title' is written twice");
    }

    @Test
    void refusesASecondDocumentInOneFile() {
        String one = yaml.write(ScenarioFixtures.refundCustomer());

        assertThatThrownBy(() -> yaml.read("two.yaml", one + "---\n" + one))
                .isInstanceOf(ScenarioFileException.class)
                .hasMessageContaining("two.yaml: line " + (one.lines().count() + 2) + ": starts a second scenario")
                .hasMessageContaining("more than one YAML document");
    }

    @Test
    void refusesControlCharactersInAnyTextAndNeverEchoesThem() {
        String text = yaml.write(ScenarioFixtures.refundCustomer())
                .replaceFirst("(?m)^title: .*$", Matcher.quoteReplacement("title: \"Refund\\e[2J\\0\""))
                .replaceFirst("(?m)^  vent:\n", Matcher.quoteReplacement("  vent:\n    - \"Where\\x07 is it?\"\n"));

        assertThatThrownBy(() -> yaml.read("ctl.yaml", text))
                .hasMessageContaining("ctl.yaml: title: holds a control character")
                .hasMessageContaining("ctl.yaml: lines.vent[0]: holds a control character")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\u001b", "\u0000", "\u0007", "[2J"));
    }

    @Test
    void saysWhereTheYamlIsBrokenWithoutQuotingTheFile() {
        String secret = "root:x:0:0:root:/root:/bin/bash\npassword: [hunter2\n";

        assertThatThrownBy(() -> yaml.read("passwd.yaml", secret))
                .hasMessageContaining("passwd.yaml: line 2, column")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("hunter2", "root:x", "/bin/bash"));
    }

    @Test
    void namesAnUnknownFieldWithoutItsValue() {
        String text = yaml.write(ScenarioFixtures.refundCustomer()) + "password: hunter2\ncategory2: \"x\"\n";

        assertThatThrownBy(() -> yaml.read("extra.yaml", text))
                .hasMessageContaining("extra.yaml: password: is not a field Spar knows here")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("hunter2"));
    }
}
