package dev.spar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** spar serve refuses, in one line and before starting anything, to put single-user Spar on the network. */
class ServeCommandTests {
    @TempDir
    Path dataDir;

    @Test
    void refusesEveryInterfaceWithoutAccountsInOneLine() {
        Cli.Result r = Cli.run(dataDir, "serve", "--host", "0.0.0.0", "--port", "0");

        assertThat(r.exitCode()).isNotZero();
        assertThat(r.err().strip()).contains("--accounts").contains("0.0.0.0").doesNotContain("\n");
        assertThat(r.out()).doesNotContain("Spar is running");
    }
}
