package dev.spar.semantic;

import dev.spar.analysis.Meaning;
import dev.spar.analysis.MeaningMatch;
import dev.spar.analysis.RuleAnalyzer;
import dev.spar.analysis.Sentences;
import dev.spar.eval.CritiqueItem;
import dev.spar.eval.CritiqueLines;
import dev.spar.eval.CritiqueReport;
import dev.spar.eval.EvalSets;
import dev.spar.eval.LabelScore;
import dev.spar.eval.Split;
import dev.spar.semantic.LineClassifierTests.Example;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How the line classifier does on lines from writers it never learnt from: leave one blind round out. Each blind
 * round of the critique's development lines ({@code lines-dev-blind5.yaml} to {@code blind9}) was written by
 * writers who saw no other line; the classifier is trained on every other coached line and every bank, then
 * scores that round, alone (at {@link Meaning#FLAGGED}) and, when asked, inside the whole critique (rules first,
 * as {@code spar eval critique} runs it). Five folds over the coached lines put some of each writer's lines in
 * training; here a whole round is unseen, as the next round will be.
 *
 * <p>Run by {@code LineClassifierTests} with {@code -Dspar.meaning.rounds=true}; add
 * {@code -Dspar.meaning.rounds.critique=true} for the whole critique (or {@code =0.95}: with each sentence of a line
 * read as well, from that probability), about three minutes a round on a loaded machine, and
 * {@code -Dspar.meaning.rounds.only=NAME} for one way of training. It prints figures; it asserts nothing.
 */
final class LeaveOneRoundOut {
    /** The five latest blind rounds, each by writers new to the project. */
    static final List<String> ROUNDS = List.of("blind5", "blind6", "blind7", "blind8", "blind9");

    private static final Path SENTENCE_VECTORS = Path.of("target", "sentence-vectors.bin");

    /** A sentence threshold that no probability reaches: each line is read whole only, as the product does. */
    static final double WHOLE_LINES_ONLY = 2;

    private final List<Example> examples;
    private final Map<String, float[]> vectors = new HashMap<>();

    LeaveOneRoundOut(List<Example> examples) {
        this.examples = List.copyOf(examples);
        examples.forEach(e -> vectors.put(SentenceMeaning.normalized(e.text()), e.vector()));
    }

    /** Returns a line's sentences, normalised, as the rules split them. */
    static List<String> sentences(String line) {
        return Sentences.split(line, line.length()).stream()
                .map(s -> SentenceMeaning.normalized(s.of(line)))
                .filter(s -> !s.isEmpty())
                .toList();
    }

    /** Returns the vector of a normalised text: the shipped one, one encoded earlier, or one encoded now. */
    float[] vector(String text) {
        return vectors.computeIfAbsent(text, t -> Models.encoder().encode(t));
    }

    /** Encodes every sentence of every example once, keeping them in {@code target/} for the next run. */
    void encodeSentences() {
        if (Files.exists(SENTENCE_VECTORS)) {
            try (InputStream in = Files.newInputStream(SENTENCE_VECTORS)) {
                Vectors.read(in, MiniLm.ID).forEach(vectors::putIfAbsent);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Map<String, float[]> sentences = new LinkedHashMap<>();
        for (Example e : examples) {
            for (String s : sentences(e.text())) {
                sentences.put(s, vector(s));
            }
        }
        try (OutputStream out = Files.newOutputStream(SENTENCE_VECTORS)) {
            Vectors.write(out, MiniLm.ID, sentences);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One round's items and the texts of its lines as the coached lines have them. */
    record Round(String name, List<CritiqueItem> items, Set<String> texts) {
        static Round of(String name) {
            List<CritiqueItem> items = EvalSets.critiqueLines(name);
            Set<String> texts = items.stream()
                    .map(i -> i.line().replaceAll("\\s+", " ").strip())
                    .collect(Collectors.toSet());
            return new Round(name, items, texts);
        }
    }

    /** Line thresholds and sentence thresholds the printout crosses (a sentence threshold above 1: whole lines). */
    private static final double[] LINE_THRESHOLDS = {0.7, 0.8, 0.85, 0.9, 0.95};

    private static final double[] SENTENCE_THRESHOLDS = {WHOLE_LINES_ONLY, 0.85, 0.9, 0.95, 0.97, 0.99};

    /** One held-out line's categories as labelled, and the probabilities of the whole line and of each sentence. */
    private record Scored(Set<String> expected, double[] line, List<double[]> sentences) {
        List<String> flagged(List<String> categories, double lineThreshold, double sentenceThreshold) {
            List<String> out = new ArrayList<>();
            for (int c = 0; c < line.length; c++) {
                boolean read = line[c] >= lineThreshold;
                for (double[] p : sentences) {
                    read |= p[c] >= Math.max(lineThreshold, sentenceThreshold);
                }
                if (read) {
                    out.add(categories.get(c));
                }
            }
            return out;
        }
    }

    /**
     * Prints the classifier's precision and recall on each round when trained without it, on average over the
     * rounds and pooled, for the line thresholds and sentence thresholds crossed; then the categories it missed most
     * at {@link Meaning#FLAGGED}; then, when asked, the whole critique's figures with the classifier read at the
     * sentence threshold given.
     *
     * @param name what is measured, for the printout
     * @param trainer trains a classifier on the examples given
     * @param critiqueSentenceThreshold the sentence threshold the whole critique is scored with; none: not scored
     */
    void print(
            String name,
            Function<List<Example>, LineClassifier> trainer,
            java.util.OptionalDouble critiqueSentenceThreshold) {
        List<Round> rounds = ROUNDS.stream().map(Round::of).toList();
        int t = LINE_THRESHOLDS.length;
        int u = SENTENCE_THRESHOLDS.length;
        Counts[][] pooled = new Counts[t][u];
        double[][][] sums = new double[t][u][2];
        for (int i = 0; i < t; i++) {
            for (int j = 0; j < u; j++) {
                pooled[i][j] = new Counts();
            }
        }
        Counts whole = new Counts();
        double[] wholeSums = new double[2];
        StringBuilder out = new StringBuilder();
        out.append("leave one round out: ").append(name).append('\n');
        for (Round round : rounds) {
            List<Example> training = examples.stream()
                    .filter(e -> !round.texts().contains(e.text()))
                    .toList();
            LineClassifier model = trainer.apply(training);
            List<Scored> scored = new ArrayList<>();
            for (Example e : examples) {
                if (round.texts().contains(e.text())) {
                    List<String> sentences = sentences(e.text());
                    scored.add(new Scored(
                            e.categories(),
                            model.probabilities(
                                    vector(SentenceMeaning.normalized(e.text())), SentenceMeaning.normalized(e.text())),
                            sentences.size() < 2
                                    ? List.of()
                                    : sentences.stream()
                                            .map(s -> model.probabilities(vector(s), s))
                                            .toList()));
                }
            }
            for (int i = 0; i < t; i++) {
                for (int j = 0; j < u; j++) {
                    Counts c = new Counts();
                    for (Scored line : scored) {
                        c.add(
                                line.expected(),
                                line.flagged(model.categories(), LINE_THRESHOLDS[i], SENTENCE_THRESHOLDS[j]),
                                model.categories());
                    }
                    pooled[i][j].add(c);
                    sums[i][j][0] += c.precision();
                    sums[i][j][1] += c.recall();
                    if (LINE_THRESHOLDS[i] == Meaning.FLAGGED && j == 0) {
                        out.append(String.format(
                                Locale.ROOT,
                                "  %s alone, whole lines at %.2f: %s%n",
                                round.name(),
                                Meaning.FLAGGED,
                                c));
                    }
                }
            }
            if (critiqueSentenceThreshold.isPresent()) {
                Counts c = critique(round, model, critiqueSentenceThreshold.getAsDouble());
                whole.add(c);
                wholeSums[0] += c.precision();
                wholeSums[1] += c.recall();
                out.append(String.format(Locale.ROOT, "  %s whole critique: %s%n", round.name(), c));
            }
        }
        int n = rounds.size();
        out.append("the classifier alone, mean of the rounds' P / R (pooled right, wrong, missed):\n");
        out.append("line \\ sentence");
        for (double s : SENTENCE_THRESHOLDS) {
            out.append(String.format(Locale.ROOT, " | %-26s", s > 1 ? "whole lines only" : "from " + s));
        }
        out.append('\n');
        for (int i = 0; i < t; i++) {
            out.append(String.format(Locale.ROOT, "%15.2f", LINE_THRESHOLDS[i]));
            for (int j = 0; j < u; j++) {
                Counts c = pooled[i][j];
                out.append(String.format(
                        Locale.ROOT,
                        " | %.3f / %.3f (%d,%d,%d)",
                        sums[i][j][0] / n,
                        sums[i][j][1] / n,
                        c.tp,
                        c.fp,
                        c.fn));
            }
            out.append('\n');
        }
        for (int i = 0; i < t; i++) {
            if (LINE_THRESHOLDS[i] == Meaning.FLAGGED) {
                out.append("missed at ")
                        .append(Meaning.FLAGGED)
                        .append(", whole lines: ")
                        .append(pooled[i][0].missedByCategory())
                        .append('\n');
            }
        }
        if (critiqueSentenceThreshold.isPresent()) {
            out.append(String.format(
                    Locale.ROOT,
                    "whole critique, sentences from %s: mean %.3f / %.3f, pooled %s%nmissed: %s%n",
                    critiqueSentenceThreshold.getAsDouble() > 1 ? "-" : critiqueSentenceThreshold.getAsDouble(),
                    wholeSums[0] / n,
                    wholeSums[1] / n,
                    whole,
                    whole.missedByCategory()));
        }
        System.out.print(out);
    }

    private Counts critique(Round round, LineClassifier model, double sentenceThreshold) {
        Meaning meaning = new Retrained(Models.standard(), model, sentenceThreshold, this::vector);
        CritiqueReport report = CritiqueLines.run(
                Split.DEV, round.items(), CritiqueLines.practice(EvalSets.scenarios(), new RuleAnalyzer(meaning)));
        Counts counts = new Counts();
        for (LabelScore s : report.categories()) {
            counts.tp += s.truePositives();
            counts.fp += s.falsePositives();
            counts.fn += s.falseNegatives();
            if (s.falseNegatives() > 0) {
                counts.missed.merge(s.label(), s.falseNegatives(), Integer::sum);
            }
        }
        return counts;
    }

    /**
     * The shipped reading, with its whole-line classifier replaced by one trained without the round; a sentence of a
     * line of several that reads a category at least at the sentence threshold raises the line's probability to its
     * own.
     */
    private record Retrained(
            SentenceMeaning standard, LineClassifier model, double sentenceThreshold, Function<String, float[]> vectors)
            implements Meaning {
        @Override
        public List<MeaningMatch> match(String sentence) {
            return standard.match(sentence);
        }

        @Override
        public double[] closeness(String sentence, List<String> phrases) {
            return standard.closeness(sentence, phrases);
        }

        @Override
        public List<MeaningMatch> likeCoachedLines(String line) {
            String key = SentenceMeaning.normalized(line);
            if (key.isEmpty()) {
                return List.of();
            }
            double[] p = model.probabilities(vectors.apply(key), key);
            List<String> sentences = sentences(line);
            if (sentences.size() > 1) {
                for (String s : sentences) {
                    double[] q = model.probabilities(vectors.apply(s), s);
                    for (int c = 0; c < p.length; c++) {
                        p[c] = q[c] >= sentenceThreshold ? Math.max(p[c], q[c]) : p[c];
                    }
                }
            }
            List<MeaningMatch> out = new ArrayList<>();
            for (int c = 0; c < p.length; c++) {
                if (p[c] >= model.threshold()) {
                    out.add(new MeaningMatch(model.categories().get(c), p[c], ""));
                }
            }
            return out;
        }
    }

    /** Right, wrong and missed categories, summed over lines. */
    private static final class Counts {
        int tp;
        int fp;
        int fn;
        final Map<String, Integer> missed = new TreeMap<>();

        void add(Set<String> expected, List<String> flagged, List<String> known) {
            for (String category : known) {
                boolean e = expected.contains(category);
                boolean f = flagged.contains(category);
                tp += e && f ? 1 : 0;
                fp += !e && f ? 1 : 0;
                if (e && !f) {
                    fn++;
                    missed.merge(category, 1, Integer::sum);
                }
            }
        }

        void add(Counts other) {
            tp += other.tp;
            fp += other.fp;
            fn += other.fn;
            other.missed.forEach((k, v) -> missed.merge(k, v, Integer::sum));
        }

        double precision() {
            return tp / (double) Math.max(1, tp + fp);
        }

        double recall() {
            return tp / (double) Math.max(1, tp + fn);
        }

        String missedByCategory() {
            return missed.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                    .map(e -> e.getKey() + " " + e.getValue())
                    .collect(Collectors.joining(", "));
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%.3f / %.3f (%d, %d, %d)", precision(), recall(), tp, fp, fn);
        }
    }
}
