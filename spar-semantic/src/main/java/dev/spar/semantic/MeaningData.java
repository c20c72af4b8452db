package dev.spar.semantic;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The semantic reading's data on the classpath, under {@code meaning/}: one bank of examples per family
 * ({@code give-ground.txt}, one line each; {@code #} starts a comment), the contrast bank
 * {@code neutral.txt}, the calibrated {@code thresholds.tsv} (family, similarity, margin) and the banks'
 * precomputed {@code vectors.bin}.
 */
final class MeaningData {
    static final String FOLDER = "meaning/";
    static final String NEUTRAL = "neutral";
    static final String THRESHOLDS = "thresholds.tsv";
    static final String KEPT_OUT = "kept-out.tsv";
    static final String VECTORS = "vectors.bin";
    static final String COACHED = "coached-lines.tsv";
    static final String CLASSIFIER = "line-classifier.bin";
    static final String BANK_CATEGORIES = "bank-categories.tsv";

    private final ClassLoader loader;

    MeaningData(ClassLoader loader) {
        this.loader = loader;
    }

    static MeaningData standard() {
        return new MeaningData(MeaningData.class.getClassLoader());
    }

    /**
     * Returns the families the product keeps out of its reading although calibration set a threshold for them
     * ({@code kept-out.tsv}, each with the measurement that put it there).
     */
    Set<String> keptOut() {
        Set<String> out = new LinkedHashSet<>();
        for (String line : lines(KEPT_OUT)) {
            out.add(line.split("\t", 2)[0].strip());
        }
        return out;
    }

    /** Returns each family's threshold, in the file's order; the file also lists which banks there are. */
    List<Threshold> thresholds() {
        List<Threshold> thresholds = new ArrayList<>();
        for (String line : lines(THRESHOLDS)) {
            String[] cells = line.split("\t");
            if (cells.length != 3) {
                throw new IllegalStateException(THRESHOLDS + ": expected family, similarity, margin in " + line);
            }
            thresholds.add(
                    cells[1].equals("off")
                            ? Threshold.off(cells[0])
                            : new Threshold(cells[0], Double.parseDouble(cells[1]), Double.parseDouble(cells[2])));
        }
        return thresholds;
    }

    /** Returns every bank's lines by family, the neutral bank last. */
    Map<String, List<String>> banks() {
        Map<String, List<String>> banks = new LinkedHashMap<>();
        for (Threshold threshold : thresholds()) {
            banks.put(threshold.family(), bank(threshold.family()));
        }
        banks.put(NEUTRAL, bank(NEUTRAL));
        return banks;
    }

    /**
     * Returns the banks that only teach the line classifier, by name: those {@code bank-categories.tsv} names that
     * have no threshold, so that the reading by family never compares a sentence with them ({@code snap-back},
     * {@code talk-down} and their contrast, {@code edge-contrast}).
     */
    Map<String, List<String>> teachingBanks() {
        Set<String> families = new LinkedHashSet<>();
        thresholds().forEach(t -> families.add(t.family()));
        families.add(NEUTRAL);
        Map<String, List<String>> banks = new LinkedHashMap<>();
        for (String bank : bankCategories().keySet()) {
            if (!families.contains(bank)) {
                banks.put(bank, bank(bank));
            }
        }
        return banks;
    }

    /** Returns the example lines of one bank. */
    List<String> bank(String family) {
        return lines(family + ".txt");
    }

    /**
     * Returns the coached example lines ({@code coached-lines.tsv}: the categories a coach flags on the line,
     * comma-separated, or {@code -} for a good line; a tab; the line), or none when the file is absent.
     */
    List<CoachedLines.Line> coachedLines() {
        if (loader.getResource(FOLDER + COACHED) == null) {
            return List.of();
        }
        List<CoachedLines.Line> out = new ArrayList<>();
        for (String row : lines(COACHED)) {
            String[] cells = row.split("\t", 2);
            if (cells.length != 2 || cells[1].isBlank()) {
                throw new IllegalStateException(COACHED + ": expected categories, a tab and a line in " + row);
            }
            List<String> categories = cells[0].equals("-") ? List.of() : List.of(cells[0].split(","));
            out.add(new CoachedLines.Line(categories, cells[1].strip()));
        }
        return out;
    }

    /** Returns the trained line classifier, or nothing when none is shipped. */
    Optional<LineClassifier> lineClassifier() {
        try (InputStream in = loader.getResourceAsStream(FOLDER + CLASSIFIER)) {
            return in == null ? Optional.empty() : Optional.of(LineClassifier.read(in));
        } catch (IOException e) {
            throw new UncheckedIOException(FOLDER + CLASSIFIER + ": " + e.getMessage(), e);
        }
    }

    /**
     * Returns the problem category each bank's examples teach the line classifier ({@code bank-categories.tsv});
     * a bank not named there, or named with {@code -}, teaches lines with no problem.
     */
    Map<String, String> bankCategories() {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : lines(BANK_CATEGORIES)) {
            String[] cells = line.split("\t");
            if (cells.length != 2) {
                throw new IllegalStateException(BANK_CATEGORIES + ": expected a bank, a tab and a category in " + line);
            }
            out.put(cells[0].strip(), cells[1].strip());
        }
        return out;
    }

    /** Returns the shipped vectors by line, or nothing when there is no vectors file. */
    Optional<Map<String, float[]>> vectors(String model) {
        try (InputStream in = loader.getResourceAsStream(FOLDER + VECTORS)) {
            return in == null ? Optional.empty() : Optional.of(Vectors.read(in, model));
        } catch (IOException e) {
            throw new UncheckedIOException(FOLDER + VECTORS + ": " + e.getMessage(), e);
        }
    }

    private List<String> lines(String name) {
        try (InputStream in = loader.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + FOLDER + name);
            }
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, Boolean> seen = new LinkedHashMap<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String text = line.strip();
                if (!text.isEmpty() && !text.startsWith("#")) {
                    seen.putIfAbsent(text, true);
                }
            }
            return List.copyOf(seen.keySet());
        } catch (IOException e) {
            throw new UncheckedIOException(FOLDER + name + ": " + e.getMessage(), e);
        }
    }
}
