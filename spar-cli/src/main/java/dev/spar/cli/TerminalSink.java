package dev.spar.cli;

import dev.spar.simulation.ReplySink;
import java.io.PrintWriter;

/**
 * Prints a counterpart's reply as it is spoken: their name before the first piece, each piece as it comes,
 * and on a retraction the reason on its own line before the reply starts again.
 */
final class TerminalSink implements ReplySink {
    private final PrintWriter out;
    private final Terminal term;
    private final String speaker;
    private boolean started;

    TerminalSink(PrintWriter out, Terminal term, String speaker) {
        this.out = out;
        this.term = term;
        this.speaker = speaker;
    }

    @Override
    public void token(String piece) {
        if (!started) {
            out.print(term.bold(speaker + ": "));
            started = true;
        }
        out.print(piece);
        out.flush();
    }

    @Override
    public void retract(String reason) {
        if (started) {
            out.println();
        }
        out.println(term.dim("  (" + reason + ")"));
        out.flush();
        started = false;
    }

    /** Returns whether any of the reply was printed since the sink was made or last retracted. */
    boolean started() {
        return started;
    }
}
