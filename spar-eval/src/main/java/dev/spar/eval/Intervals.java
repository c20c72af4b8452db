package dev.spar.eval;

import dev.spar.eval.LabelMapping.DatasetRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * How far each figure could move on another sample of conversations like these: a 95% percentile bootstrap
 * interval, drawing whole conversations with replacement (utterances of one conversation are not independent),
 * with a fixed seed so that a report is the same on every run.
 *
 * @param labels the interval of each label's F1, in report order
 * @param macroF1 the interval of the macro-F1 over all scored labels
 * @param accuracy the interval of the subtype accuracy, for datasets with a subtype group
 * @param resamples how many resamples the intervals rest on
 */
public record Intervals(List<Interval> labels, Interval macroF1, Optional<Interval> accuracy, int resamples) {

    /** How many resamples a report draws. */
    public static final int RESAMPLES = 1_000;

    private static final long SEED = 20_261_122L;

    public Intervals {
        labels = List.copyOf(labels);
    }

    /**
     * A range of values.
     *
     * @param low the 2.5th percentile
     * @param high the 97.5th percentile
     */
    public record Interval(double low, double high) {
        public Interval {
            if (low > high) {
                throw new IllegalArgumentException("interval from " + low + " to " + high);
            }
        }
    }

    /** Returns the intervals of a run's figures; every interval is a point when there is one conversation. */
    static Intervals of(DatasetRules rules, List<Scoring.Outcome> outcomes, int resamples) {
        List<String> labelNames = rules.labels();
        int labelCount = labelNames.size();
        Map<String, List<Scoring.Outcome>> byConversation = new LinkedHashMap<>();
        for (Scoring.Outcome o : outcomes) {
            byConversation
                    .computeIfAbsent(o.example().conversationId(), k -> new ArrayList<>())
                    .add(o);
        }
        List<int[]> conversations = new ArrayList<>(byConversation.size());
        for (List<Scoring.Outcome> conversation : byConversation.values()) {
            conversations.add(counts(rules, conversation));
        }
        if (conversations.isEmpty()) {
            Interval none = new Interval(0, 0);
            return new Intervals(
                    labelNames.stream().map(l -> none).toList(),
                    none,
                    rules.subtypes().map(group -> none),
                    0);
        }
        double[][] f1 = new double[labelCount][resamples];
        double[] macro = new double[resamples];
        double[] accuracy = new double[resamples];
        SplittableRandom random = new SplittableRandom(SEED);
        int[] sum = new int[labelCount * 3 + 2];
        for (int r = 0; r < resamples; r++) {
            Arrays.fill(sum, 0);
            for (int c = 0; c < conversations.size(); c++) {
                int[] counts = conversations.get(random.nextInt(conversations.size()));
                for (int k = 0; k < sum.length; k++) {
                    sum[k] += counts[k];
                }
            }
            double total = 0;
            for (int l = 0; l < labelCount; l++) {
                f1[l][r] = new LabelScore(labelNames.get(l), sum[l * 3], sum[l * 3 + 1], sum[l * 3 + 2]).f1();
                total += f1[l][r];
            }
            macro[r] = labelCount == 0 ? 0 : total / labelCount;
            int asked = sum[labelCount * 3];
            accuracy[r] = asked == 0 ? 0 : (double) sum[labelCount * 3 + 1] / asked;
        }
        List<Interval> labels = new ArrayList<>(labelCount);
        for (double[] values : f1) {
            labels.add(percentiles(values));
        }
        Optional<Interval> accuracyInterval =
                rules.subtypes().isPresent() ? Optional.of(percentiles(accuracy)) : Optional.empty();
        return new Intervals(labels, percentiles(macro), accuracyInterval, resamples);
    }

    /**
     * Returns one conversation's counts, scored as the whole run is: true positives, false positives and misses
     * of each label in turn, then the questions with a gold subtype and how many of them were read right.
     */
    private static int[] counts(DatasetRules rules, List<Scoring.Outcome> conversation) {
        List<Set<String>> gold =
                conversation.stream().map(o -> o.example().gold()).toList();
        List<Set<String>> predicted =
                conversation.stream().map(Scoring.Outcome::predicted).toList();
        List<LabelScore> scores = Scoring.scores(rules, gold, predicted);
        int[] counts = new int[scores.size() * 3 + 2];
        for (int l = 0; l < scores.size(); l++) {
            counts[l * 3] = scores.get(l).truePositives();
            counts[l * 3 + 1] = scores.get(l).falsePositives();
            counts[l * 3 + 2] = scores.get(l).falseNegatives();
        }
        Scoring.accuracy(rules, gold, predicted).ifPresent(a -> {
            counts[scores.size() * 3] = a.total();
            counts[scores.size() * 3 + 1] = a.correct();
        });
        return counts;
    }

    private static Interval percentiles(double[] values) {
        if (values.length == 0) {
            return new Interval(0, 0);
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int low = (int) Math.floor(0.025 * (sorted.length - 1));
        int high = (int) Math.ceil(0.975 * (sorted.length - 1));
        return new Interval(sorted[low], sorted[high]);
    }
}
