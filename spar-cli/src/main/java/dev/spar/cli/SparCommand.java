package dev.spar.cli;

import java.io.OutputStreamWriter;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The {@code spar} command and its subcommands. */
@Command(
        name = "spar",
        mixinStandardHelpOptions = true,
        version = "spar 0.1.0",
        description = "A sparring partner for difficult conversations.",
        subcommands = {
            PracticeCommand.class,
            ScenariosCommand.class,
            ScenarioCommand.class,
            HistoryCommand.class,
            ServeCommand.class,
            EvalCommand.class,
            AssistCommand.class,
            ConversationReviewCommand.class,
            ReportCommand.class,
            CommandLine.HelpCommand.class
        })
public final class SparCommand implements Runnable {
    @Option(
            names = "--data-dir",
            scope = CommandLine.ScopeType.INHERIT,
            description = "Where Spar keeps your runs and your own scenarios (default: $SPAR_HOME, else"
                    + " ~/.local/share/spar).")
    Path dataDir;

    @Option(
            names = "--verbose",
            scope = CommandLine.ScopeType.INHERIT,
            description = "When something fails, print where it happened as well (also SPAR_DEBUG=1).")
    boolean verbose;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Returns the data folder in force. */
    Path dataDir() {
        if (dataDir != null) {
            return dataDir;
        }
        Optional<String> home = Optional.ofNullable(System.getenv("SPAR_HOME")).filter(s -> !s.isBlank());
        if (home.isPresent()) {
            return Path.of(home.get());
        }
        Optional<String> xdg =
                Optional.ofNullable(System.getenv("XDG_DATA_HOME")).filter(s -> !s.isBlank());
        return xdg.map(x -> Path.of(x, "spar"))
                .orElseGet(() -> Path.of(System.getProperty("user.home"), ".local", "share", "spar"));
    }

    /** Returns whether a failure should print its stack trace as well as its one line. */
    boolean verbose() {
        return verbose || "1".equals(System.getenv("SPAR_DEBUG"));
    }

    /** Builds the command line with Spar's error handling, printing to standard output and error. */
    public static CommandLine commandLine() {
        return commandLine(
                TerminalWriter.console(new OutputStreamWriter(System.out, System.out.charset()), 1),
                TerminalWriter.console(new OutputStreamWriter(System.err, System.err.charset()), 2));
    }

    /**
     * Builds the command line with Spar's error handling, printing through writers that keep escape sequences
     * from files, learners and models off the terminal.
     */
    static CommandLine commandLine(TerminalWriter out, TerminalWriter err) {
        SparCommand spar = new SparCommand();
        CommandLine cli = new CommandLine(spar).setCaseInsensitiveEnumValuesAllowed(true);
        cli.setOut(out);
        cli.setErr(err);
        // Picocli's own colours would be dropped by the writers as from anyone else: its help stays plain.
        cli.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("spar: " + Failure.oneLine(ex, spar.dataDir()));
            if (spar.verbose()) {
                ex.printStackTrace(commandLine.getErr());
            }
            return ex instanceof UserError ? 2 : 1;
        });
        return cli;
    }

    /** Flyway reports each migration at INFO; the learner only needs to hear about problems. */
    private static final java.util.logging.Logger FLYWAY_LOG = java.util.logging.Logger.getLogger("org.flywaydb");

    /** Runs the command line. */
    public static void main(String[] args) {
        FLYWAY_LOG.setLevel(java.util.logging.Level.WARNING);
        System.exit(commandLine().execute(args));
    }
}
