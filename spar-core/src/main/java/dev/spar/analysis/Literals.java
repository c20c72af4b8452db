package dev.spar.analysis;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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
 *
 * <p>{@link #need} keeps more of what it reads: every literal a sequence requires (not only the rarest) and, for an
 * alternation, each branch's own requirement, so "i'm sure the manager will approve" needs "i" and "sure" and
 * "manager" and "approve" rather than "i" alone. It is as conservative: a part it does not understand requires
 * nothing.
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
        Part part = parse(regex);
        if (part == null || part.best() == null || part.best().contains("")) {
            return List.of();
        }
        return List.copyOf(part.best());
    }

    /**
     * Returns what every match of a compiled pattern requires of the text it is found in: a text that does not meet
     * it cannot match, so the pattern need not run on it. {@link Need#NOTHING} when unknown.
     */
    public static Need need(Pattern pattern) {
        return pattern.flags() == 0 ? need(pattern.pattern()) : Need.NOTHING;
    }

    /** Returns what every match of the regex requires of the text it is found in; {@link Need#NOTHING} when unknown. */
    static Need need(String regex) {
        Part part = parse(regex);
        if (part == null || part.all() == null) {
            return Need.NOTHING;
        }
        if (part.best() == null || part.best().contains("") || part.all() instanceof Word) {
            return part.all();
        }
        // The rarest literals first: most texts fail there, in a few searches, before the branches are walked.
        List<Need> rarest = part.best().stream().<Need>map(Word::new).toList();
        return new All(List.of(rarest.size() == 1 ? rarest.getFirst() : new AnyOf(rarest), part.all()));
    }

    private static Part parse(String regex) {
        try {
            Literals parser = new Literals(regex);
            Part found = parser.alternation();
            return parser.pos == regex.length() ? found : null;
        } catch (IndexOutOfBoundsException | IllegalStateException | NumberFormatException e) {
            // Not understood: no literals, so the pattern always runs.
            return null;
        }
    }

    /** The requirements of the patterns tried through {@link #mayFind}, found once; past the bound a pattern just runs. */
    private static final Map<Pattern, Need> KNOWN = new ConcurrentHashMap<>();

    private static final int MAX_KNOWN_PATTERNS = 4_096;

    /**
     * Returns whether a pattern could find a match in a text, judged by the literals every match contains: a few
     * substring searches instead of the pattern tried at every position. False means it cannot; true means run it.
     * Meant for patterns held in constants, whose requirements are found once.
     */
    public static boolean mayFind(Pattern pattern, String text) {
        Need need = KNOWN.get(pattern);
        if (need == null) {
            if (KNOWN.size() >= MAX_KNOWN_PATTERNS) {
                return true;
            }
            need = need(pattern);
            KNOWN.putIfAbsent(pattern, need);
        }
        return need.metBy(text);
    }

    /**
     * What a text must contain for a pattern to match in it: a literal, all of several requirements (a sequence's
     * parts) or any of several (an alternation's branches). Checking it is a few substring searches, far cheaper than
     * running the pattern at every word start; with an {@link Index} it is a few bit tests.
     */
    public sealed interface Need {
        /** Requires nothing: the pattern always runs. */
        Need NOTHING = new All(List.of());

        /** Returns whether the text between two offsets meets the requirement. */
        boolean metBy(String text, int from, int to);

        /** Returns whether a text whose literals an {@link Index} found meets this requirement, bound to that index. */
        boolean metBy(BitSet present);

        /** Returns whether the whole text meets the requirement. */
        default boolean metBy(String text) {
            return metBy(text, 0, text.length());
        }
    }

    /** A literal the text contains; {@code id} is its number in the {@link Index} it is bound to, or -1. */
    record Word(String literal, int id) implements Need {
        Word(String literal) {
            this(literal, -1);
        }

        @Override
        public boolean metBy(String text, int from, int to) {
            return text.indexOf(literal, from, to) >= 0;
        }

        @Override
        public boolean metBy(BitSet present) {
            return present.get(id);
        }
    }

    /** Every one of the parts; the rarest words are looked for first, since they fail most often. */
    record All(List<Need> parts) implements Need {
        All {
            parts = parts.stream()
                    .sorted(Comparator.comparingInt(All::likelihood))
                    .toList();
        }

        private static int likelihood(Need need) {
            return need instanceof Word w ? cost(Set.of(w.literal())) : 100;
        }

        @Override
        public boolean metBy(String text, int from, int to) {
            for (Need part : parts) {
                if (!part.metBy(text, from, to)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public boolean metBy(BitSet present) {
            for (Need part : parts) {
                if (!part.metBy(present)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** At least one of the branches. */
    record AnyOf(List<Need> branches) implements Need {
        @Override
        public boolean metBy(String text, int from, int to) {
            for (Need branch : branches) {
                if (branch.metBy(text, from, to)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public boolean metBy(BitSet present) {
            for (Need branch : branches) {
                if (branch.metBy(present)) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * Finds, in one pass over a text, which of the literals of many requirements it contains (an Aho-Corasick
     * automaton), so a set of patterns is judged by bit tests rather than by a substring search per literal and
     * pattern. The requirements to test against its answer are the ones {@link #bind} returns.
     */
    public static final class Index {
        private final Map<String, Integer> ids = new LinkedHashMap<>();
        private final char[] charClass = new char[Character.MAX_VALUE + 1];
        private final int classes;
        private final int[] next;
        private final int[][] found;

        /** Builds the index of every literal these requirements name. */
        public Index(List<Need> needs) {
            for (Need need : needs) {
                collect(need);
            }
            int classCount = 1; // class 0: a character no literal holds, which no literal can span
            for (String literal : ids.keySet()) {
                for (char c : literal.toCharArray()) {
                    if (charClass[c] == 0) {
                        charClass[c] = (char) classCount++;
                    }
                }
            }
            classes = classCount;
            List<int[]> trie = new ArrayList<>();
            List<List<Integer>> ends = new ArrayList<>();
            trie.add(new int[classes]);
            ends.add(new ArrayList<>());
            for (Map.Entry<String, Integer> literal : ids.entrySet()) {
                int node = 0;
                for (char c : literal.getKey().toCharArray()) {
                    int k = charClass[c];
                    if (trie.get(node)[k] == 0) {
                        trie.get(node)[k] = trie.size();
                        trie.add(new int[classes]);
                        ends.add(new ArrayList<>());
                    }
                    node = trie.get(node)[k];
                }
                ends.get(node).add(literal.getValue());
            }
            int nodes = trie.size();
            next = new int[nodes * classes];
            found = new int[nodes][];
            int[] fail = new int[nodes];
            ArrayDeque<Integer> queue = new ArrayDeque<>();
            found[0] = new int[0];
            for (int k = 1; k < classes; k++) {
                int child = trie.get(0)[k];
                next[k] = child;
                if (child != 0) {
                    queue.add(child);
                }
            }
            // Breadth first: a node's failure state (its longest proper suffix in the trie) is done before it.
            List<Integer> order = new ArrayList<>();
            while (!queue.isEmpty()) {
                int node = queue.poll();
                order.add(node);
                for (int k = 1; k < classes; k++) {
                    int child = trie.get(node)[k];
                    if (child != 0) {
                        fail[child] = next[fail[node] * classes + k];
                        next[node * classes + k] = child;
                        queue.add(child);
                    } else {
                        next[node * classes + k] = next[fail[node] * classes + k];
                    }
                }
            }
            for (int node : order) {
                List<Integer> all = new ArrayList<>(ends.get(node));
                for (int id : found[fail[node]]) {
                    all.add(id);
                }
                found[node] = all.stream().mapToInt(Integer::intValue).toArray();
            }
        }

        private void collect(Need need) {
            switch (need) {
                case Word w -> ids.putIfAbsent(w.literal(), ids.size());
                case All all -> all.parts().forEach(this::collect);
                case AnyOf any -> any.branches().forEach(this::collect);
            }
        }

        /** Returns the requirement with its literals numbered for this index (they must be among its literals). */
        public Need bind(Need need) {
            return switch (need) {
                case Word w -> new Word(w.literal(), ids.get(w.literal()));
                case All all -> new All(all.parts().stream().map(this::bind).toList());
                case AnyOf any ->
                    new AnyOf(any.branches().stream().map(this::bind).toList());
            };
        }

        /** Returns the literals the text holds between two offsets, by their numbers. */
        public BitSet presentIn(String text, int from, int to) {
            BitSet present = new BitSet(ids.size());
            int state = 0;
            for (int i = from; i < to; i++) {
                int k = charClass[text.charAt(i)];
                state = k == 0 ? 0 : next[state * classes + k];
                for (int id : found[state]) {
                    present.set(id);
                }
            }
            return present;
        }
    }

    /**
     * What a part of the regex requires: the best single set of literals one of which every match contains (the
     * flat answer of {@link #required}), and every requirement it has; either is null when nothing is known.
     */
    private record Part(Set<String> best, Need all) {
        static final Part UNKNOWN = new Part(null, null);
    }

    /** Parses {@code seq ('|' seq)*}; the union of the branches' requirements, or null if any has none. */
    private Part alternation() {
        Set<String> union = new LinkedHashSet<>();
        boolean known = true;
        List<Need> branches = new ArrayList<>();
        boolean allKnown = true;
        while (true) {
            Part branch = sequence();
            if (branch.best() == null) {
                known = false;
            } else {
                union.addAll(branch.best());
            }
            if (branch.all() == null) {
                allKnown = false;
            } else if (branch.all() instanceof AnyOf any) {
                branches.addAll(any.branches());
            } else {
                branches.add(branch.all());
            }
            if (pos < regex.length() && regex.charAt(pos) == '|') {
                pos++;
            } else {
                Need all = !allKnown ? null : branches.size() == 1 ? branches.getFirst() : new AnyOf(branches);
                return new Part(known ? union : null, all);
            }
        }
    }

    /** Parses a sequence up to {@code |} or {@code )}; the best requirement of any of its parts, and all of them. */
    private Part sequence() {
        List<Set<String>> candidates = new ArrayList<>();
        List<Need> all = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        while (pos < regex.length()) {
            char c = regex.charAt(pos);
            if (c == '|' || c == ')') {
                break;
            }
            Part atom;
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
                    flush(run, candidates, all);
                }
            } else {
                flush(run, candidates, all);
                if (atom != null && min >= 1) {
                    if (atom.best() != null) {
                        candidates.add(atom.best());
                    }
                    if (atom.all() instanceof All inner) {
                        all.addAll(inner.parts());
                    } else if (atom.all() != null) {
                        all.add(atom.all());
                    }
                }
            }
        }
        flush(run, candidates, all);
        return new Part(
                candidates.stream().min(Comparator.comparingInt(Literals::cost)).orElse(null),
                all.isEmpty() ? null : all.size() == 1 ? all.getFirst() : new All(all));
    }

    /** Parses a group; lookarounds require nothing of the text they do not consume. */
    private Part group() {
        boolean lookaround = openGroup();
        Part inner = alternation();
        closeGroup();
        return lookaround ? Part.UNKNOWN : inner;
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

    private static void flush(StringBuilder run, List<Set<String>> candidates, List<Need> all) {
        if (!run.isEmpty()) {
            candidates.add(Set.of(run.toString()));
            all.add(new Word(run.toString()));
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
