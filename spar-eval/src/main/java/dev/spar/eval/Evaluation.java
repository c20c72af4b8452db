package dev.spar.eval;

import dev.spar.analysis.AnalysisContext;
import dev.spar.analysis.Analyzer;
import dev.spar.analysis.Move;
import dev.spar.analysis.MoveEvidence;
import dev.spar.analysis.UtteranceAnalysis;
import dev.spar.eval.LabelMapping.DatasetRules;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Runs an analyzer over a labelled dataset and scores it.
 *
 * <p>Examples are analysed in conversation order. Each gets an {@link AnalysisContext} with what the other
 * speaker said just before and the analyses of the same speaker's earlier examples in that conversation.
 * The first {@link #WARM_UP} examples are analysed once, untimed, before the timed run.
 */
public final class Evaluation {

    /** How many examples pass between two calls of the progress listener. */
    public static final int PROGRESS_EVERY = 500;

    /** How many examples are analysed untimed before timing starts. */
    public static final int WARM_UP = 1_000;

    /** How many misses and how many false alarms per label a report keeps to show. */
    public static final int EXAMPLES_PER_KIND = 3;

    private Evaluation() {}

    /**
     * Reads a split of a dataset from its folder and scores an analyzer on it with the standard mapping.
     *
     * @throws DatasetException if the folder or a file is missing or malformed
     * @throws IllegalStateException if the analyzer fails on an example (the message names the example)
     */
    public static EvalReport run(
            DatasetName dataset, Path folder, Split split, Analyzer analyzer, ProgressListener listener) {
        return run(dataset, folder, split, analyzer, LabelMapping.standard(), listener);
    }

    /**
     * Reads a split of a dataset from its folder and scores an analyzer on it with a given mapping.
     *
     * @throws DatasetException if the folder or a file is missing or malformed
     * @throws IllegalStateException if the analyzer fails on an example (the message names the example)
     */
    public static EvalReport run(
            DatasetName dataset,
            Path folder,
            Split split,
            Analyzer analyzer,
            LabelMapping mapping,
            ProgressListener listener) {
        List<Example> examples = dataset.reader().read(folder, split);
        return evaluate(dataset, split, examples, analyzer, mapping, listener);
    }

    /**
     * Scores an analyzer on examples already read.
     *
     * @throws IllegalStateException if the analyzer fails on an example (the message names the example)
     */
    public static EvalReport evaluate(
            DatasetName dataset,
            Split split,
            List<Example> examples,
            Analyzer analyzer,
            LabelMapping mapping,
            ProgressListener listener) {
        Objects.requireNonNull(analyzer, "analyzer");
        DatasetRules rules = mapping.rules(dataset);
        int total = examples.size();
        for (int i = 0; i < Math.min(WARM_UP, total); i++) {
            Example e = examples.get(i);
            analyze(analyzer, dataset, e, new AnalysisContext(e.context(), List.of()));
        }
        Map<String, List<UtteranceAnalysis>> earlier = new HashMap<>();
        List<Scoring.Outcome> outcomes = new ArrayList<>(total);
        long[] nanos = new long[total];
        for (int i = 0; i < total; i++) {
            Example e = examples.get(i);
            List<UtteranceAnalysis> before =
                    earlier.computeIfAbsent(e.conversationId() + "\u0000" + e.speaker(), k -> new ArrayList<>());
            AnalysisContext context = new AnalysisContext(e.context(), before);
            long start = System.nanoTime();
            UtteranceAnalysis analysis = analyze(analyzer, dataset, e, context);
            nanos[i] = System.nanoTime() - start;
            before.add(analysis);
            List<String> moves = analysis.moves().stream()
                    .map(MoveEvidence::move)
                    .distinct()
                    .map(Move::id)
                    .toList();
            outcomes.add(new Scoring.Outcome(e, moves, rules.predict(analysis)));
            if ((i + 1) % PROGRESS_EVERY == 0 && i + 1 < total) {
                listener.progress(i + 1, total);
            }
        }
        listener.progress(total, total);
        List<Set<String>> gold = outcomes.stream().map(o -> o.example().gold()).toList();
        List<Set<String>> predicted =
                outcomes.stream().map(Scoring.Outcome::predicted).toList();
        return new EvalReport(
                dataset,
                split,
                rules,
                total,
                Scoring.scores(rules, gold, predicted),
                Scoring.confusions(rules, outcomes),
                Scoring.accuracy(rules, gold, predicted),
                Scoring.agreement(rules, outcomes),
                Intervals.of(rules, outcomes, Intervals.RESAMPLES),
                cost(nanos),
                Scoring.misclassified(rules, outcomes, EXAMPLES_PER_KIND));
    }

    private static UtteranceAnalysis analyze(
            Analyzer analyzer, DatasetName dataset, Example example, AnalysisContext context) {
        UtteranceAnalysis analysis;
        try {
            analysis = analyzer.analyze(example.utterance(), context);
        } catch (RuntimeException e) {
            throw new IllegalStateException(
                    "the analyzer failed on " + dataset.title() + " example " + example.id() + ": " + e, e);
        }
        if (analysis == null) {
            throw new IllegalStateException(
                    "the analyzer returned no analysis for " + dataset.title() + " example " + example.id());
        }
        return analysis;
    }

    private static Cost cost(long[] nanos) {
        if (nanos.length == 0) {
            return new Cost(0, 0, 0);
        }
        long total = Arrays.stream(nanos).sum();
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        long p95 = sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * 0.95) - 1)];
        return new Cost(nanos.length, total, p95);
    }
}
