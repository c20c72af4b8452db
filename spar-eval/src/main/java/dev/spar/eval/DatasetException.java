package dev.spar.eval;

import java.nio.file.Path;

/** Signals that a dataset folder or file is missing or not in the expected format. */
public final class DatasetException extends RuntimeException {

    /** Creates the exception with a message that names the file and what was expected. */
    public DatasetException(String message) {
        super(message);
    }

    /** Creates the exception with a message and the underlying cause. */
    public DatasetException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Creates the exception for a file, prefixing the message with the file's path. */
    public static DatasetException in(Path file, String message) {
        return new DatasetException(file + ": " + message);
    }

    /** Creates the exception for a file and the error that stopped its reading. */
    public static DatasetException in(Path file, String message, Throwable cause) {
        return new DatasetException(file + ": " + message, cause);
    }
}
