package dev.spar.cli;

import dev.spar.llm.EngineConfig;
import dev.spar.llm.EngineConfigException;
import dev.spar.semantic.SentenceMeaning;
import dev.spar.store.StoreException;
import dev.spar.web.ListenAddress;
import dev.spar.web.SparWebApplication;
import dev.spar.web.StartRefused;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.web.server.PortInUseException;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code spar serve}: the web app and the JSON API. */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = {
            "Start Spar in the browser: the library, practice, reviews and progress, and the JSON API.",
            "Single-user by default (http://127.0.0.1:8080, no login). The embedded database lives in the data"
                    + " folder; set SPAR_DB_URL, SPAR_DB_USER and SPAR_DB_PASSWORD to use PostgreSQL."
        })
final class ServeCommand implements Callable<Integer> {
    /** The loggers that report a failed start at length. */
    private static final List<String> QUIET_WHILE_STARTING = List.of(
            "org.springframework",
            "org.apache.catalina",
            "org.apache.coyote",
            "org.apache.tomcat",
            "com.zaxxer.hikari",
            "org.flywaydb");

    @ParentCommand
    SparCommand spar;

    @Spec
    CommandSpec spec;

    @Option(names = "--port", description = "Port to listen on (default: $SPAR_PORT, else 8080).")
    Integer port;

    @Option(
            names = "--accounts",
            description =
                    "Multi-user: accounts by invitation, each user sees only their own runs (also SPAR_MODE=accounts).")
    boolean accounts;

    @Option(names = "--host", description = "Address to listen on (default: $SPAR_HOST, else 127.0.0.1).")
    String host;

    @picocli.CommandLine.Mixin
    EngineOptions engineOptions = new EngineOptions();

    @Override
    public Integer call() throws Exception {
        long began = System.nanoTime();
        // The sentence model loads on the other core while Spring starts; the analyzer bean waits for it.
        SentenceMeaning.preload();
        Path dir = Spar.writable(spar.dataDir().toAbsolutePath());
        Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
        List<String> args = new ArrayList<>(
                List.of("--spar.data-dir=" + dir, "--logging.level.root=WARN", "--logging.level.dev.spar=INFO"));
        if (port != null) {
            if (port < 0 || port > 65_535) {
                throw new UserError("--port must be 0-65535, was " + port);
            }
            args.add("--server.port=" + port);
        }
        if (host != null) {
            args.add("--server.address=" + host);
        }
        if (accounts) {
            args.add("--spar.mode=accounts");
        }
        // Single-user mode has no login: refuse, in one line, to listen beyond this machine.
        boolean shared = accounts
                || "accounts"
                        .equalsIgnoreCase(
                                String.valueOf(System.getenv("SPAR_MODE")).strip());
        String listen = host != null
                ? host
                : Optional.ofNullable(System.getenv("SPAR_HOST")).orElse("127.0.0.1");
        Optional<String> refusal = ListenAddress.refusal(listen, shared);
        if (refusal.isPresent()) {
            throw new UserError(refusal.get());
        }
        // Checked here so that a wrong setting is one clear line, not a failed start; the key stays in the
        // environment, never on the server's command line.
        EngineConfig voice = engineOptions.resolve(System.getenv());
        if (engineOptions.engine != null) {
            args.add("--" + EngineConfig.ENGINE_VARIABLE + "=" + engineOptions.engine);
        }
        if (engineOptions.baseUrl != null) {
            args.add("--" + EngineConfig.BASE_URL_VARIABLE + "=" + engineOptions.baseUrl);
        }
        if (engineOptions.model != null) {
            args.add("--" + EngineConfig.MODEL_VARIABLE + "=" + engineOptions.model);
        }
        // A failed start is one line below; what these libraries log on the way (a hundred lines and more of
        // stack trace, the cause at the bottom) is shown only with --verbose, and they log as usual once started.
        if (!spar.verbose()) {
            QUIET_WHILE_STARTING.forEach(name -> args.add("--logging.level." + name + "=OFF"));
        }
        ConfigurableApplicationContext context;
        try {
            context = new SpringApplication(SparWebApplication.class).run(args.toArray(String[]::new));
        } catch (RuntimeException e) {
            // What fails the start inside Spring arrives wrapped (a port in use, in the web server's bean); say
            // it in one line.
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof PortInUseException inUse) {
                    throw new UserError(
                            "port " + inUse.getPort() + " is in use: is Spar already running? Start it on"
                                    + " another port with --port 8081 (or SPAR_PORT=8081).",
                            e);
                }
                if (cause instanceof EngineConfigException config) {
                    throw new UserError(config.getMessage(), e);
                }
                if (cause instanceof StartRefused refused) {
                    throw new UserError(refused.getMessage(), e);
                }
                if (cause instanceof StoreException store) {
                    throw new UserError(store.getMessage(), e);
                }
            }
            throw e;
        }
        LoggingSystem logging = LoggingSystem.get(ServeCommand.class.getClassLoader());
        QUIET_WHILE_STARTING.forEach(name -> logging.setLogLevel(name, null));
        CountDownLatch closed = new CountDownLatch(1);
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent) {
                closed.countDown();
            }
        });
        int actual = context instanceof WebServerApplicationContext web
                ? web.getWebServer().getPort()
                : -1;
        String address = context.getEnvironment().getProperty("server.address", "127.0.0.1");
        Runtime rt = Runtime.getRuntime();
        long heapMb = (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024);
        var out = spec.commandLine().getOut();
        out.printf(
                "Spar is running at http://%s:%d/  (started in %.1f s, JVM up %.1f s, heap in use %d MB; Ctrl+C stops it)%n",
                address.equals("0.0.0.0") ? "localhost" : address,
                actual,
                (System.nanoTime() - began) / 1e9,
                ManagementFactory.getRuntimeMXBean().getUptime() / 1e3,
                heapMb);
        out.println("The counterpart speaks through " + voice.describe() + ".");
        out.flush();
        closed.await();
        return 0;
    }
}
