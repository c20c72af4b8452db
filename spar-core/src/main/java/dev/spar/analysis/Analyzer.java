package dev.spar.analysis;

/** Reads a learner's utterance into moves and habits. */
public interface Analyzer {

    /** Analyses one utterance in the context of what was said before it. */
    UtteranceAnalysis analyze(String utterance, AnalysisContext context);

    /** Returns the semantic reading that goes with this analyzer; {@link Meaning#NONE} when it has none. */
    default Meaning meaning() {
        return Meaning.NONE;
    }
}
