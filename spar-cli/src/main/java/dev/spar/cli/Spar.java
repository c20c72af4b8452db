package dev.spar.cli;

import dev.spar.analysis.Analyzer;
import dev.spar.analysis.RuleAnalyzer;
import dev.spar.semantic.SentenceMeaning;
import dev.spar.store.RunStore;
import dev.spar.store.StoreException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

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
        writable(dataDir);
        try {
            return RunStore.open(dataDir);
        } catch (StoreException | org.flywaydb.core.api.FlywayException e) {
            throw new UserError("cannot open the run history in " + dataDir + ": " + e.getMessage());
        }
    }

    /**
     * Creates the data folder if needed and checks that a file can be written and synced in it, so that a
     * read-only folder or a full disk is one line now rather than a failure deep in the database later.
     *
     * @throws UserError saying why and what to do, if it cannot
     */
    static Path writable(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
            Path probe = Files.createTempFile(dataDir, ".spar-write-check", ".tmp");
            try (FileChannel channel = FileChannel.open(probe, StandardOpenOption.WRITE)) {
                channel.write(ByteBuffer.allocate(4096));
                channel.force(true);
            } finally {
                Files.deleteIfExists(probe);
            }
        } catch (IOException e) {
            throw new UserError(Failure.cannotWrite(dataDir, e), e);
        }
        return dataDir;
    }

    /** Returns the folder of the learner's own scenario files. */
    static Path ownScenarios(Path dataDir) {
        return dataDir.resolve("scenarios");
    }
}
