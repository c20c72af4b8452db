package dev.spar.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds, for a regular expression, a set of literal strings of which every match contains at least one.
 *
 * <p>Most utterances contain the words of only a few phrases, so checking these literals with {@link
 * String#contains} lets the analyzer skip most patterns without running them: a pattern tried at every word
 * start costs far more than a few substring searches. The analysis is conservative: whatever it does not
 * understand yields no literals, which means "always run the pattern", never a missed match.
 *
 * <p>It understands the subset of {@link java.util.regex.Pattern} syntax the phrase book uses: groups
 * (capturing, named, non-capturing), alternation, greedy, lazy and possessive quantifiers, character
 * classes, escapes and lookarounds (which constrain but never consume, so they require nothing). It does not
 * understand an escape that names a character by its code, quotes a run or refers back by name (backslash and
 * u, x, 0, c, N, Q or k), nor a pattern compiled with flags: those have no literals.
 */
public final class Literals extends RegexWalk {

    /** Words so frequent in speech that requiring one of them filters almost nothing. */
    private static final Set<String> COMMON = Set.of(
            "the", "you", "your", "our", "can", "could", "that", "this", "what", "will", "would", "have", "has", "not",
            "for", "and", "but", "with", "how", "why", "are", "was", "don", "does", "did", "get", "just", "let", "need",
            "like", "here", "there", "going", "i'll", "we'll", "i'd", "make", "know", "think", "see", "about", "any",
            "all", "now", "one", "right", "time", "want", "well", "they", "then", "when", "were", "been", "some",
            "sure", "really", "okay", "yes");

    private Literals(String regex) {
        super(regex);
    }

    /**
     * Returns literals one of which every match of a compiled pattern contains, or an empty list when unknown: a
     * text that contains none of them cannot match, so the pattern need not run on it.
     */
    public static List<String> required(Pattern pattern) {
        return pattern.flags() == 0 ? required(pattern.pattern()) : List.of();
    }

    /** Returns literals one of which every match of the regex contains, or an empty list when unknown. */
    static List<String> required(String regex) {
        try {
            Literals parser = new Literals(regex);
            Set<String> found = parser.alternation();
            if (parser.pos != regex.length() || found == null || found.contains("")) {
                return List.of();
            }
            return List.copyOf(found);
        } catch (IndexOutOfBoundsException | IllegalStateException | NumberFormatException e) {
            // Not understood: no literals, so the pattern always runs.
            return List.of();
        }
    }

    /** Parses {@code seq ('|' seq)*}; the union of the branches' requirements, or null if any has none. */
    private Set<String> alternation() {
        Set<String> union = new LinkedHashSet<>();
        boolean known = true;
        while (true) {
            Set<String> branch = sequence();
            if (branch == null) {
                known = false;
            } else {
                union.addAll(branch);
            }
            if (pos < regex.length() && regex.charAt(pos) == '|') {
                pos++;
            } else {
                return known ? union : null;
            }
        }
    }

    /** Parses a sequence up to {@code |} or {@code )}; the best requirement of any of its parts, or null. */
    private Set<String> sequence() {
        List<Set<String>> candidates = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        while (pos < regex.length()) {
            char c = regex.charAt(pos);
            if (c == '|' || c == ')') {
                break;
            }
            Set<String> atom;
            Character literal = null;
            if (c == '(') {
                atom = group();
            } else if (c == '[') {
                skipClass();
                atom = null;
            } else if (c == '\\') {
                literal = escape();
                atom = null;
            } else if (c == '.' || c == '^' || c == '$') {
                pos++;
                atom = null;
            } else {
                pos++;
                literal = c;
                atom = null;
            }
            int min = quantifier();
            if (literal != null && min >= 1) {
                run.append(literal.charValue());
                if (min != 1 || consumedRepeat) {
                    flush(run, candidates);
                }
            } else {
                flush(run, candidates);
                if (atom != null && min >= 1) {
                    candidates.add(atom);
                }
            }
        }
        flush(run, candidates);
        return candidates.stream().min(Comparator.comparingInt(Literals::cost)).orElse(null);
    }

    /** Parses a group; lookarounds require nothing of the text they do not consume. */
    private Set<String> group() {
        boolean lookaround = openGroup();
        Set<String> inner = alternation();
        closeGroup();
        return lookaround ? null : inner;
    }

    private void skipClass() {
        pos++; // [
        if (regex.charAt(pos) == '^') {
            pos++;
        }
        if (regex.charAt(pos) == ']') {
            pos++;
        }
        while (regex.charAt(pos) != ']') {
            if (regex.charAt(pos) == '[') {
                // A nested class or an intersection ("[a-z&&[^x]]"): its end is not the first ']'.
                throw new IllegalStateException("nested class at " + pos);
            }
            pos += regex.charAt(pos) == '\\' ? 2 : 1;
        }
        pos++;
    }

    /** Parses an escape: a literal character for escaped punctuation, null for a class or an anchor. */
    private Character escape() {
        char e = regex.charAt(pos + 1);
        pos += 2;
        if ("uxc0kQN".indexOf(e) >= 0) {
            throw new IllegalStateException("unsupported escape at " + pos);
        }
        if (Character.isLetterOrDigit(e)) {
            if (e == 'p' || e == 'P') {
                pos = regex.indexOf('}', pos) + 1;
            }
            return null;
        }
        return e;
    }

    private static void flush(StringBuilder run, List<Set<String>> candidates) {
        if (!run.isEmpty()) {
            candidates.add(Set.of(run.toString()));
            run.setLength(0);
        }
    }

    /**
     * Estimates how often a set of literals would let a pattern through for nothing: common words and very
     * short strings occur in almost every utterance, so "website|email|faq" filters better than "the".
     */
    private static int cost(Set<String> literals) {
        int cost = 0;
        for (String literal : literals) {
            if (COMMON.contains(literal) || literal.length() <= 2) {
                cost += 50;
            } else {
                cost += literal.length() == 3 ? 4 : 1;
            }
        }
        return cost;
    }
}
