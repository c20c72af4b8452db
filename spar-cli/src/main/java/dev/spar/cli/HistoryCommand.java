package dev.spar.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.spar.store.SavedRun;
import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code spar history}: past runs and scores per scenario. */
@Command(name = "history", mixinStandardHelpOptions = true, description = "List your saved runs with their scores.")
final class HistoryCommand implements Callable<Integer> {
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    @ParentCommand
    SparCommand spar;

    @Spec
    CommandSpec spec;

    @Option(names = "--scenario", description = "Only runs of this scenario.")
    String scenario;

    @Option(names = "--format", description = "text (default) or json.")
    Format format = Format.TEXT;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<SavedRun> runs = Spar.store(spar.dataDir()).list(Optional.ofNullable(scenario));
        if (format == Format.JSON) {
            ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            ArrayNode list = json.createArrayNode();
            for (SavedRun r : runs) {
                list.addObject()
                        .put("id", r.id())
                        .put("scenario", r.scenarioId())
                        .put("seed", r.seed())
                        .put("difficulty", r.difficulty())
                        .put("outcome", r.outcome())
                        .put("score", r.score())
                        .put("turns", r.learnerTurns())
                        .put("savedAt", r.savedAt().toString());
            }
            out.println(json.writeValueAsString(list));
            return 0;
        }
        if (runs.isEmpty()) {
            out.println("No runs yet. Start one: spar practice --scenario refund-outside-window");
            return 0;
        }
        Map<String, List<SavedRun>> byScenario = new LinkedHashMap<>();
        runs.forEach(r -> byScenario
                .computeIfAbsent(r.scenarioId(), k -> new java.util.ArrayList<>())
                .add(r));
        for (Map.Entry<String, List<SavedRun>> e : byScenario.entrySet()) {
            List<SavedRun> list = e.getValue();
            int best = list.stream().mapToInt(SavedRun::score).max().orElse(0);
            double mean = list.stream().mapToInt(SavedRun::score).average().orElse(0);
            out.println(String.format(
                    "%s  (%s) · %d run%s · best %d · average %.0f",
                    list.getFirst().scenarioTitle(), e.getKey(), list.size(), list.size() == 1 ? "" : "s", best, mean));
            for (SavedRun r : list) {
                out.println(String.format(
                        "  %s  score %3d  %-16s seed %-6d difficulty %d  %d turns",
                        WHEN.format(r.savedAt()), r.score(), r.outcome(), r.seed(), r.difficulty(), r.learnerTurns()));
            }
        }
        return 0;
    }
}
