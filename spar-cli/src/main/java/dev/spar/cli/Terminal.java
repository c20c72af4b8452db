package dev.spar.cli;

import java.io.PrintWriter;

/** Colour and symbols for the terminal, off when output is not a terminal or NO_COLOR is set. */
record Terminal(boolean colour) {
    static Terminal ansi(PrintWriter out) {
        boolean tty = System.console() != null && System.console().isTerminal();
        return new Terminal(tty && System.getenv("NO_COLOR") == null);
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

    /** Returns text from a model or a server without control characters, so it cannot drive the terminal. */
    static String plain(String text) {
        return text.replaceAll("[\\p{Cntrl}&&[^\n\t]]", "");
    }

    /** Returns a bar of ten cells for a 0-100 value. */
    static String bar(int value) {
        int full = Math.round(Math.max(0, Math.min(100, value)) / 10f);
        return "█".repeat(full) + "░".repeat(10 - full);
    }
}
