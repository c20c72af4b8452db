package dev.spar.semantic;

import dev.spar.analysis.MeaningMatch;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Example lines a coach labelled, and the vote of the nearest ones: a line reads as a category when at least
 * {@link #VOTES} of its {@link #NEAREST} nearest example lines carry that category and their mean similarity
 * is at least {@link #LEAST_SIMILARITY}. Good lines (no category) take places among the nearest without voting
 * for anything, so a line that sits among good lines is not flagged.
 *
 * <p>The three figures were chosen on the critique evaluation's test split (the examples are its development
 * lines) and then scored once on the held-out lines; see the README.
 *
 * @param lines the example lines, in file order
 * @param examples their texts and unit vectors, row for row
 */
record CoachedLines(List<Line> lines, Bank examples) {
    static final int NEAREST = 3;
    static final int VOTES = 2;
    static final double LEAST_SIMILARITY = 0.5;

    /** Above this similarity an example may be the line itself (the shipped vectors are quantized). */
    private static final double SAME = 0.98;

    /** No example lines: votes for nothing. */
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
     * Returns the categories most of a line's nearest examples carry, closest first. An example identical to the
     * line itself is passed over, so that an example line is read as its neighbours read it, not as its label.
     */
    List<MeaningMatch> vote(float[] vector, String normalized) {
        if (lines.isEmpty()) {
            return List.of();
        }
        Bank.Neighbours near = examples.neighbours(
                vector,
                NEAREST,
                (row, s) -> s > SAME
                        && SentenceMeaning.normalized(lines.get(row).text()).equals(normalized));
        int[] best = near.rows();
        float[] bestSimilarity = near.similarities();
        Map<String, List<Integer>> votes = new LinkedHashMap<>();
        for (int n = 0; n < NEAREST; n++) {
            if (best[n] < 0) {
                continue;
            }
            for (String category : lines.get(best[n]).categories()) {
                votes.computeIfAbsent(category, c -> new ArrayList<>()).add(n);
            }
        }
        List<MeaningMatch> out = new ArrayList<>();
        votes.forEach((category, ranks) -> {
            double mean =
                    ranks.stream().mapToDouble(r -> bestSimilarity[r]).average().orElse(0);
            if (ranks.size() >= VOTES && mean >= LEAST_SIMILARITY) {
                out.add(new MeaningMatch(
                        category, mean, lines.get(best[ranks.getFirst()]).text()));
            }
        });
        return List.copyOf(out);
    }
}
