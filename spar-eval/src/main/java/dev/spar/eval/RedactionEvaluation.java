package dev.spar.eval;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.spar.transcripts.redaction.PiiType;
import dev.spar.transcripts.redaction.Redactor;
import dev.spar.transcripts.redaction.Span;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Measures redaction on the project's own line sets ({@code redaction/lines-dev.yaml}, {@code lines-test.yaml}):
 * per type, the recall (an expected item counts as found when finds of its type cover every character of it, so
 * a card number half hidden is a miss) and the precision (a find counts as right when it overlaps an expected
 * item of its type).
 */
public final class RedactionEvaluation {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** The development files written after {@code lines-dev.yaml}, by what they were written to cover. */
    private static final List<String> LATER_DEV_FILES = List.of("real", "real2", "phones", "spoken", "spoken2");

    private RedactionEvaluation() {}

    /** One line of a set with the items expected in it, and the file it is from. */
    public record Line(String file, String text, List<Span> expected) {
        public Line {
            expected = List.copyOf(expected);
        }
    }

    /** What a recognizer found on one line, next to what was expected. */
    public record Outcome(Line line, List<Span> found) {
        public Outcome {
            found = List.copyOf(found);
        }
    }

    /** Counts for one type. */
    public record Tally(int expected, int covered, int found, int right) {
        /** Returns the share of expected items fully hidden; 1 when none were expected. */
        public double recall() {
            return expected == 0 ? 1 : (double) covered / expected;
        }

        /** Returns the share of finds that were right; 1 when nothing was found. */
        public double precision() {
            return found == 0 ? 1 : (double) right / found;
        }
    }

    /** The result of one run over a split. */
    public record Report(Split split, List<Outcome> outcomes) {
        public Report {
            outcomes = List.copyOf(outcomes);
        }

        /** Returns the counts per type that occurs in the set or in the finds, in the types' order. */
        public Map<PiiType, Tally> byType() {
            Map<PiiType, Tally> tallies = new EnumMap<>(PiiType.class);
            for (PiiType type : PiiType.values()) {
                int expected = 0, covered = 0, found = 0, right = 0;
                for (Outcome o : outcomes) {
                    for (Span e : o.line().expected()) {
                        if (e.type() == type) {
                            expected++;
                            covered += covered(e, o.found()) ? 1 : 0;
                        }
                    }
                    for (Span f : o.found()) {
                        if (f.type() == type) {
                            found++;
                            right += o.line().expected().stream().anyMatch(e -> e.type() == type && overlaps(e, f))
                                    ? 1
                                    : 0;
                        }
                    }
                }
                if (expected + found > 0) {
                    tallies.put(type, new Tally(expected, covered, found, right));
                }
            }
            return tallies;
        }

        /** Returns how many phone and card numbers said in words (no digit in them) were expected and hidden whole. */
        public int[] numbersInWords() {
            int expected = 0;
            int covered = 0;
            for (Outcome o : outcomes) {
                for (Span e : o.line().expected()) {
                    if ((e.type() == PiiType.PHONE || e.type() == PiiType.CARD)
                            && e.key().chars().noneMatch(Character::isDigit)) {
                        expected++;
                        covered += covered(e, o.found()) ? 1 : 0;
                    }
                }
            }
            return new int[] {expected, covered};
        }

        /** Returns the figures of the lines of one file of the split. */
        public Report ofFile(String file) {
            return new Report(
                    split,
                    outcomes.stream().filter(o -> o.line().file().equals(file)).toList());
        }

        /** Returns the files the lines came from, in order. */
        public List<String> files() {
            return outcomes.stream().map(o -> o.line().file()).distinct().toList();
        }

        /**
         * Returns the table per type for the split, one per file when it has several, then (with {@code details})
         * each miss and each wrong find.
         */
        public String toText(boolean details) {
            String title = files().size() == 1
                    ? files().getFirst() + ", " + split.id() + " split"
                    : "the " + split.id() + " split";
            StringBuilder out = new StringBuilder(table(title));
            if (files().size() > 1) {
                for (String file : files()) {
                    out.append('\n').append(ofFile(file).table(file));
                }
            }
            if (details) {
                out.append('\n').append(details());
            }
            return out.toString();
        }

