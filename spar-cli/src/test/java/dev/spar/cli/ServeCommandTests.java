package dev.spar.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** spar serve refuses, in one line with the cause and the fix, what would stop it starting. */
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

    @Test
    void saysInOneLineWhenTheDataFolderCannotBeMadeAndHowToChooseAnother() throws IOException {
        Path underAFile = Files.writeString(dataDir.resolve("a-file"), "").resolve("spar");

        assertRefusesToServeFrom(underAFile, "not a directory");
    }

    @Test
    void saysInOneLineWhenTheDataFolderIsReadOnly() throws IOException {
        assumeFalse("root".equals(System.getProperty("user.name")), "root writes to read-only folders");
        Path readOnly = Files.createDirectory(dataDir.resolve("read-only"));
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));

        assertRefusesToServeFrom(readOnly, "permission denied");
    }

    private static void assertRefusesToServeFrom(Path dataDir, String reason) {
        Cli.Result r = Cli.run(dataDir, "serve", "--port", "0");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err().strip())
                .isEqualTo("spar: cannot write to " + dataDir.toAbsolutePath() + " (" + reason
                        + "); set SPAR_HOME or --data-dir to a folder you can write to.");
    }

    @Test
    void saysInOneLineWhenThePortIsInUseWithoutSpringsReport() throws IOException {
        PrintStream stderr = System.err;
        ByteArrayOutputStream logged = new ByteArrayOutputStream();
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            System.setErr(new PrintStream(logged, true, StandardCharsets.UTF_8));
            Cli.Result r = Cli.run(dataDir, "serve", "--port", String.valueOf(taken.getLocalPort()));

            assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
            assertThat(r.err().strip())
                    .startsWith("spar: port " + taken.getLocalPort() + " is in use")
                    .contains("--port")
                    .doesNotContain("\n");
        } finally {
            System.setErr(stderr);
        }
        assertThat(logged.toString(StandardCharsets.UTF_8))
                .doesNotContain("APPLICATION FAILED TO START")
                .doesNotContain("\tat ");
    }
}
