package dev.spar.web;

/** The server refuses to start as configured; the message says why and what to do, in one line. */
public final class StartRefused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Creates the refusal with its one-line reason. */
    public StartRefused(String reason) {
        super(reason);
    }
}
