package dev.spar.analysis;

import java.util.List;
import java.util.Objects;

/**
 * Reads a learner's utterance with hand-written phrase rules: fast, offline and reproducible, with every
 * move and habit anchored to the exact words that show it.
 *
 * <p>The rules are phrase patterns (see {@code PhraseBook}) plus a few that weigh the whole turn and the
 * conversation so far: policy language is "policy first" only before any acknowledgement, a stock empathy
 * line is "canned" when repeated or alone, apologies are counted across turns, and long justifications are
 * "over-explaining". Input beyond 5,000 characters is not read, which keeps the cost bounded; a typical
 * turn takes well under a millisecond.
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class RuleAnalyzer implements Analyzer {

    private final PhraseBook book;
    private final Meaning meaning;

    /** Creates an analyzer with the standard phrase book and no semantic reading. */
    public RuleAnalyzer() {
        this(Meaning.NONE);
    }

    /** Creates an analyzer with the standard phrase book and a semantic reading to go with it. */
    public RuleAnalyzer(Meaning meaning) {
        this.book = PhraseBook.standard();
        this.meaning = Objects.requireNonNull(meaning, "meaning");
    }

    @Override
    public Meaning meaning() {
        return meaning;
    }

    /**
     * Analyse one utterance in the context of what was said before it.
     *
     * @param utterance the learner's words, as typed or transcribed
     * @param context the counterpart's last line and the learner's earlier turns
     * @return the moves and habits found, each sorted by where it starts; none for a blank utterance
     */
    @Override
    public UtteranceAnalysis analyze(String utterance, AnalysisContext context) {
        Objects.requireNonNull(utterance, "utterance");
        Objects.requireNonNull(context, "context");
        if (utterance.isBlank()) {
            return new UtteranceAnalysis(utterance, List.of(), List.of());
        }
        return Reading.read(utterance, context, book);
    }
}
