package dev.spar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A command that cannot start says why and what to do in one line; --verbose adds where it happened. */
class StartupProblemTests {
    @TempDir
    Path home;

    @TempDir
    Path elsewhere;

    private static Path underAFile(Path folder) throws IOException {
        return Files.writeString(folder.resolve("a-file"), "").resolve("spar");
    }

    @Test
    void theRunHistoryInAFolderThatCannotBeMadeIsOneLineWithTheFix() throws IOException {
        Path dataDir = underAFile(home);

        Cli.Result r = Cli.run(dataDir, "history");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err().strip())
                .isEqualTo("spar: cannot write to " + dataDir
                        + " (not a directory); set SPAR_HOME or --data-dir to a folder you can write to.");
    }

    /** Runs 'spar scenario new' writing to a folder that cannot be made. */
    private Cli.Result newScenarioUnderAFile(String... before) throws IOException {
        List<String> args = new ArrayList<>(List.of(before));
        args.addAll(List.of("scenario", "new", "--who", "my landlord", "--want", "a fix", "--fear", "no"));
        args.addAll(List.of(
                "--reaction",
                "angry",
                "--out",
                underAFile(elsewhere).resolve("mine.yaml").toString()));
        return Cli.run(home, args.toArray(String[]::new));
    }

    @Test
    void aFileThatCannotBeWrittenIsOneLineNamingItAndTheCause() throws IOException {
        Cli.Result r = newScenarioUnderAFile();

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err().strip())
                .isEqualTo("spar: cannot use " + elsewhere.resolve("a-file/spar")
                        + " (not a directory); check the path and its permissions.");
    }

    @Test
    void verboseAddsTheStackTrace() throws IOException {
        Cli.Result r = newScenarioUnderAFile("--verbose");

        assertThat(r.err()).startsWith("spar: cannot use ").contains("\tat ");
    }
}
