package dev.spar.cli;

import java.io.PrintWriter;

/** Colour and symbols for the terminal, off when output is not a terminal or NO_COLOR is set. */
record Terminal(boolean colour) {
    /** Returns the styles for an output: colour only where {@link TerminalWriter} lets it through. */
    static Terminal ansi(PrintWriter out) {
        return new Terminal(out instanceof TerminalWriter writer && writer.colour());
    }

    String bold(String s) {
        return colour ? "\u001b[1m" + s + "\u001b[0m" : s;
    }

    String dim(String s) {
        return colour ? "\u001b[2m" + s + "\u001b[0m" : s;
    }

    String red(String s) {
        return colour ? "\u001b[31m" + s + "\u001b[0m" : s;
    }

    String green(String s) {
        return colour ? "\u001b[32m" + s + "\u001b[0m" : s;
    }

    /** Returns a bar of ten cells for a 0-100 value. */
    static String bar(int value) {
        int full = Math.round(Math.max(0, Math.min(100, value)) / 10f);
        return "█".repeat(full) + "░".repeat(10 - full);
    }
}
