package dev.spar.analysis;

/**
 * The part of reading a phrase's regular expression that {@link Literals} and {@link FirstChars} share: where the
 * reading is, a group's opening (and whether it is a lookaround, which consumes nothing) and its close, and a
 * quantifier's least number of repetitions. Each reader decides what a part means for its own question.
 */
abstract class RegexWalk {
    final String regex;
    int pos;

    /** Whether the last quantifier allowed more than one repetition ({@code +}, {@code {1,3}}). */
    boolean consumedRepeat;

    RegexWalk(String regex) {
        this.regex = regex;
    }

    /** Reads a group's opening, {@code (} and any {@code ?:}, name or lookaround; returns whether it is a lookaround. */
    boolean openGroup() {
        pos++; // (
        if (regex.startsWith("?:", pos)) {
            pos += 2;
        } else if (regex.startsWith("?=", pos) || regex.startsWith("?!", pos)) {
            pos += 2;
            return true;
        } else if (regex.startsWith("?<=", pos) || regex.startsWith("?<!", pos)) {
            pos += 3;
            return true;
        } else if (regex.startsWith("?<", pos)) {
            pos = regex.indexOf('>', pos) + 1;
        } else if (regex.startsWith("?", pos)) {
            throw new IllegalStateException("unsupported group at " + pos);
        }
        return false;
    }

    /** Reads a group's close. */
    void closeGroup() {
        if (regex.charAt(pos) != ')') {
            throw new IllegalStateException("unclosed group");
        }
        pos++;
    }

    /** Reads an optional quantifier and returns the least number of repetitions it allows. */
    int quantifier() {
        consumedRepeat = false;
        if (pos >= regex.length()) {
            return 1;
        }
        char q = regex.charAt(pos);
        int min;
        if (q == '?' || q == '*') {
            pos++;
            min = 0;
        } else if (q == '+') {
            pos++;
            min = 1;
            consumedRepeat = true;
        } else if (q == '{') {
            int close = regex.indexOf('}', pos);
            String[] bounds = regex.substring(pos + 1, close).split(",", -1);
            min = Integer.parseInt(bounds[0].trim());
            consumedRepeat = bounds.length > 1 || min > 1;
            pos = close + 1;
        } else {
            return 1;
        }
        if (pos < regex.length() && (regex.charAt(pos) == '?' || regex.charAt(pos) == '+')) {
            pos++;
        }
        return min;
    }
}
