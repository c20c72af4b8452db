package dev.spar.semantic;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes a recomputed data file beside the banks, and into the built classes so this run sees it too. */
final class DataFiles {
    private DataFiles() {}

    /** Writes what one call of the writer produces into both copies of {@code meaning/<name>}. */
    static void write(String name, Writer writer) throws IOException {
        for (String root : List.of("src/main/resources", "target/classes")) {
            Path path = Path.of(root, MeaningData.FOLDER, name);
            Files.createDirectories(path.getParent());
            try (OutputStream out = Files.newOutputStream(path)) {
                writer.write(out);
            }
        }
    }

    /** Writes a data file's content. */
    @FunctionalInterface
    interface Writer {
        void write(OutputStream out) throws IOException;
    }
}
