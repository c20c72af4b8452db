package dev.spar.semantic;

import java.util.List;

/**
 * Example lines a coach labelled: the critique evaluation's development lines, each with the problems flagged on
 * it. The {@link LineClassifier} is trained on them; here they explain a reading, by the nearest example that
 * carries the category read.
 *
 * @param lines the example lines, in file order
 * @param examples their texts and unit vectors, row for row
 */
record CoachedLines(List<Line> lines, Bank examples) {
    /** No example lines. */
    static final CoachedLines NONE = of(List.of(), new float[0], 0);

    /** Returns the example lines with their unit vectors, one row of {@code dimensions} per line. */
    static CoachedLines of(List<Line> lines, float[] vectors, int dimensions) {
        return new CoachedLines(
                List.copyOf(lines),
                new Bank("coached", lines.stream().map(Line::text).toList(), vectors, dimensions));
    }

    /**
     * One labelled example.
     *
     * @param categories the problems a coach flags on it; empty for a good line
     * @param text the line
     */
    record Line(List<String> categories, String text) {
        Line {
            categories = List.copyOf(categories);
        }
    }

    /** Returns the example nearest a unit vector among those carrying a category, or "" when none does. */
    String nearestWith(String category, float[] vector) {
        Bank.Neighbours near = examples.neighbours(
                vector, 1, (row, s) -> !lines.get(row).categories().contains(category));
        return near.found() == 0 ? "" : lines.get(near.rows()[0]).text();
    }
}
