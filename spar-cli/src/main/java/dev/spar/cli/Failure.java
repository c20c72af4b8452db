package dev.spar.cli;

import dev.spar.files.FileFailure;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;

/** Says in one line what stopped a command: the cause, found down the chain of causes, and the fix. */
final class Failure {
    /** The fix for a data folder Spar cannot write to. */
    static final String MOVE_DATA_FOLDER = "set SPAR_HOME or --data-dir to a folder you can write to.";

    private Failure() {}

    /** Returns the line for a failure; {@code dataDir} is the data folder in force, for the fix to suggest. */
    static String oneLine(Exception failure, Path dataDir) {
        if (failure instanceof UserError) {
            return failure.getMessage();
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof FileSystemException f && f.getFile() != null) {
                boolean ours = Path.of(f.getFile()).toAbsolutePath().startsWith(dataDir.toAbsolutePath());
                return "cannot use " + f.getFile() + " (" + FileFailure.reason(f) + "); "
                        + (ours ? MOVE_DATA_FOLDER : "check the path and its permissions.");
            }
            if (cause instanceof IOException io && FileFailure.reason(io).equals("no space left on device")) {
                return "the disk is full (no space left on device); free some space, or " + MOVE_DATA_FOLDER;
            }
        }
        String message = failure.getMessage() == null
                ? failure.getClass().getSimpleName()
                : failure.getMessage().lines().findFirst().orElse("");
        return message + " (--verbose shows where it happened)";
    }

    /**
     * Returns the line for a data folder that cannot be written to.
     *
     * @param dataDir the folder
     * @param e what went wrong creating it or writing in it
     */
    static String cannotWrite(Path dataDir, IOException e) {
        return "cannot write to " + dataDir + " (" + FileFailure.reason(e) + "); " + MOVE_DATA_FOLDER;
    }
}
