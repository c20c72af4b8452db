package dev.spar.semantic;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

    /**
     * Returns, for each of these categories, the example nearest a unit vector among those carrying it ("" when none
     * does), in one pass over the examples.
     */
    Map<String, String> nearestWith(Collection<String> categories, float[] vector) {
        Map<String, String> nearest = new HashMap<>();
        Map<String, Float> best = new HashMap<>();
        for (int row = 0, offset = 0; row < lines.size(); row++, offset += examples.dimensions()) {
            float s = Bank.dot(vector, examples.vectors(), offset);
            for (String category : lines.get(row).categories()) {
                if (categories.contains(category) && s > best.getOrDefault(category, Float.NEGATIVE_INFINITY)) {
                    best.put(category, s);
                    nearest.put(category, lines.get(row).text());
                }
            }
        }
        categories.forEach(c -> nearest.putIfAbsent(c, ""));
        return nearest;
    }
}
