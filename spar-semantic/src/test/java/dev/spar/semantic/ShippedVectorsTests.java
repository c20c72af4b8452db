package dev.spar.semantic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The banks' precomputed vectors cover every example line, and agree with the model. Run with
 * {@code -Dspar.meaning.refresh=true} to recompute them after editing a bank.
 */
class ShippedVectorsTests {
    @Test
    void everyExampleLineHasAPrecomputedVector() throws IOException {
        MeaningData data = MeaningData.standard();
        List<String> lines = Stream.concat(
                        Stream.concat(data.banks().values().stream(), data.teachingBanks().values().stream())
                                .flatMap(List::stream),
                        data.coachedLines().stream().map(CoachedLines.Line::text))
                .distinct()
                .toList();
        if (Boolean.getBoolean("spar.meaning.refresh")) {
            refresh(lines);
        }
        Map<String, float[]> shipped = MeaningData.standard().vectors(MiniLm.ID).orElse(Map.of());

        assertThat(shipped.keySet())
                .as("example lines without a vector: refresh with -Dspar.meaning.refresh=true (README)")
                .containsAll(lines);
    }

    @Test
    void precomputedVectorsAgreeWithTheModel() {
        Map<String, float[]> shipped = MeaningData.standard().vectors(MiniLm.ID).orElseThrow();
        List<String> sample = shipped.keySet().stream()
                .limit(400)
                .filter(l -> l.hashCode() % 20 == 0)
                .toList();

        assertThat(sample).isNotEmpty();
        for (String line : sample) {
            float[] live = Models.encoder().encode(line);
            assertThat(dot(live, shipped.get(line))).as(line).isGreaterThan(0.995);
        }
    }

    private static void refresh(List<String> lines) throws IOException {
        Map<String, float[]> vectors = new LinkedHashMap<>();
        for (String line : lines) {
            vectors.put(line, Models.encoder().encode(line));
        }
        DataFiles.write(MeaningData.VECTORS, out -> Vectors.write(out, MiniLm.ID, vectors));
    }

    private static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