        private String table(String title) {
            StringBuilder out = new StringBuilder();
            out.append(String.format(Locale.ROOT, "Redaction on %s (%d lines)%n", title, outcomes.size()));
            out.append(String.format(
                    Locale.ROOT, "%-10s %9s %7s %6s %10s%n", "type", "expected", "recall", "finds", "precision"));
            byType().forEach((type, t) -> out.append(String.format(
                    Locale.ROOT,
                    "%-10s %9d %7.3f %6d %10.3f%n",
                    type.id(),
                    t.expected(),
                    t.recall(),
                    t.found(),
                    t.precision())));
            int[] words = numbersInWords();
            out.append(String.format(
                    Locale.ROOT, "phone and card numbers said in words: %d of %d hidden%n", words[1], words[0]));
            return out.toString();
        }

        private String details() {
            StringBuilder out = new StringBuilder();
            for (Outcome o : outcomes) {
                String text = o.line().text();
                for (Span e : o.line().expected()) {
                    if (!covered(e, o.found())) {
                        out.append(mistake("missed", e, text));
                    }
                }
                for (Span f : o.found()) {
                    if (o.line().expected().stream().noneMatch(e -> e.type() == f.type() && overlaps(e, f))) {
                        out.append(mistake("wrong ", f, text));
                    }
                }
            }
            return out.toString();
        }

        private static String mistake(String what, Span s, String text) {
            return what + " " + s.type().id() + " '" + text.substring(s.start(), s.end()) + "' in: " + text + "\n";
        }

