package dev.spar.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.spar.files.ScenarioFileException;
import dev.spar.files.ScenarioLibrary;
import dev.spar.scenario.Scenario;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code spar scenarios}: the library, by shelf. */
@Command(name = "scenarios", mixinStandardHelpOptions = true, description = "List the scenarios you can practise.")
final class ScenariosCommand implements Callable<Integer> {
    @ParentCommand
    SparCommand spar;

    @Spec
    CommandSpec spec;

    @Option(
            names = "--category",
            description = "Only this shelf: customer-service, workplace, freelance-sales, personal.")
    String category;

    @Option(names = "--format", description = "text (default) or json.")
    Format format = Format.TEXT;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        ScenarioLibrary library = Scenarios.library(spar.dataDir());
        if (category != null && Scenario.Category.byId(category).isEmpty()) {
            throw new UserError(
                    "no shelf '" + category + "': use customer-service, workplace, freelance-sales or personal.");
        }
        var shown = library.all().stream()
                .filter(s -> category == null || s.category().id().equals(category))
                .toList();
        if (format == Format.JSON) {
            ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            ArrayNode list = json.createArrayNode();
            for (Scenario s : shown) {
                list.addObject()
                        .put("id", s.id())
                        .put("title", s.title())
                        .put("category", s.category().id())
                        .put("difficulty", s.difficulty())
                        .put("situation", s.situation())
                        .put("versions", s.versions().size());
            }
            out.println(json.writeValueAsString(list));
            return 0;
        }
        Scenario.Category shelf = null;
        for (Scenario s : shown) {
            if (s.category() != shelf) {
                shelf = s.category();
                out.println();
                out.println(shelf.title());
            }
            out.println(String.format(
                    "  %-28s %s  %s",
                    s.id(), "●".repeat(s.difficulty()) + "○".repeat(5 - s.difficulty()), s.situation()));
        }
        for (ScenarioFileException broken : library.broken()) {
            out.println();
            out.println("Skipped a file of yours that has problems:");
            out.println(broken.getMessage());
        }
        out.println();
        out.println("Practise one: spar practice --scenario <id>");
        return 0;
    }
}
