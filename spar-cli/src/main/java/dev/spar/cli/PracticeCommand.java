package dev.spar.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.spar.coaching.Coach;
import dev.spar.coaching.Critique;
import dev.spar.files.RunJson;
import dev.spar.llm.EngineConfigException;
import dev.spar.llm.ModelEngine;
import dev.spar.llm.Narrative;
import dev.spar.llm.NarrativeResult;
import dev.spar.scenario.Scenario;
import dev.spar.simulation.Practice;
import dev.spar.simulation.PracticeSettings;
import dev.spar.simulation.ReplySink;
import dev.spar.simulation.Turn;
import dev.spar.store.RunStore;
import dev.spar.store.SavedRun;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code spar practice}: spar with a scenario's counterpart, then read the critique. */
@Command(
        name = "practice",
        mixinStandardHelpOptions = true,
        description = {
            "Practise a conversation: the counterpart replies to what you type; the critique follows.",
            "In the conversation type /hint, /restart, /rewind N (try your turn N again), /end or /quit."
        })
final class PracticeCommand implements Callable<Integer> {
    @ParentCommand
    SparCommand spar;

    @Option(
            names = {"-s", "--scenario"},
            description = "Scenario id from 'spar scenarios', or a path to a scenario file.")
    String scenario;

    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "SCENARIO",
            description = "The same as -s: 'spar practice angry-delay' works as people type it.")
    String scenarioArgument;

    @Option(names = "--seed", description = "Which version of the person; the same seed replays a run exactly.")
    Long seed;

    @Option(names = "--difficulty", description = "1 (gentle) to 5 (hard); default: the scenario's own.")
    Integer difficulty;

    @Option(names = "--surprise", description = "Surprise me: more curveballs, more volatile, refuses the first offer.")
    boolean surprise;

    @Option(
            names = "--learner-lines",
            description = "Run without prompting: one learner line per line of this file ('-' reads standard input);"
                    + " a line '/end' ends the run there.")
    String learnerLines;

    @Option(names = "--format", description = "text (default) or json: one JSON object with the run and its critique.")
    Format format = Format.TEXT;

    @Option(names = "--no-save", description = "Do not keep this run in your history.")
    boolean noSave;

    @picocli.CommandLine.Mixin
    EngineOptions engineOptions = new EngineOptions();

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (format == Format.JSON && learnerLines == null) {
            throw new UserError("--format json needs --learner-lines FILE: the interactive mode prints text.");
        }
        if (scenario != null && scenarioArgument != null && !scenario.equals(scenarioArgument)) {
            throw new UserError("Give the scenario once: '" + scenarioArgument + "' or -s " + scenario + ".");
        }
        String wanted = scenario != null ? scenario : scenarioArgument;
        if (wanted == null) {
            throw new UserError(
                    "Which scenario? 'spar practice angry-delay', for example; 'spar scenarios' lists them.");
        }
        Scenario chosen = Scenarios.resolve(wanted, spar.dataDir());
        int level = difficulty == null ? chosen.difficulty() : difficulty;
        if (level < 1 || level > 5) {
            throw new UserError("--difficulty must be 1 to 5, was " + level + ".");
        }
        long runSeed = seed == null ? new SecureRandom().nextInt(1, 100_000) : seed;
        PracticeSettings settings = new PracticeSettings(runSeed, level, surprise);
        // Open the history before the conversation, so a history it cannot write to (a running `spar serve` holds
        // it) is said before anything is typed, not after.
        RunStore store = noSave ? null : openHistory();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ModelEngine models = openEngine();
        Practice practice;
        if (learnerLines != null) {
            // Faults go to standard error, so that standard output stays the transcript or one JSON object.
            ReplySink faults = reason -> {};
            ReplySink notices = new ReplySink() {
                @Override
                public void token(String piece) {
                    faults.token(piece);
                }

                @Override
                public void retract(String reason) {
                    err.println("spar: " + reason);
                    err.flush();
                }
            };
            List<String> lines = readLines(learnerLines);
            practice = Practice.replay(chosen, settings, Spar.analyzer(), lines, models.voice(), notices);
            int unsaid = lines.size() - practice.learnerLines().size();
            if (unsaid > 0) {
                // They ended it before the file did: say so, rather than drop the rest without a word.
                String who = practice.outcome().isReviewed()
                        ? chosen.persona().name() + " ended the conversation"
                        : "the role-play stopped for safety";
                err.println("spar: " + who + " (" + practice.outcome().description() + ") after your line "
                        + practice.learnerLines().size()
                        + "; the last " + (unsaid == 1 ? "line of the file was" : unsaid + " lines of the file were")
                        + " not said.");
                err.flush();
            }
            practice.end();
        } else {
            practice = new Conversation(chosen, settings, out, Terminal.ansi(out), models).run(stdin());
        }
        Critique critique = new Coach().critique(practice);
        Optional<NarrativeResult> notes = models.usesModel()
                        && critique.isReviewed()
                        && !practice.learnerLines().isEmpty()
                ? Optional.of(models.narrate(practice, critique))
                : Optional.empty();
        String json = runJson(practice, critique, models, notes);
        if (format == Format.JSON) {
            out.println(json);
        } else {
            if (learnerLines != null) {
                new ReviewPrinter(out, Terminal.ansi(out)).transcript(practice);
            }
            new ReviewPrinter(out, Terminal.ansi(out)).review(practice, critique);
            notes.ifPresent(n -> new NarrativePrinter(out, Terminal.ansi(out)).print(n, models.config()));
        }
        // A run stopped for safety is not kept: its lines are no practice to list, score or replay.
        if (!noSave && critique.isReviewed() && !practice.learnerLines().isEmpty()) {
            save(store, practice, critique, json);
            if (format == Format.TEXT) {
                out.println("Saved. 'spar history' lists your runs; replay this one with --seed " + runSeed + ".");
            }
        }
        out.flush();
        return 0;
    }

    private ModelEngine openEngine() {
        try {
            return ModelEngine.open(engineOptions.resolve(System.getenv()));
        } catch (EngineConfigException e) {
            throw new UserError(e.getMessage());
        }
    }

    /**
     * Returns the run JSON: byte for byte the simulator's contract, plus, when a model spoke, which one, the
     * simulator's line for each reworded turn and the coach's notes.
     */
    private static String runJson(
            Practice practice, Critique critique, ModelEngine models, Optional<NarrativeResult> notes) {
        RunJson runJson = new RunJson();
        if (!models.usesModel()) {
            return runJson.write(practice, critique);
        }
        ObjectNode tree = runJson.tree(practice, critique);
        tree.put("engine", models.config().engine().id())
                .put("model", models.config().model());
        ArrayNode turns = (ArrayNode) tree.get("turns");
        for (int i = 0; i < practice.turns().size(); i++) {
            Turn turn = practice.turns().get(i);
            if (turn.reworded()) {
                ((ObjectNode) turns.get(i))
                        .put("simulatorLine", turn.simulatorLine().orElseThrow());
            }
        }
        notes.ifPresent(n -> tree.set("narrative", narrativeJson(tree, n)));
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a run tree always serialises", e);
        }
    }

    private static ObjectNode narrativeJson(ObjectNode tree, NarrativeResult result) {
        ObjectNode node = tree.objectNode();
        switch (result) {
            case NarrativeResult.Unavailable(String reason) -> node.put("unavailable", reason);
            case NarrativeResult.Written(Narrative n) -> {
                node.put("summary", n.summary());
                ArrayNode rewrites = node.putArray("rewrites");
                for (Narrative.Rewrite r : n.rewrites()) {
                    rewrites.addObject()
                            .put("turn", r.turn())
                            .put("quote", r.quote())
                            .put("rewrite", r.rewrite())
                            .put("why", r.why());
                }
                ArrayNode next = node.putArray("nextTime");
                n.nextTime().forEach(next::add);
                node.put("droppedQuotes", n.droppedQuotes());
            }
        }
        return node;
    }

    private RunStore openHistory() {
        try {
            return Spar.store(spar.dataDir());
        } catch (UserError e) {
            throw new UserError(e.getMessage() + " To practise without keeping the run, add --no-save.");
        }
    }

    private void save(RunStore store, Practice practice, Critique critique, String json) {
        store.save(new SavedRun(
                UUID.randomUUID().toString(),
                practice.scenario().id(),
                practice.scenario().title(),
                practice.settings().seed(),
                practice.settings().difficulty(),
                practice.outcome().id(),
                critique.score(),
                practice.learnerLines().size(),
                Instant.now(),
                json));
    }

    private static BufferedReader stdin() {
        return new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    }

    private static List<String> readLines(String source) {
        try {
            List<String> lines = source.equals("-")
                    ? stdin().lines().toList()
                    : Files.readAllLines(Path.of(source), StandardCharsets.UTF_8);
            // "/end" ends the run here, as it does when typed; what follows it is not said.
            List<String> said = lines.stream()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty())
                    .takeWhile(l -> !l.equalsIgnoreCase("/end"))
                    .toList();
            if (said.isEmpty()) {
                throw new UserError("'" + source + "' has no lines to say: write one learner line per line.");
            }
            Optional<String> tooLong = said.stream()
                    .filter(l -> l.length() > Practice.MAX_UTTERANCE_CHARS)
                    .findFirst();
            if (tooLong.isPresent()) {
                throw new UserError(
                        "a line in '" + source + "' is " + tooLong.get().length() + " characters; keep each under "
                                + Practice.MAX_UTTERANCE_CHARS + ".");
            }
            return said;
        } catch (NoSuchFileException e) {
            throw new UserError("no such file: " + source);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
    }
}
