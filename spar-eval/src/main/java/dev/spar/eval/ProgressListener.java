package dev.spar.eval;

/** Hears how far a long evaluation run has got. */
@FunctionalInterface
public interface ProgressListener {

    /** A listener that ignores progress. */
    ProgressListener NONE = (done, total) -> {};

    /**
     * Receives the number of examples analysed so far out of the total; called every {@link
     * Evaluation#PROGRESS_EVERY} examples and once at the end.
     */
    void progress(int done, int total);
}
