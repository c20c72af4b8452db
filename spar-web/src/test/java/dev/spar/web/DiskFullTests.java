package dev.spar.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full disk under the embedded database: the server says a write failed (503, "could not save") and never
 * acknowledges what it did not keep, and after space is freed and the server restarted, everything it acknowledged is
 * there. The data folder is a small tmpfs of its own, mounted for the test (which needs root, as {@code .ci/run}
 * has; elsewhere the test is skipped).
 */
class DiskFullTests {
    private static final String SCENARIO = "angry-delay";

    @TempDir
    Path root;

    @RegisterExtension
    final ChildServer.Logs servers = new ChildServer.Logs();

    private Path disk;

    @AfterEach
    void unmount() throws Exception {
        if (disk != null) {
            run("umount", "-l", disk.toString());
        }
    }

    @Test
    void aFullDiskIsReportedAndNothingAcknowledgedIsLost() throws Exception {
        Assumptions.assumeFalse(TestDatabase.postgres(), "the disk under test is the embedded database's");
        disk = Files.createDirectories(root.resolve("disk"));
        if (run("mount", "-t", "tmpfs", "-o", "size=24m", "tmpfs", disk.toString()) != 0) {
            disk = null;
            Assumptions.abort("cannot mount a tmpfs here (it needs root)");
        }
        Path data = Files.createDirectories(disk.resolve("data"));
        Path filler = disk.resolve("filler");
        CrashTests.Ledger ledger = new CrashTests.Ledger();
        List<Integer> failures = new CopyOnWriteArrayList<>();
        List<String> failureDetails = new CopyOnWriteArrayList<>();
        try (ChildServer server = servers.start(data, Map.of(), "server-full")) {
            Http http = new Http(server.port());
            talk(http, ledger, failures, failureDetails, 2);
            assertThat(ledger.turns()).as("turns kept while there was room").isGreaterThan(0);

            fill(filler);
            for (int round = 0; round < 6; round++) {
                talk(http, ledger, failures, failureDetails, 3);
            }
            server.kill();
        }
        Files.deleteIfExists(filler);

        List<String> lost;
        try (ChildServer server = servers.start(data, Map.of(), "server-after")) {
            lost = CrashTests.check(server, ledger, data);
            // and it takes new work again
            assertThat(new Http(server.port())
                            .post("/api/sessions", "{\"scenarioId\": \"" + SCENARIO + "\"}")
                            .status())
                    .isEqualTo(201);
        }
        System.out.printf(
                "Disk-full test: acknowledged %d sessions and %d turns; %d writes refused (%s); lost %d%n",
                ledger.lines.size(),
                ledger.turns(),
                failures.size(),
                failures.stream().distinct().toList(),
                lost.size());
        assertThat(failures)
                .as("writes on the full disk were refused, not acknowledged")
                .isNotEmpty();
        assertThat(failures)
                .as("refused as 'could not save', never as a server error")
                .containsOnly(503);
        assertThat(failureDetails)
                .allSatisfy(d -> assertThat(d).contains("could not save").doesNotContain("is kept"));
        assertThat(lost)
                .as("what was acknowledged and missing after the restart")
                .isEmpty();
    }

    /** Starts a session and says lines in it, writing down what the server acknowledged and what it refused. */
    private static void talk(
            Http http, CrashTests.Ledger ledger, List<Integer> failures, List<String> details, int lines) {
        Http.Response started = http.post("/api/sessions", "{\"scenarioId\": \"" + SCENARIO + "\"}");
        if (started.status() != 201) {
            failures.add(started.status());
            details.add(started.body());
            return;
        }
        String id = started.json().path("id").asText();
        List<String> said = new CopyOnWriteArrayList<>();
        ledger.lines.put(id, said);
        for (int t = 1; t <= lines; t++) {
            String line = "Line " + t + ": I'm sorry it is late; let me check the order for you.";
            Http.Response r = http.post("/api/sessions/" + id + "/turns", "{\"text\": " + Http.quote(line) + "}");
            if (r.status() == 200) {
                said.add(line);
            } else {
                failures.add(r.status());
                details.add(r.body());
                return;
            }
        }
    }

    /** Fills the disk to the last byte. */
    private static void fill(Path filler) {
        byte[] block = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(block);
            }
        } catch (IOException full) {
            // no space left: that was the point
        }
        // the last crumbs, in files too small to be refused by block
        for (int i = 0; ; i++) {
            try {
                Files.write(filler.resolveSibling("filler-" + i), new byte[512]);
            } catch (IOException full) {
                break;
            }
        }
    }

    private static int run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor();
    }
}
