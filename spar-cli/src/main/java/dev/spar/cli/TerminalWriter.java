package dev.spar.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * Everything the command line prints: text from scenario files, learners, models and transcripts reaches the
 * terminal only through here, so an escape sequence or another control character in it never drives the
 * terminal (clears the screen, moves the cursor, sets the window's title). Line breaks and tabs stay, and so
 * do the styles {@link Terminal} adds when the output is a colour terminal; the writer cannot tell those five
 * from the same five in a file's text, which at worst turn some text bold, dim, red or green.
 */
final class TerminalWriter extends PrintWriter {
    private static final char ESC = '\u001b';
    private static final String ERASE_REST_OF_LINE = ESC + "[K";
    private static final Set<String> STYLES = Set.of(ESC + "[0m", ESC + "[1m", ESC + "[2m", ESC + "[31m", ESC + "[32m");
    /** No escape sequence Spar lets through is longer; a longer one is dropped without reading to its end. */
    private static final int LONGEST_KEPT = 8;

    private final boolean terminal;
    private final boolean colour;
    /** The escape sequence being read, which may straddle two writes; empty outside one. */
    private final StringBuilder escape = new StringBuilder();

    /**
     * Wraps a writer.
     *
     * @param terminal whether it writes to a terminal, where a progress line can be written over in place
     * @param colour whether the styles {@link Terminal} adds are let through
     */
    TerminalWriter(Writer out, boolean terminal, boolean colour) {
        super(out, true);
        this.terminal = terminal;
        this.colour = colour;
    }

    /**
     * Returns the writer for standard output (descriptor 1) or error (2): a terminal's, in colour unless NO_COLOR
     * is set, when that stream itself goes to a terminal; the console says so of standard input and output only,
     * so "spar report chats/ 2> log" would otherwise write a terminal's progress into the log.
     */
    static TerminalWriter console(Writer out, int descriptor) {
        boolean terminal = System.console() != null && System.console().isTerminal() && toTerminal(descriptor);
        return new TerminalWriter(out, terminal, terminal && System.getenv("NO_COLOR") == null);
    }

    /** Returns whether a file descriptor goes to a terminal, where the system says (Linux); true where it does not. */
    private static boolean toTerminal(int descriptor) {
        Path link = Path.of("/proc/self/fd/" + descriptor);
        try {
            if (!Files.isSymbolicLink(link)) {
                return true;
            }
            String target = Files.readSymbolicLink(link).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return true;
        }
    }

    /** Returns whether the styles {@link Terminal} adds reach the output. */
    boolean colour() {
        return colour;
    }

    /** Returns whether the output is a terminal. */
    boolean terminal() {
        return terminal;
    }

    /**
     * Writes a progress line over the one before: on a terminal in place, elsewhere after a carriage return
     * as before. Only Spar's own progress may send a carriage return.
     */
    static void overwriteLine(PrintWriter out, String line) {
        if (out instanceof TerminalWriter t) {
            synchronized (t.lock) {
                t.raw("\r");
                t.print(line);
                if (t.terminal) {
                    t.raw(ERASE_REST_OF_LINE);
                }
            }
        } else {
            out.print("\r" + line);
        }
        out.flush();
    }

    @Override
    public void write(int c) {
        synchronized (lock) {
            StringBuilder kept = new StringBuilder(1);
            accept((char) c, kept);
            raw(kept);
        }
    }

    @Override
    public void write(char[] buf, int off, int len) {
        synchronized (lock) {
            StringBuilder kept = new StringBuilder(len);
            for (int i = off; i < off + len; i++) {
                accept(buf[i], kept);
            }
            raw(kept);
        }
    }

    @Override
    public void write(String s, int off, int len) {
        synchronized (lock) {
            StringBuilder kept = new StringBuilder(len);
            for (int i = off; i < off + len; i++) {
                accept(s.charAt(i), kept);
            }
            raw(kept);
        }
    }

    private void raw(CharSequence text) {
        if (!text.isEmpty()) {
            super.write(text.toString(), 0, text.length());
        }
    }

    /**
     * Adds a character to what is kept, or to the escape sequence being read. A sequence is an escape, any
     * intermediate characters (space to '/'), then a final one; after "ESC [", parameters ('0' to '?') and a
     * final '@' to '~'. A sequence is kept only if it is one of {@link #STYLES} and colour is on.
     */
    private void accept(char c, StringBuilder kept) {
        if (escape.isEmpty()) {
            if (c == ESC) {
                escape.append(c);
            } else if (!isControl(c)) {
                kept.append(c);
            }
            return;
        }
        boolean csi = escape.length() > 1 && escape.charAt(1) == '[';
        boolean continues = (c == '[' && escape.length() == 1) || (c >= 0x20 && c <= (csi ? 0x3F : 0x2F));
        boolean ends = c >= (csi ? 0x40 : 0x30) && c <= 0x7E;
        if (continues) {
            escape.append(c);
            if (escape.length() > LONGEST_KEPT) {
                // Too long to be one Spar keeps: drop it, and read what follows as text from here on.
                escape.setLength(0);
            }
        } else if (ends) {
            escape.append(c);
            if (colour && STYLES.contains(escape.toString())) {
                kept.append(escape);
            }
            escape.setLength(0);
        } else {
            escape.setLength(0);
            accept(c, kept);
        }
    }

    /** Returns whether a character is a control character other than a line break or a tab. */
    static boolean isControl(char c) {
        return Character.getType(c) == Character.CONTROL && c != '\n' && c != '\t';
    }
}
