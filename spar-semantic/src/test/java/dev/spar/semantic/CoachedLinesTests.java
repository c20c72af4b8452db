package dev.spar.semantic;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The coached example lines are the critique evaluation's development lines, as labelled, and never its test or
 * held-out lines. Run with
 * {@code -Dspar.meaning.refresh=true} to rewrite {@code coached-lines.tsv} after the development lines change
 * (then refresh the vectors, see the README).
 */
class CoachedLinesTests {
    private static final Path CRITIQUE = Path.of("../spar-eval/src/main/resources/critique");

    @Test
    void theExamplesAreTheCritiquesDevelopmentLinesAsLabelled() throws IOException {
        List<String> rows = developmentRows();
        if (Boolean.getBoolean("spar.meaning.refresh")) {
            DataFiles.write(MeaningData.COACHED, out -> out.write(file(rows).getBytes(StandardCharsets.UTF_8)));
        }
        List<String> shipped = MeaningData.standard().coachedLines().stream()
                .map(l -> (l.categories().isEmpty() ? "-" : String.join(",", l.categories())) + "\t" + l.text())
                .toList();

        assertThat(shipped)
                .as("coached-lines.tsv is out of date: rewrite it with -Dspar.meaning.refresh=true (README)")
                .containsExactlyElementsOf(rows.stream().distinct().toList());
    }

    @Test
    void noTestOrHeldOutLineIsAnExample() throws IOException {
        List<String> examples = MeaningData.standard().coachedLines().stream()
                .map(CoachedLines.Line::text)
                .toList();
        List<String> alsoExamples = new ArrayList<>();
        for (String split : List.of("lines-test.yaml", "lines-holdout.yaml")) {
            for (JsonNode item : items(CRITIQUE.resolve(split))) {
                if (examples.contains(item.get("line").asText().strip())) {
                    alsoExamples.add(item.get("id").asText());
                }
            }
        }

        // Writers who saw no other line wrote two good lines word for word as development lines have them ("I'm
        // asking for a raise to $84,000.", "...that's on us. I'd like to understand what they actually cost you."),
        // so the line classifier was trained on two held-out good lines; the held-out figures say so. Any other
        // overlap is a leak.
        assertThat(alsoExamples).containsOnly("ho-150", "ho-169");
    }

    @Test
    void aReadingIsExplainedByTheNearestExampleCarryingItsCategory() {
        CoachedLines lines = CoachedLines.of(
                List.of(
                        new CoachedLines.Line(List.of(), "one"),
                        new CoachedLines.Line(List.of("blame"), "two"),
                        new CoachedLines.Line(List.of("blame"), "three")),
                new float[] {1, 0, 0.8f, 0.2f, 0.1f, 0.9f},
                2);

        assertThat(lines.nearestWith(List.of("blame"), new float[] {1, 0}).get("blame"))
                .isEqualTo("two");
        assertThat(lines.nearestWith(List.of("sarcasm"), new float[] {1, 0}).get("sarcasm"))
                .isEmpty();
    }

    private static List<String> developmentRows() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(CRITIQUE)) {
            files = list.filter(p -> p.getFileName().toString().startsWith("lines-dev"))
                    .sorted()
                    .toList();
        }
        List<String> rows = new ArrayList<>();
        for (Path file : files) {
            for (JsonNode item : items(file)) {
                List<String> flags = new ArrayList<>();
                item.path("flags").forEach(f -> flags.add(f.asText()));
                String line = item.get("line").asText().replaceAll("\\s+", " ").strip();
                rows.add((flags.isEmpty() ? "-" : String.join(",", flags)) + "\t" + line);
            }
        }
        return rows;
    }

    private static List<JsonNode> items(Path file) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        new ObjectMapper(new YAMLFactory())
                .readTree(file.toFile())
                .path("lines")
                .forEach(out::add);
        return out;
    }

    private static String file(List<String> rows) {
        StringBuilder out = new StringBuilder(
                "# Coached example lines: the critique evaluation's development lines (spar-eval"
                        + " critique/lines-dev*.yaml), each with the problems a coach flags on it (- for a good line), a tab,"
                        + " and the line. Written by CoachedLinesTests with -Dspar.meaning.refresh=true; do not edit by hand.\n");
        rows.stream().distinct().forEach(r -> out.append(r).append('\n'));
        return out.toString();
    }
}
