package dev.spar.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * The Spar server in a JVM of its own, started as {@code spar serve} starts it, on loopback, so that a test can
 * kill it with {@code kill -9} (no shutdown hooks, nothing flushed) and start it again on the same data.
 *
 * <p>A test that starts its servers through {@link Logs} keeps their logs when it fails: a crash test that fails
 * once in a hundred runs is only worth something if that one failure says why.
 */
final class ChildServer implements AutoCloseable {
    private static final Duration READY_WITHIN = Duration.ofSeconds(90);
    private static final int TAIL = 40;

    private final Process process;
    private final int port;
    private final Path log;

    private ChildServer(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts a server on a free loopback port, its output going to the log, and waits until it answers. */
    private static ChildServer start(Path dataDir, Map<String, String> properties, Path log) {
        int port = freePort();
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(
                java,
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-Xmx256m",
                "-Xshare:auto",
                "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"),
                "-cp",
                System.getProperty("java.class.path"),
                SparWebApplication.class.getName(),
                "--server.port=" + port,
                "--server.address=127.0.0.1",
                "--spar.data-dir=" + dataDir,
                "--spar.word-delay-ms=0",
                "--logging.level.root=WARN",
                // A refused read or write is logged with where it failed, for the log a failed test keeps.
                "--logging.level.dev.spar.web.ErrorHandling=DEBUG"));
        properties.forEach((k, v) -> command.add("--" + k + "=" + v));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().keySet().removeIf(name -> name.startsWith("SPAR_"));
        try {
            ChildServer server = new ChildServer(builder.start(), port, log);
            server.awaitReady();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int port() {
        return port;
    }

    /** Returns the lines of the server's log that mention the text (a session's id, say), at most a few. */
    List<String> linesAbout(String text) {
        return lines(log).stream().filter(l -> l.contains(text)).limit(5).toList();
    }

    /** Kills the server as {@code kill -9} does, and waits until it is gone. */
    void kill() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
    }

    private void awaitReady() {
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2))
                .build();
        long deadline = System.nanoTime() + READY_WITHIN.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("the server stopped while starting:\n" + tail());
            }
            try {
                HttpResponse<Void> r = client.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/scenarios"))
                                .timeout(Duration.ofSeconds(5))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // Not listening yet.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(150);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        close();
        throw new AssertionError("the server did not answer within " + READY_WITHIN + ":\n" + tail());
    }

    private String tail() {
        return tail(log);
    }

    private static String tail(Path log) {
        List<String> lines = lines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - TAIL), lines.size()));
    }

    private static List<String> lines(Path log) {
        try {
            return Files.exists(log) ? Files.readAllLines(log) : List.of();
        } catch (IOException e) {
            return List.of("(the log cannot be read: " + e + ")");
        }
    }

    /**
     * Starts a test's servers with their logs under {@code target/child-servers/<test class>/<test>/}: removed when
     * the test passes, kept when it fails, and then printed (their errors and their last lines) with where they are.
     */
    static final class Logs implements BeforeEachCallback, TestWatcher {
        private final List<Path> logs = new CopyOnWriteArrayList<>();
        private Path folder; // set before each test

        /**
         * Starts a server on a free loopback port, logging to {@code <name>.log}, and waits until it answers.
         *
         * @param dataDir the data folder
         * @param properties more settings (the database's, say), as {@code --name=value}
         * @param name the server's name in this test ("server-1", say)
         */
        ChildServer start(Path dataDir, Map<String, String> properties, String name) {
            if (folder == null) {
                throw new IllegalStateException("register Logs with @RegisterExtension");
            }
            Path log = folder.resolve(name + ".log");
            logs.add(log);
            return ChildServer.start(dataDir, properties, log);
        }

        @Override
        public void beforeEach(ExtensionContext context) throws IOException {
            Path base = Path.of(System.getProperty("basedir", "")).toAbsolutePath();
            folder = base.resolve("target")
                    .resolve("child-servers")
                    .resolve(context.getRequiredTestClass().getSimpleName())
                    .resolve(context.getRequiredTestMethod().getName() + "-"
                            + ProcessHandle.current().pid() + "-" + System.currentTimeMillis());
            Files.createDirectories(folder);
        }

        @Override
        public void testSuccessful(ExtensionContext context) {
            forget();
        }

        @Override
        public void testAborted(ExtensionContext context, Throwable cause) {
            forget();
        }

        private void forget() {
            try {
                for (Path log : logs) {
                    Files.deleteIfExists(log);
                }
                if (folder != null) {
                    Files.deleteIfExists(folder);
                }
            } catch (IOException e) {
                // A log left behind is harmless.
            }
        }

        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            StringBuilder report = new StringBuilder();
            for (Path log : logs) {
                List<String> lines = lines(log);
                report.append("\n==== ")
                        .append(log)
                        .append(" (kept), ")
                        .append(lines.size())
                        .append(" lines");
                if (lines.size() > TAIL) {
                    report.append("; its errors and warnings:\n")
                            .append(String.join(
                                    "\n",
                                    lines.stream()
                                            .filter(l -> l.contains("ERROR")
                                                    || l.contains("WARN")
                                                    || l.contains("Exception"))
                                            .limit(TAIL)
                                            .toList()))
                            .append("\n---- its last lines:");
                }
                report.append("\n").append(tail(log));
            }
            System.err.println(context.getDisplayName() + " failed; its servers' logs:" + report);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
