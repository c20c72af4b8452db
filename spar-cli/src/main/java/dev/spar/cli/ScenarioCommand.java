package dev.spar.cli;

import dev.spar.files.ScenarioLibrary;
import dev.spar.files.ScenarioYaml;
import dev.spar.scenario.Scenario;
import dev.spar.scenario.Setup;
import dev.spar.scenario.StarterScenario;
import java.io.Console;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code spar scenario}: write, show and check scenario files. */
@Command(
        name = "scenario",
        mixinStandardHelpOptions = true,
        description = "Write, show and check scenario files.",
        subcommands = {ScenarioCommand.New.class, ScenarioCommand.Show.class, ScenarioCommand.Check.class})
final class ScenarioCommand implements Runnable {
    @ParentCommand
    SparCommand spar;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code spar scenario new}: a starter file from a short setup. */
    @Command(
            name = "new",
            mixinStandardHelpOptions = true,
            description = "Write a starter scenario from a short setup; you are asked for what is not given.")
    static final class New implements Callable<Integer> {
        private static final int MAX_ANSWER = 300;

        @ParentCommand
        ScenarioCommand parent;

        @Spec
        CommandSpec spec;

        @Option(names = "--who", description = "Who the other person is, e.g. \"my landlord, who ignores emails\".")
        String who;

        @Option(names = "--name", description = "What to call them (default: Them).")
        String name;

        @Option(names = "--want", description = "What you want from the conversation.")
        String want;

        @Option(names = "--fear", description = "What you are afraid will happen.")
        String fear;

        @Option(names = "--reaction", description = "How they will probably react.")
        String reaction;

        @Option(
                names = "--category",
                description = "customer-service, workplace, freelance-sales or personal (default).")
        String category = "personal";

        @Option(names = "--id", description = "File id, lower-case words with dashes (default: from --who).")
        String id;

        @Option(names = "--out", description = "Where to write it (default: your scenarios folder).")
        Path outFile;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            Scenario.Category shelf = Scenario.Category.byId(category)
                    .orElseThrow(() -> new UserError("no shelf '" + category
                            + "': use customer-service, workplace, freelance-sales or personal."));
            who = ask(who, "Who is the other person? (e.g. my landlord, who ignores emails)");
            want = ask(want, "What do you want from the conversation?");
            fear = ask(fear, "What are you afraid will happen?");
            reaction = ask(reaction, "How will they probably react?");
            String scenarioId = id != null ? id : slug(who);
            if (!scenarioId.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
                throw new UserError("--id '" + scenarioId + "' must be lower-case letters, digits and dashes.");
            }
            Scenario scenario = StarterScenario.from(
                    scenarioId, new Setup(who, name == null ? "" : name, want, fear, reaction, shelf));
            Path target = outFile != null
                    ? outFile
                    : Spar.ownScenarios(parent.spar.dataDir()).resolve(scenarioId + ".yaml");
            if (Files.exists(target)) {
                throw new UserError(target + " already exists; choose another --id or --out.");
            }
            if (target.toAbsolutePath().getParent() != null) {
                Files.createDirectories(target.toAbsolutePath().getParent());
            }
            String header = "# Starter scenario written by 'spar scenario new'.\n"
                    + "# Make it sound like your person: edit persona.history and the lines, add facts and key points.\n"
                    + "# Check it with: spar scenario check " + target + "\n";
            Files.writeString(target, header + new ScenarioYaml().write(scenario), StandardCharsets.UTF_8);
            out.println("Wrote " + target);
            out.println("Practise it: spar practice --scenario " + (outFile != null ? target.toString() : scenarioId));
            return 0;
        }

        private String ask(String given, String question) {
            if (given != null && !given.isBlank()) {
                return bounded(given);
            }
            Console console = System.console();
            if (console == null) {
                throw new UserError("missing an answer to: " + question
                        + " Give --who, --want, --fear and --reaction when not typing at a terminal.");
            }
            String answer = console.readLine("%s ", question);
            if (answer == null || answer.isBlank()) {
                throw new UserError("no answer to: " + question);
            }
            return bounded(answer);
        }

        private static String bounded(String s) {
            String t = s.strip();
            if (t.length() > MAX_ANSWER) {
                throw new UserError(
                        "keep each answer under " + MAX_ANSWER + " characters; this one is " + t.length() + ".");
            }
            return t;
        }

        static String slug(String who) {
            List<String> words = new ArrayList<>();
            // "hasn't" is one word: the apostrophe goes, rather than leaving "hasn" in the file name.
            for (String w : who.toLowerCase(Locale.ROOT).replaceAll("['’]", "").split("[^a-z0-9]+")) {
                if (!w.isEmpty()
                        && !List.of("my", "the", "a", "an", "who", "and").contains(w)) {
                    words.add(w);
                }
                if (words.size() == 3) {
                    break;
                }
            }
            return words.isEmpty() ? "my-conversation" : String.join("-", words);
        }
    }

    /** {@code spar scenario show}: print a scenario file to copy and edit. */
    @Command(
            name = "show",
            mixinStandardHelpOptions = true,
            description = "Print a scenario as YAML, to copy and edit.")
    static final class Show implements Callable<Integer> {
        @ParentCommand
        ScenarioCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "ID", description = "Scenario id or file.")
        String scenario;

        @Override
        public Integer call() {
            Scenario s = Scenarios.resolve(scenario, parent.spar.dataDir());
            spec.commandLine().getOut().print(new ScenarioYaml().write(s));
            spec.commandLine().getOut().flush();
            return 0;
        }
    }

    /** {@code spar scenario check}: validate scenario files. */
    @Command(
            name = "check",
            mixinStandardHelpOptions = true,
            description = {
                "Check scenario files and say what to fix.",
                "Without files, checks your scenarios folder as the server reads it: files that are not regular"
                        + " files and links out of the folder are skipped, and of two files with one id the first"
                        + " by name is used."
            })
    static final class Check implements Callable<Integer> {
        @ParentCommand
        ScenarioCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(
                paramLabel = "FILE",
                arity = "0..*",
                description = "Scenario files, or a folder of them (default: your scenarios folder).")
        List<Path> files = List.of();

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            ScenarioLibrary.Reading reading;
            if (files.isEmpty() || (files.size() == 1 && Files.isDirectory(files.getFirst()))) {
                Path folder = files.isEmpty() ? Spar.ownScenarios(parent.spar.dataDir()) : files.getFirst();
                out.println("Checking " + folder);
                reading = ScenarioLibrary.readFolder(folder);
            } else {
                reading = ScenarioLibrary.readFiles(files);
            }
            for (ScenarioLibrary.OwnFile f : reading.used()) {
                Scenario s = f.scenario();
                out.println(f.name() + ": ok (" + s.id() + ", " + s.lines().size() + " lines, "
                        + s.versions().size() + " versions)");
            }
            reading.refused().forEach(e -> out.println(e.getMessage()));
            if (reading.used().isEmpty() && reading.refused().isEmpty()) {
                out.println("No scenario files there.");
            }
            return reading.refused().isEmpty() ? 0 : 2;
        }
    }
}
