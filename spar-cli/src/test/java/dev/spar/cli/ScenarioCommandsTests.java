package dev.spar.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
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
    void aFileNameKeepsWholeWords() {
        assertThat(ScenarioCommand.New.slug("my flatmate Jess, who hasn't paid rent"))
                .isEqualTo("flatmate-jess-hasnt");
        assertThat(ScenarioCommand.New.slug("my landlord, who ignores emails")).isEqualTo("landlord-ignores-emails");
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

    @Test
    void checkWithoutFilesChecksYourScenariosFolderAsTheServerReadsIt() throws Exception {
        Path folder = Files.createDirectories(home.resolve("scenarios"));
        String family = Cli.run(home, "scenario", "show", "family-boundary").out();
        Files.writeString(folder.resolve("a.yaml"), family.replace("id: family-boundary", "id: mine"));
        Files.writeString(folder.resolve("b.yaml"), family.replace("id: family-boundary", "id: mine"));
        Files.writeString(
                folder.resolve("long.yaml"),
                family.replace("id: family-boundary", "id: long")
                        .replaceFirst("(?m)^title: .*$", "title: " + "T".repeat(201)));
        Process mkfifo =
                new ProcessBuilder("mkfifo", folder.resolve("pipe.yaml").toString()).start();
        assumeTrue(mkfifo.waitFor() == 0, "mkfifo is not available");

        Cli.Result r = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> Cli.run(home, "scenario", "check"));

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out())
                .contains("a.yaml: ok (mine")
                .contains("b.yaml: id: 'mine' is also the id of a.yaml, which is used instead")
                .contains("long.yaml: title: is 201 characters long")
                .contains("pipe.yaml: (file): is not a regular file (a pipe, a device or a socket), so it was skipped");
    }

    @Test
    void checkRefusesAnEscapeSequenceInATitleAndDoesNotPrintIt() throws IOException {
        String family = Cli.run(home, "scenario", "show", "family-boundary").out();
        Path file = Files.writeString(
                home.resolve("clear.yaml"),
                family.replaceFirst("(?m)^title: .*$", Matcher.quoteReplacement("title: \"Boundary\\e[2J\"")));

        Cli.Result r = Cli.run(home, "scenario", "check", file.toString());

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out())
                .contains("clear.yaml: title: holds a control character")
                .doesNotContain("\u001b");
    }
}
