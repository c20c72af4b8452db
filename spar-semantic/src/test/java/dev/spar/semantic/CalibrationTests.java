package dev.spar.semantic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spar.semantic.Calibration.Labelled;
import dev.spar.semantic.Calibration.Score;
import dev.spar.semantic.Calibration.Scored;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The shipped thresholds are the ones calibration chooses on the development lines; prints precision and
 * recall per family on both splits. Run with {@code -Dspar.meaning.calibrate=true} to write them.
 */
class CalibrationTests {
    @Test
    void shippedThresholdsAreTheOnesChosenOnTheDevelopmentLines() throws IOException {
        SentenceMeaning meaning = Models.standard();
        List<Scored> dev = Calibration.score(meaning, Calibration.read("calibration/dev.tsv"));
        List<Scored> test = Calibration.score(meaning, Calibration.read("calibration/test.tsv"));

        List<Threshold> chosen = new ArrayList<>();
        for (String family : meaning.families()) {
            chosen.add(Calibration.choose(family, dev));
        }
        System.out.println(table(chosen, dev, test));
        if (Boolean.getBoolean("spar.meaning.calibrate")) {
            byte[] content = file(chosen).getBytes(StandardCharsets.UTF_8);
            DataFiles.write(MeaningData.THRESHOLDS, out -> out.write(content));
        }

        assertThat(file(MeaningData.standard().thresholds()))
                .as("thresholds.tsv is stale: recalibrate with -Dspar.meaning.calibrate=true (README)")
                .isEqualTo(file(chosen));
    }

    @Test
    void calibrationLinesAreNotExampleLines() {
        MeaningData data = MeaningData.standard();
        Set<String> examples = java.util.stream.Stream.concat(
                        data.banks().values().stream(), data.teachingBanks().values().stream())
                .flatMap(List::stream)
                .map(SentenceMeaning::normalized)
                .collect(Collectors.toSet());
        List<String> calibration = new ArrayList<>();
        for (String split : List.of("dev", "test")) {
            Calibration.read("calibration/" + split + ".tsv").stream()
                    .map(Labelled::line)
                    .map(SentenceMeaning::normalized)
                    .forEach(calibration::add);
        }

        assertThat(calibration).doesNotContainAnyElementsOf(examples);
    }

    private static String file(List<Threshold> thresholds) {
        StringBuilder out = new StringBuilder(
                "# family\tsimilarity\tmargin over neutral (chosen on calibration/dev.tsv; see the README)\n");
        for (Threshold t : thresholds) {
            out.append(t.family())
                    .append('\t')
                    .append(t.isOff() ? "off" : "%.2f".formatted(t.similarity()))
                    .append('\t')
                    .append(t.isOff() ? "off" : "%.2f".formatted(t.margin()))
                    .append('\n');
        }
        return out.toString();
    }

    private static String table(List<Threshold> thresholds, List<Scored> dev, List<Scored> test) {
        StringBuilder out = new StringBuilder(
                "| family | similarity | margin | dev precision | dev recall | test precision | test recall |\n"
                        + "|---|---|---|---|---|---|---|\n");
        int[] totals = new int[6];
        for (Threshold t : thresholds) {
            Score d = Calibration.score(t, dev);
            Score s = Calibration.score(t, test);
            out.append("| %s | %s | %s | %s | %s | %s | %s |\n"
                    .formatted(
                            t.family(),
                            t.isOff() ? "off" : "%.2f".formatted(t.similarity()),
                            t.isOff() ? "" : "%.2f".formatted(t.margin()),
                            ratio(d.truePositives(), d.truePositives() + d.falsePositives()),
                            ratio(d.truePositives(), d.positives()),
                            ratio(s.truePositives(), s.truePositives() + s.falsePositives()),
                            ratio(s.truePositives(), s.positives())));
            totals[0] += d.truePositives();
            totals[1] += d.falsePositives();
            totals[2] += d.positives();
            totals[3] += s.truePositives();
            totals[4] += s.falsePositives();
            totals[5] += s.positives();
        }
        out.append("| all families | | | %s | %s | %s | %s |\n"
                .formatted(
                        ratio(totals[0], totals[0] + totals[1]),
                        ratio(totals[0], totals[2]),
                        ratio(totals[3], totals[3] + totals[4]),
                        ratio(totals[3], totals[5])));
        return out.toString();
    }

    private static String ratio(int part, int whole) {
        return whole == 0 ? "-" : String.format(Locale.ROOT, "%.2f (%d/%d)", (double) part / whole, part, whole);
    }
}
