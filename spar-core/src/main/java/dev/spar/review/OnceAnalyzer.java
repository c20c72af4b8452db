package dev.spar.review;

import dev.spar.analysis.AnalysisContext;
import dev.spar.analysis.Analyzer;
import dev.spar.analysis.Meaning;
import dev.spar.analysis.UtteranceAnalysis;
import java.util.HashMap;
import java.util.Map;

/**
 * An analyzer that reads each agent turn once per review: live assist's reading of the conversation so far, its
 * reading of the turn as a draft and the review's own reading ask the same question (the same words in the same
 * context) up to three times per turn. The analysis is a function of the words and the context, so the answers
 * are the same; only the time changes. One per review, on one thread.
 */
final class OnceAnalyzer implements Analyzer {
    private record Question(String utterance, AnalysisContext context) {}

    private final Analyzer analyzer;
    private final Map<Question, UtteranceAnalysis> answers = new HashMap<>();

    OnceAnalyzer(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    @Override
    public UtteranceAnalysis analyze(String utterance, AnalysisContext context) {
        Question q = new Question(utterance, context);
        UtteranceAnalysis known = answers.get(q);
        if (known != null) {
            return known;
        }
        UtteranceAnalysis a = analyzer.analyze(utterance, context);
        answers.put(q, a);
        return a;
    }

    @Override
    public Meaning meaning() {
        return analyzer.meaning();
    }
}
