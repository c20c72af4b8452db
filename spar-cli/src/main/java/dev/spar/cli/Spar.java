package dev.spar.cli;

import dev.spar.analysis.Analyzer;
import dev.spar.analysis.RuleAnalyzer;
import dev.spar.semantic.SentenceMeaning;
import dev.spar.store.RunStore;
import dev.spar.store.StoreException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Wires the pieces the commands share. */
final class Spar {
    private Spar() {}

    /**
     * Returns the analysis the simulator and the coach use: the rules, with the semantic reading for recall
     * (loaded once per process; the rules alone, with one logged line, when it cannot load).
     */
    static Analyzer analyzer() {
        return new RuleAnalyzer(SentenceMeaning.standard());
    }

    /** Opens the run history in the data folder, creating it if needed. */
    static RunStore store(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UserError("cannot create the data folder " + dataDir + ": " + e.getMessage());
        }
        try {
            return RunStore.open(dataDir);
        } catch (StoreException | org.flywaydb.core.api.FlywayException e) {
            throw new UserError("cannot open the run history in " + dataDir + ": " + e.getMessage());
        }
    }

    /** Returns the folder of the learner's own scenario files. */
    static Path ownScenarios(Path dataDir) {
        return dataDir.resolve("scenarios");
    }
}
