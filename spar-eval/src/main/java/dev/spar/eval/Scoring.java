package dev.spar.eval;

import dev.spar.eval.LabelMapping.DatasetRules;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;

/** Turns gold and predicted labels into scores, confusions, examples and agreement figures. */
final class Scoring {

    static final String NO_MOVE = "no move";
    static final String NO_LABEL = "no label";

    private Scoring() {}

    /** An analysed example: its moves and the labels they predict. */
    record Outcome(Example example, List<String> moves, Set<String> predicted) {
        Outcome {
            moves = List.copyOf(moves);
            predicted = Set.copyOf(predicted);
        }
    }

    /** Scores one label over parallel lists of gold and predicted label sets, within the label's scope. */
    static LabelScore score(DatasetRules rules, String label, List<Set<String>> gold, List<Set<String>> predicted) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (int i = 0; i < gold.size(); i++) {
            Set<String> g = gold.get(i);
            if (!rules.inScope(label, g)) {
                continue;
            }
            boolean isGold = g.contains(label);
            boolean isPredicted = predicted.get(i).contains(label);
            if (isGold && isPredicted) {
                tp++;
            } else if (isPredicted) {
                fp++;
            } else if (isGold) {
                fn++;
            }
        }
        return new LabelScore(label, tp, fp, fn);
    }

    /** Scores every label of a dataset, in report order. */
    static List<LabelScore> scores(DatasetRules rules, List<Set<String>> gold, List<Set<String>> predicted) {
        return rules.labels().stream()
                .map(l -> score(rules, l, gold, predicted))
                .toList();
    }

    /** Returns the subtype accuracy among the examples with a gold subtype, if the dataset has a group. */
    static Optional<SubtypeAccuracy> accuracy(DatasetRules rules, List<Set<String>> gold, List<Set<String>> predicted) {
        return rules.subtypes().map(group -> {
            int correct = 0;
            int total = 0;
            for (int i = 0; i < gold.size(); i++) {
                if (!group.inScope(gold.get(i))) {
                    continue;
                }
                total++;
                if (group.within(gold.get(i)).equals(group.within(predicted.get(i)))) {
                    correct++;
                }
            }
            return new SubtypeAccuracy(group.name(), correct, total);
        });
    }

    /** Returns, per label, the move most made on misses and the gold label most found on false alarms. */
    static List<Confusion> confusions(DatasetRules rules, List<Outcome> outcomes) {
        List<Confusion> confusions = new ArrayList<>();
        for (String label : rules.labels()) {
            Map<String, Integer> missedAs = new TreeMap<>();
            Map<String, Integer> alarmsWere = new TreeMap<>();
            for (Outcome o : outcomes) {
                Set<String> gold = o.example().gold();
                if (!rules.inScope(label, gold)) {
                    continue;
                }
                boolean isGold = gold.contains(label);
                boolean isPredicted = o.predicted().contains(label);
                if (isGold && !isPredicted) {
                    countEach(missedAs, o.moves(), NO_MOVE);
                } else if (isPredicted && !isGold) {
                    countEach(alarmsWere, gold, NO_LABEL);
                }
            }
            Map.Entry<String, Integer> missed = top(missedAs);
            Map.Entry<String, Integer> alarm = top(alarmsWere);
            confusions.add(new Confusion(label, missed.getKey(), missed.getValue(), alarm.getKey(), alarm.getValue()));
        }
        return confusions;
    }

    /** Returns up to {@code perKind} misses and as many false alarms per label, spread over the run. */
    static List<Misclassified> misclassified(DatasetRules rules, List<Outcome> outcomes, int perKind) {
        List<Misclassified> found = new ArrayList<>();
        for (String label : rules.labels()) {
            List<Outcome> missed = new ArrayList<>();
            List<Outcome> alarms = new ArrayList<>();
            for (Outcome o : outcomes) {
                Set<String> gold = o.example().gold();
                if (!rules.inScope(label, gold)) {
                    continue;
                }
                boolean isGold = gold.contains(label);
                boolean isPredicted = o.predicted().contains(label);
                if (isGold && !isPredicted) {
                    missed.add(o);
                } else if (isPredicted && !isGold) {
                    alarms.add(o);
                }
            }
            spread(missed, perKind).forEach(o -> found.add(misclassified(label, true, o)));
            spread(alarms, perKind).forEach(o -> found.add(misclassified(label, false, o)));
        }
        return found;
    }

    /**
     * Returns how well the annotators of the examples everyone labelled agree, next to Spar: each annotator
     * and Spar against the strict majority of the other annotators. Empty when no example has several
     * annotations.
     */
    static Optional<HumanAgreement> agreement(DatasetRules rules, List<Outcome> outcomes) {
        Map<Integer, Integer> bySize = new TreeMap<>();
        outcomes.stream()
                .map(o -> o.example().annotations().size())
                .filter(n -> n > 1)
                .forEach(n -> bySize.merge(n, 1, Integer::sum));
        if (bySize.isEmpty()) {
            return Optional.empty();
        }
        int annotators = bySize.entrySet().stream()
                .max(Comparator.comparingInt(Map.Entry<Integer, Integer>::getValue))
                .orElseThrow()
                .getKey();
        List<Outcome> shared = outcomes.stream()
                .filter(o -> o.example().annotations().size() == annotators)
                .toList();
        List<String> labels = rules.labels();
        double[] humanF1 = new double[labels.size()];
        double[] sparF1 = new double[labels.size()];
        double[] support = new double[labels.size()];
        for (int i = 0; i < annotators; i++) {
            int left = i;
            List<Set<String>> reference = shared.stream()
                    .map(o -> majorityWithout(o.example().annotations(), left))
                    .toList();
            List<Set<String>> annotator = shared.stream()
                    .map(o -> o.example().annotations().get(left))
                    .toList();
            List<Set<String>> spar = shared.stream().map(Outcome::predicted).toList();
            List<LabelScore> human = scores(rules, reference, annotator);
            List<LabelScore> machine = scores(rules, reference, spar);
            for (int l = 0; l < labels.size(); l++) {
                humanF1[l] += human.get(l).f1() / annotators;
                sparF1[l] += machine.get(l).f1() / annotators;
                support[l] += (double) human.get(l).support() / annotators;
            }
        }
        List<HumanAgreement.Row> rows = IntStream.range(0, labels.size())
                .mapToObj(l -> new HumanAgreement.Row(labels.get(l), humanF1[l], sparF1[l], support[l]))
                .toList();
        return Optional.of(new HumanAgreement(shared.size(), annotators, rows));
    }

    /** Returns the labels given by more than half of the annotations other than one. */
    static Set<String> majorityWithout(List<Set<String>> annotations, int left) {
        List<Set<String>> others = new ArrayList<>(annotations);
        others.remove(left);
        return AnnomiReader.majority(others);
    }

    /** Returns text cut to at most {@code max} characters, marking the cut with an ellipsis. */
    static String truncate(String text, int max) {
        String flat = text.strip().replaceAll("\\s+", " ");
        if (flat.length() <= max) {
            return flat;
        }
        int end = max - 1;
        if (Character.isHighSurrogate(flat.charAt(end - 1))) {
            end--;
        }
        return flat.substring(0, end) + "…";
    }

    private static Misclassified misclassified(String label, boolean missed, Outcome o) {
        Example e = o.example();
        return new Misclassified(
                label,
                missed,
                e.id(),
                truncate(e.utterance(), 160),
                truncate(e.context(), 100),
                e.gold().stream().sorted().toList(),
                o.moves());
    }

    private static <T> List<T> spread(List<T> items, int count) {
        if (items.size() <= count) {
            return items;
        }
        List<T> picked = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            picked.add(items.get((int) ((long) k * items.size() / count)));
        }
        return picked;
    }

    private static void countEach(Map<String, Integer> counts, Collection<String> keys, String none) {
        if (keys.isEmpty()) {
            counts.merge(none, 1, Integer::sum);
        }
        keys.stream().distinct().forEach(k -> counts.merge(k, 1, Integer::sum));
    }

    private static Map.Entry<String, Integer> top(Map<String, Integer> counts) {
        return counts.entrySet().stream()
                .max(Comparator.comparingInt(Map.Entry<String, Integer>::getValue))
                .map(e -> Map.entry(e.getKey(), e.getValue()))
                .orElse(Map.entry("", 0));
    }
}
