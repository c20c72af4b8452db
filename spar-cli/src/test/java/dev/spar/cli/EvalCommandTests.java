package dev.spar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCommandTests {

    @TempDir
    Path home;

    @Test
    void responsivenessPrintsATablePerKindAndTheFailingProbes() {
        Cli.Result r = Cli.run(home, "eval", "responsiveness", "--split", "dev");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out())
                .containsPattern("Responsiveness probes, dev split: \\d+ probes, \\d+ passed")
                .contains("factual-question")
                .contains("giving-ground");
    }

    @Test
    void critiquePrintsFiguresOnlyAsJson() {
        Cli.Result r = Cli.run(home, "eval", "critique", "--split", "test", "--format", "json");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out())
                .contains("\"set\" : \"critique\"")
                .contains("\"good_lines\"")
                .contains("\"rewrites\"");
    }

    @Test
    void redactionPrintsRecallAndPrecisionPerType() {
        Cli.Result r = Cli.run(home, "eval", "redaction", "--split", "test", "--format", "json");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out())
                .contains("\"set\" : \"redaction\"")
                .contains("\"card\"")
                .contains("\"recall\"");
    }

    @Test
    void redactionScoresOneDevelopmentFileAlone() {
        Cli.Result r = Cli.run(home, "eval", "redaction", "--split", "dev", "--file", "real", "--no-examples");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).containsPattern("Redaction on lines-dev-real.yaml, dev split \\(\\d+ lines\\)");
    }

    @Test
    void redactionNamesTheDevelopmentFilesThereAre() {
        Cli.Result r = Cli.run(home, "eval", "redaction", "--split", "dev", "--file", "nope");

        assertThat(r.exitCode()).isNotZero();
        assertThat(r.err()).contains("no redaction development file 'nope'").contains("real");
    }

    @Test
    void aLabelledDatasetStillNeedsItsFolder() {
        Cli.Result r = Cli.run(home, "eval", "annomi");

        assertThat(r.exitCode()).isNotZero();
        assertThat(r.err()).contains("--data is needed for annomi");
    }
}
