package dev.spar.analysis;

/** Reads a learner's utterance into moves and habits. */
public interface Analyzer {

    /** Analyses one utterance in the context of what was said before it. */
    UtteranceAnalysis analyze(String utterance, AnalysisContext context);
}
