package dev.spar.cli;

import dev.spar.files.ScenarioFileException;
import dev.spar.files.ScenarioLibrary;
import dev.spar.scenario.Scenario;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Collectors;

/** Finds the scenario a learner named: a library id or a file. */
final class Scenarios {
    private Scenarios() {}

    static ScenarioLibrary library(Path dataDir) {
        return ScenarioLibrary.load(Optional.of(Spar.ownScenarios(dataDir)));
    }

    static Scenario resolve(String idOrFile, Path dataDir) {
        Path asPath = Path.of(idOrFile);
        if (ScenarioLibrary.isYaml(asPath) || Files.isRegularFile(asPath)) {
            if (!Files.isRegularFile(asPath)) {
                throw new UserError("no such scenario file: " + idOrFile);
            }
            try {
                return ScenarioLibrary.readFile(asPath);
            } catch (ScenarioFileException e) {
                throw new UserError(e.getMessage());
            }
        }
        ScenarioLibrary library = library(dataDir);
        return library.find(idOrFile)
                .orElseThrow(() -> new UserError("no scenario '" + idOrFile + "'. Try one of: "
                        + library.all().stream().map(Scenario::id).collect(Collectors.joining(", "))
                        + " (or 'spar scenarios')."));
    }
}
