package dev.spar.semantic;

import java.util.Arrays;
import java.util.List;

/**
 * One family's example lines with their vectors, laid out in one array for a fast scan.
 *
 * @param family the family's identifier ({@code give-ground}), or {@code neutral} for the contrast bank
 * @param lines the examples, as written
 * @param vectors the examples' unit vectors, one after another
 * @param dimensions the length of one vector
 */
record Bank(String family, List<String> lines, float[] vectors, int dimensions) {
    Bank {
        lines = List.copyOf(lines);
        if (vectors.length != lines.size() * dimensions) {
            throw new IllegalArgumentException("bank %s: %d vectors of %d dimensions for %d lines"
                    .formatted(family, vectors.length / Math.max(1, dimensions), dimensions, lines.size()));
        }
    }

    /**
     * Returns how close a unit vector is to this bank: the mean cosine similarity of its {@link #NEIGHBOURS}
     * nearest examples (steadier than the single nearest, which one chance overlap of topic can decide), and
     * the nearest example itself.
     */
    Nearest nearest(float[] vector) {
        float[] top = new float[NEIGHBOURS];
        Arrays.fill(top, -2);
        int best = -1;
        for (int row = 0, offset = 0; row < lines.size(); row++, offset += dimensions) {
            float s = dot(vector, vectors, offset);
            if (s > top[NEIGHBOURS - 1]) {
                if (s > top[0]) {
                    best = row;
                }
                int i = NEIGHBOURS - 1;
                for (; i > 0 && top[i - 1] < s; i--) {
                    top[i] = top[i - 1];
                }
                top[i] = s;
            }
        }
        int found = Math.min(NEIGHBOURS, lines.size());
        double sum = 0;
        for (int i = 0; i < found; i++) {
            sum += top[i];
        }
        return new Nearest(best < 0 ? "" : lines.get(best), found == 0 ? -1 : sum / found);
    }

    /** How many nearest examples a bank's similarity is averaged over. */
    static final int NEIGHBOURS = 3;

    /**
     * How close a sentence is to a bank.
     *
     * @param line the nearest example
     * @param similarity the mean cosine similarity of the nearest examples
     */
    record Nearest(String line, double similarity) {}

    private static float dot(float[] a, float[] rows, int offset) {
        // Four running sums let the JIT keep several multiplications in flight.
        float s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        int i = 0;
        int n = a.length;
        for (; i + 3 < n; i += 4) {
            s0 += a[i] * rows[offset + i];
            s1 += a[i + 1] * rows[offset + i + 1];
            s2 += a[i + 2] * rows[offset + i + 2];
            s3 += a[i + 3] * rows[offset + i + 3];
        }
        for (; i < n; i++) {
            s0 += a[i] * rows[offset + i];
        }
        return s0 + s1 + s2 + s3;
    }
}