        /** Returns the figures as JSON: the split, and per type expected, recall, finds and precision. */
        public String toJson() {
            ObjectNode root = JSON.createObjectNode();
            root.put("set", "redaction");
            root.put("split", split.id());
            root.put("lines", outcomes.size());
            int[] words = numbersInWords();
            ObjectNode spoken = root.putObject("numbersInWords");
            spoken.put("expected", words[0]);
            spoken.put("hidden", words[1]);
            ObjectNode types = root.putObject("types");
            byType().forEach((type, t) -> {
                ObjectNode n = types.putObject(type.id());
                n.put("expected", t.expected());
                n.put("recall", Math.round(t.recall() * 1000) / 1000.0);
                n.put("finds", t.found());
                n.put("precision", Math.round(t.precision() * 1000) / 1000.0);
            });
            try {
                return JSON.writeValueAsString(root);
            } catch (JacksonException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /**
     * Prints the figures for a split ({@code dev}, {@code test} or {@code all}; default test), with each miss and
     * wrong find when {@code --details} is given. The same as {@code spar eval redaction}.
     */
    public static void main(String[] args) {
        Split split = Split.TEST;
        boolean details = false;
        for (String a : args) {
            if (a.equals("--details")) {
                details = true;
            } else {
                split = Split.byId(a).orElseThrow(() -> new IllegalArgumentException("dev, test or all: " + a));
            }
        }
        System.out.print(run(split).toText(details));
    }

    /** Runs Spar's redaction over a split. */
    public static Report run(Split split) {
        return run(split, lines(split));
    }

    /** Runs Spar's redaction over given lines of a split (one development file alone, say). */
    public static Report run(Split split, List<Line> lines) {
        Redactor redactor = new Redactor();
        return run(split, lines, redactor::find);
    }

    /** Runs any recognizer over a split (to compare another library on the same lines). */
    public static Report run(Split split, Function<String, List<Span>> recognizer) {
        return run(split, lines(split), recognizer);
    }

    private static Report run(Split split, List<Line> lines, Function<String, List<Span>> recognizer) {
        List<Outcome> outcomes = new ArrayList<>();
        for (Line line : lines) {
            outcomes.add(new Outcome(line, recognizer.apply(line.text())));
        }
        return new Report(split, outcomes);
    }

    /**
     * Returns the lines of a split, in file order ({@code all}: dev then test). The dev split has the first lines,
     * then {@code lines-dev-real.yaml} and {@code lines-dev-real2.yaml}, written later as people type phone numbers
     * and names, with as many near misses, {@code lines-dev-phones.yaml}, phone numbers as people type and say
     * them, {@code lines-dev-spoken.yaml} and {@code lines-dev-spoken2.yaml}, numbers said with the area or country code apart
     * from the rest.
     * The test split has five files: the lines written with the dev lines before tuning, then after each of four
     * rounds of tuning on new dev lines a file written before it was measured; only the last is measured once and
     * never looked at for tuning.
     */
    public static List<Line> lines(Split split) {
        List<Line> lines = new ArrayList<>();
        if (split != Split.TEST) {
            lines.addAll(read("redaction/lines-dev.yaml"));
            for (String name : LATER_DEV_FILES) {
                lines.addAll(read(devFile(name)));
            }
        }
        if (split != Split.DEV) {
            lines.addAll(read("redaction/lines-test.yaml"));
            lines.addAll(read("redaction/lines-test-unseen.yaml"));
            lines.addAll(read("redaction/lines-test-blind.yaml"));
            lines.addAll(read("redaction/lines-test-final.yaml"));
            lines.addAll(read("redaction/lines-test-names.yaml"));
        }
        return lines;
    }

    /**
     * Returns the lines of one development file written after the first ({@code real} for {@code
     * lines-dev-real.yaml}), to score it alone; an unknown name is an {@link IllegalArgumentException} listing the
     * names there are.
     */
    public static List<Line> devLines(String name) {
        if (!LATER_DEV_FILES.contains(name)) {
            throw new IllegalArgumentException(
                    "there is no redaction development file '" + name + "'; there are " + LATER_DEV_FILES);
        }
        return read(devFile(name));
    }

    private static String devFile(String name) {
        return "redaction/lines-dev-" + name + ".yaml";
    }

    private static List<Line> read(String resource) {
        JsonNode root;
        try (InputStream in = RedactionEvaluation.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            root = YAML.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            JsonNode item = root.get(i);
            String at = resource + " item " + (i + 1);
            String text = item.path("text").asText("");
            if (text.isEmpty()) {
                throw new IllegalStateException(at + ": no text");
            }
            List<Span> expected = new ArrayList<>();
            for (Iterator<String> names = item.fieldNames(); names.hasNext(); ) {
                String field = names.next();
                if (field.equals("text")) {
                    continue;
                }
                PiiType type = type(field, at);
                for (JsonNode value : item.get(field)) {
                    String piece = value.asText();
                    int from = text.indexOf(piece);
                    if (from < 0) {
                        throw new IllegalStateException(at + ": '" + piece + "' is not in the text");
                    }
                    while (from >= 0) {
                        expected.add(new Span(from, from + piece.length(), type, piece));
                        from = text.indexOf(piece, from + piece.length());
                    }
                }
            }
            lines.add(new Line(resource.substring(resource.lastIndexOf('/') + 1), text, expected));
        }
        return lines;
    }

    private static PiiType type(String field, String at) {
        for (PiiType t : PiiType.values()) {
            if (t.id().equals(field)) {
                return t;
            }
        }
        throw new IllegalStateException(at + ": unknown type '" + field + "'");
    }

    private static boolean covered(Span e, List<Span> found) {
        for (int i = e.start(); i < e.end(); i++) {
            int at = i;
            if (Character.isWhitespace(e.key().charAt(i - e.start()))) {
                continue;
            }
            if (found.stream().noneMatch(f -> f.type() == e.type() && f.start() <= at && at < f.end())) {
                return false;
            }
        }
        return true;
    }

    private static boolean overlaps(Span a, Span b) {
        return a.start() < b.end() && b.start() < a.end();
    }
}
