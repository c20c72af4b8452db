package dev.spar.transcripts;

import java.io.Serial;

/**
 * A file that cannot be read as a conversation; the message says where (a line number or a JSON field) and
 * what is wrong, for the person who gave the file.
 */
public final class TranscriptException extends RuntimeException {
    @Serial
    private static final long serialVersionUID = 1L;

    /** Creates one with a message for the person who gave the file. */
    public TranscriptException(String message) {
        super(message);
    }

    static TranscriptException atLine(int line, String message) {
        return new TranscriptException("line " + line + ": " + message);
    }

    static TranscriptException atField(String field, String message) {
        return new TranscriptException("field " + field + ": " + message);
    }
}
