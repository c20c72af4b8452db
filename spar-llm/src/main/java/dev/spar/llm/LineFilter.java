package dev.spar.llm;

import dev.spar.simulation.ReplySink;
import java.util.Locale;

/**
 * Tidies a streamed line on its way to the sink: leading blanks, the speaker's name in front ({@code Dana:}),
 * quotation marks around the whole line and anything after the first line break are never handed over. What
 * is handed over is exactly the line kept, so the transcript matches what was shown.
 */
final class LineFilter implements ReplySink {
    private static final int LONGEST_HEAD = 48;

    private final ReplySink sink;
    private final String name;
    private final StringBuilder head = new StringBuilder();
    private final StringBuilder held = new StringBuilder();
    private final StringBuilder said = new StringBuilder();
    private boolean inBody;
    private boolean quoted;
    private boolean done;

    LineFilter(String name, ReplySink sink) {
        this.name = name.toLowerCase(Locale.ROOT);
        this.sink = sink;
    }

    @Override
    public void token(String piece) {
        if (done) {
            return;
        }
        if (!inBody) {
            head.append(piece);
            String rest = afterPrefix(head.toString());
            if (rest == null) {
                return;
            }
            inBody = true;
            body(rest);
            return;
        }
        body(piece);
    }

    @Override
    public void retract(String reason) {
        head.setLength(0);
        held.setLength(0);
        said.setLength(0);
        inBody = false;
        quoted = false;
        done = false;
        sink.retract(reason);
    }

    /** Ends the line: whatever was held back at the end is dropped, and returns the line as handed over. */
    String finish() {
        if (!inBody) {
            String rest = afterPrefixAtEnd(head.toString());
            inBody = true;
            body(rest);
        }
        String tail = held.toString();
        held.setLength(0);
        String kept = tail.strip();
        if (quoted) {
            kept = kept.replaceAll("[\"”]+$", "");
        }
        if (!kept.isEmpty()) {
            emit(kept);
        }
        return said.toString();
    }

    private void body(String piece) {
        String text = piece;
        int newline = text.indexOf('\n');
        if (newline >= 0 && (said.length() > 0 || !text.substring(0, newline).isBlank() || held.length() > 0)) {
            text = text.substring(0, newline);
            done = true;
        } else if (newline >= 0) {
            text = text.substring(newline + 1).stripLeading();
        }
        held.append(text);
        // Hold back trailing blanks and quotation marks: they are dropped if the line ends there.
        int end = held.length();
        while (end > 0 && (Character.isWhitespace(held.charAt(end - 1)) || isQuote(held.charAt(end - 1)))) {
            end--;
        }
        if (end > 0) {
            emit(held.substring(0, end));
            held.delete(0, end);
        }
    }

    private void emit(String text) {
        said.append(text);
        sink.token(text);
    }

    /** Returns the head without blanks, name and opening quote once they are settled, or null to wait. */
    private String afterPrefix(String text) {
        String rest = text.stripLeading();
        if (rest.isEmpty()) {
            return null;
        }
        String lower = rest.toLowerCase(Locale.ROOT);
        String label = name + ":";
        if (lower.startsWith(label)) {
            rest = rest.substring(label.length()).stripLeading();
            if (rest.isEmpty()) {
                return text.length() < LONGEST_HEAD ? null : "";
            }
        } else if (label.startsWith(lower) && text.length() < LONGEST_HEAD) {
            return null;
        }
        if (isQuote(rest.charAt(0))) {
            quoted = true;
            rest = rest.substring(1).stripLeading();
        }
        return rest;
    }

    private String afterPrefixAtEnd(String text) {
        String rest = afterPrefix(text + " ");
        return rest == null ? text.strip() : rest;
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '“' || c == '”';
    }
}
