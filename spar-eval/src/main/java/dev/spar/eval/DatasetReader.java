package dev.spar.eval;

import java.nio.file.Path;
import java.util.List;

/** Reads one dataset's files from a folder into examples to score. */
public interface DatasetReader {

    /**
     * Reads the examples of a split from a folder laid out like the dataset's release, in conversation order.
     *
     * @throws DatasetException if a file is missing or not in the expected format
     */
    List<Example> read(Path folder, Split split);
}
