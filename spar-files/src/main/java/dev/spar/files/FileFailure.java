package dev.spar.files;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;

/** Says why a file could not be read or written, without its path or content. */
public final class FileFailure {
    private FileFailure() {}

    /** Returns the cause in a few lower-case words, such as "read-only file system" or "permission denied". */
    public static String reason(IOException e) {
        String reason =
                switch (e) {
                    case NoSuchFileException _ -> "no such file or folder";
                    case AccessDeniedException _ -> "permission denied";
                    case FileSystemException f when f.getReason() != null -> f.getReason();
                    default ->
                        e.getMessage() != null && e.getMessage().contains("No space left on device")
                                ? "no space left on device"
                                : e.getClass().getSimpleName();
                };
        return reason.isEmpty() ? reason : reason.substring(0, 1).toLowerCase(Locale.ROOT) + reason.substring(1);
    }
}
