package dev.spar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioCommandsTests {
    @TempDir
    Path home;

    @Test
    void listsTheLibraryByShelf() {
        Cli.Result r = Cli.run(home, "scenarios");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out())
                .contains("Customer service", "Workplace", "Freelance and sales", "Personal")
                .contains("refund-outside-window", "angry-delay", "raise-request", "family-boundary");
    }

    @Test
    void writesAStarterScenarioFromAShortSetupThatCanBePractised() throws IOException {
        Cli.Result made = Cli.run(
                home,
                "scenario",
                "new",
                "--who",
                "my landlord, who ignores emails",
                "--name",
                "Mr Okafor",
                "--want",
                "get the broken boiler fixed this week",
                "--fear",
                "he brushes me off again",
                "--reaction",
                "defensive, says it is not urgent");

        assertThat(made.exitCode()).as(made.err()).isZero();
        Path file = home.resolve("scenarios/landlord-ignores-emails.yaml");
        assertThat(file).exists();
        assertThat(Files.readString(file)).contains("name: Mr Okafor").contains("topic: the broken boiler");

        Path lines = home.resolve("lines.txt");
        Files.writeString(lines, "Hi, I need to talk about the boiler.\nI need it fixed this week.\n");
        Cli.Result run = Cli.run(
                home, "practice", "-s", "landlord-ignores-emails", "--learner-lines", lines.toString(), "--seed", "1");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Mr Okafor:");
    }

    @Test
    void checkSaysWhatToFixFieldByField() throws IOException {
        Path file = home.resolve("mine.yaml");
        Files.writeString(file, "id: Mine\ntitle: x\n");

        Cli.Result r = Cli.run(home, "scenario", "check", file.toString());

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).contains("mine.yaml: category: is missing").contains("Fix:");
    }

    @Test
    void showPrintsYamlThatChecksClean() throws IOException {
        Cli.Result shown = Cli.run(home, "scenario", "show", "family-boundary");
        Path copy = home.resolve("copy.yaml");
        Files.writeString(copy, shown.out());

        assertThat(Cli.run(home, "scenario", "check", copy.toString()).out()).contains("ok (family-boundary");
    }
}
