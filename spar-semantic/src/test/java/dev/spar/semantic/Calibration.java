package dev.spar.semantic;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Chooses each family's threshold on labelled development lines: the similarity and margin with the most
 * recall among those whose precision is at least {@link #TARGET_PRECISION}, the strictest of equals (it
 * held up better on lines it was not chosen on); a family that cannot reach the target is switched off
 * rather than allowed to flag good lines.
 */
final class Calibration {
    static final double TARGET_PRECISION = 0.9;
    /** Fewer true matches than this on development lines is too little to trust a precision. */
    private static final int LEAST_TRUE_MATCHES = 3;

    private Calibration() {}

    /** A labelled line: the families it belongs to, none for an ordinary line. */
    record Labelled(String line, Set<String> families) {}

    /** A labelled line with how close it is to every bank. */
    record Scored(Labelled labelled, SentenceMeaning.Reading reading) {
        boolean passes(Threshold threshold) {
            return threshold.passes(
                    reading.families().get(threshold.family()).similarity(),
                    reading.closestOtherThan(threshold.family()));
        }

        boolean is(String family) {
            return labelled.families().contains(family);
        }
    }

    /** Precision and recall of one family on a set of lines. */
    record Score(int truePositives, int falsePositives, int positives) {
        double precision() {
            int flagged = truePositives + falsePositives;
            return flagged == 0 ? Double.NaN : (double) truePositives / flagged;
        }

        double recall() {
            return positives == 0 ? Double.NaN : (double) truePositives / positives;
        }
    }

    static List<Labelled> read(String resource) {
        try (InputStream in = Calibration.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Labelled> lines = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                Set<String> families = Arrays.stream(cells[1].split(","))
                        .map(String::strip)
                        .filter(f -> !f.equals("none"))
                        .collect(Collectors.toUnmodifiableSet());
                lines.add(new Labelled(cells[0].strip(), families));
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Scored> score(SentenceMeaning meaning, List<Labelled> lines) {
        return lines.stream()
                .map(l -> new Scored(l, meaning.read(SentenceMeaning.normalized(l.line()))))
                .toList();
    }

    static Score score(Threshold threshold, List<Scored> lines) {
        int tp = 0;
        int fp = 0;
        int positives = 0;
        for (Scored line : lines) {
            boolean is = line.is(threshold.family());
            positives += is ? 1 : 0;
            if (line.passes(threshold)) {
                tp += is ? 1 : 0;
                fp += is ? 0 : 1;
            }
        }
        return new Score(tp, fp, positives);
    }

    /** Chooses a family's threshold on development lines. */
    static Threshold choose(String family, List<Scored> development) {
        Threshold best = Threshold.off(family);
        Score bestScore = null;
        for (int m = -10; m <= 20; m += 2) {
            for (int s = 30; s <= 95; s++) {
                Threshold candidate = new Threshold(family, s / 100.0, m / 100.0);
                Score score = score(candidate, development);
                if (score.truePositives() < LEAST_TRUE_MATCHES || score.precision() < TARGET_PRECISION) {
                    continue;
                }
                // Most recall; then most precision; then the highest margin and similarity among equals.
                if (bestScore == null
                        || score.truePositives() > bestScore.truePositives()
                        || (score.truePositives() == bestScore.truePositives()
                                && score.falsePositives() <= bestScore.falsePositives())) {
                    best = candidate;
                    bestScore = score;
                }
            }
        }
        return best;
    }
}
