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
        Neighbours near = neighbours(vector, NEIGHBOURS, (row, s) -> false);
        double sum = 0;
        for (int i = 0; i < near.found(); i++) {
            sum += near.similarities()[i];
        }
        return new Nearest(
                near.found() == 0 ? "" : lines.get(near.rows()[0]), near.found() == 0 ? -1 : sum / near.found());
    }

    /**
     * Returns the rows of the {@code k} examples nearest a unit vector, nearest first, with their similarities;
     * an example the filter turns down is passed over.
     */
    Neighbours neighbours(float[] vector, int k, PassOver passOver) {
        int[] rows = new int[k];
        float[] top = new float[k];
        Arrays.fill(rows, -1);
        Arrays.fill(top, -2);
        int found = 0;
        for (int row = 0, offset = 0; row < lines.size(); row++, offset += dimensions) {
            float s = dot(vector, vectors, offset);
            if (s > top[k - 1] && !passOver.test(row, s)) {
                int i = k - 1;
                for (; i > 0 && top[i - 1] < s; i--) {
                    top[i] = top[i - 1];
                    rows[i] = rows[i - 1];
                }
                top[i] = s;
                rows[i] = row;
                found = Math.min(k, found + 1);
            }
        }
        return new Neighbours(rows, top, found);
    }

    /** Which example rows a search for the nearest passes over, given their similarity. */
    @FunctionalInterface
    interface PassOver {
        boolean test(int row, float similarity);
    }

    /**
     * The nearest examples of a bank.
     *
     * @param rows their rows, nearest first; the first {@code found} are set
     * @param similarities their similarities, in the same order
     * @param found how many were found (fewer than asked when the bank is smaller)
     */
    record Neighbours(int[] rows, float[] similarities, int found) {}

    /** How many nearest examples a bank's similarity is averaged over. */
    static final int NEIGHBOURS = 3;

    /**
     * How close a sentence is to a bank.
     *
     * @param line the nearest example
     * @param similarity the mean cosine similarity of the nearest examples
     */
    record Nearest(String line, double similarity) {}

    static float dot(float[] a, float[] rows, int offset) {
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
