package dev.spar.analysis;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds, for a regular expression, every character a match can begin with, so a phrase's pattern can refuse a word
 * start in one look ({@code (?=[pmci])}) instead of trying each of its alternatives there: a pattern is tried at
 * every word start of a line, and most word starts begin none of its words.
 *
 * <p>Like {@link Literals} it is conservative: whatever it does not understand (a negated class, {@code .}, a class
 * escape other than {@code \s}, {@code \w} and {@code \d}, inline flags, a pattern that can match nothing at all)
 * gives no answer, and the pattern is left as it was.
 */
public final class FirstChars extends RegexWalk {

    private static final String WHITESPACE = " \t\n\u000B\f\r";

    private FirstChars(String regex) {
        super(regex);
    }

    /** Returns a lookahead that admits only the characters a match of the regex can begin with, if they are known. */
    public static Optional<String> lookahead(String regex) {
        try {
            FirstChars parser = new FirstChars(regex);
            Start start = parser.alternation();
            if (parser.pos != regex.length()
                    || start == null
                    || start.canBeEmpty()
                    || start.chars().isEmpty()) {
                return Optional.empty();
            }
            StringBuilder out = new StringBuilder("(?=[");
            for (char c : start.chars()) {
                out.append(classMember(c));
            }
            return Optional.of(out.append("])").toString());
        } catch (IndexOutOfBoundsException | IllegalStateException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The characters a part can begin with, and whether it can match nothing (so what follows can begin it too). */
    private record Start(Set<Character> chars, boolean canBeEmpty) {
        static final Start EMPTY = new Start(Set.of(), true);

        static Start of(Set<Character> chars) {
            return new Start(chars, false);
        }
    }

    private Start alternation() {
        Set<Character> chars = new TreeSet<>();
        boolean empty = false;
        while (true) {
            Start branch = sequence();
            if (branch == null) {
                return null;
            }
            chars.addAll(branch.chars());
            empty |= branch.canBeEmpty();
            if (pos < regex.length() && regex.charAt(pos) == '|') {
                pos++;
            } else {
                return new Start(chars, empty);
            }
        }
    }

    /** A sequence begins with its first part, and with the next where the parts before it can match nothing. */
    private Start sequence() {
        Set<Character> chars = new TreeSet<>();
        boolean stillEmpty = true;
        while (pos < regex.length() && regex.charAt(pos) != '|' && regex.charAt(pos) != ')') {
            Start atom = atom();
            if (atom == null) {
                return null;
            }
            if (quantifier() == 0) {
                atom = new Start(atom.chars(), true);
            }
            if (stillEmpty) {
                chars.addAll(atom.chars());
                stillEmpty = atom.canBeEmpty();
            }
        }
        return new Start(chars, stillEmpty);
    }

    private Start atom() {
        char c = regex.charAt(pos);
        return switch (c) {
            case '(' -> group();
            case '[' -> charClass();
            case '\\' -> escape();
            case '^', '$' -> {
                pos++;
                yield Start.EMPTY;
            }
            case '.' -> null;
            default -> {
                pos++;
                yield Start.of(Set.of(c));
            }
        };
    }

    /** A lookaround consumes nothing, so it begins nothing: what follows it does. */
    private Start group() {
        boolean lookaround = openGroup();
        Start inner = alternation();
        closeGroup();
        if (inner == null) {
            return null;
        }
        return lookaround ? Start.EMPTY : inner;
    }

    /** A plain class of characters and ranges; a negated or nested class is not understood. */
    private Start charClass() {
        pos++; // [
        if (regex.charAt(pos) == '^') {
            throw new IllegalStateException("negated class at " + pos);
        }
        Set<Character> chars = new TreeSet<>();
        boolean first = true;
        while (first || regex.charAt(pos) != ']') {
            first = false;
            char c = regex.charAt(pos);
            if (c == '[' || regex.startsWith("&&", pos)) {
                throw new IllegalStateException("nested class at " + pos);
            }
            Set<Character> member;
            if (c == '\\') {
                Start escaped = escape();
                if (escaped == null) {
                    throw new IllegalStateException("class escape at " + pos);
                }
                member = escaped.chars();
            } else {
                pos++;
                member = Set.of(c);
            }
            if (member.size() == 1 && regex.charAt(pos) == '-' && regex.charAt(pos + 1) != ']') {
                pos++; // -
                char to = regex.charAt(pos) == '\\' ? regex.charAt(++pos) : regex.charAt(pos);
                pos++;
                for (char r = member.iterator().next(); r <= to; r++) {
                    chars.add(r);
                }
            } else {
                chars.addAll(member);
            }
        }
        pos++; // ]
        return Start.of(chars);
    }

    /** An escaped character stands for itself; {@code \s}, {@code \w}, {@code \d} for their sets; a boundary for none. */
    private Start escape() {
        char e = regex.charAt(pos + 1);
        pos += 2;
        return switch (e) {
            case 's' -> Start.of(chars(WHITESPACE));
            case 'd' -> Start.of(range('0', '9'));
            case 'w' -> {
                Set<Character> word = range('a', 'z');
                word.addAll(range('A', 'Z'));
                word.addAll(range('0', '9'));
                word.add('_');
                yield Start.of(word);
            }
            case 'b', 'B', 'A', 'z', 'Z', 'G' -> Start.EMPTY;
            case 't' -> Start.of(Set.of('\t'));
            case 'n' -> Start.of(Set.of('\n'));
            case 'r' -> Start.of(Set.of('\r'));
            case 'f' -> Start.of(Set.of('\f'));
            default -> Character.isLetterOrDigit(e) ? null : Start.of(Set.of(e));
        };
    }

    private static Set<Character> chars(String s) {
        Set<Character> out = new TreeSet<>();
        s.chars().forEach(c -> out.add((char) c));
        return out;
    }

    private static Set<Character> range(char from, char to) {
        Set<Character> out = new TreeSet<>();
        for (char c = from; c <= to; c++) {
            out.add(c);
        }
        return out;
    }

    private static String classMember(char c) {
        return switch (c) {
            case '\t' -> "\\t";
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\f' -> "\\f";
            case '\u000B' -> "\\x0B";
            default -> Character.isLetterOrDigit(c) || c == ' ' ? String.valueOf(c) : "\\" + c;
        };
    }
}
