package dev.spar.eval;

/**
 * What analysing took, timed per utterance after a warm-up.
 *
 * @param utterances how many analyses were timed
 * @param totalNanos their summed time
 * @param p95Nanos the 95th percentile of one analysis
 */
public record Cost(int utterances, long totalNanos, long p95Nanos) {

    /** Returns the mean milliseconds per utterance, or 0 when nothing was timed. */
    public double msPerUtterance() {
        return utterances == 0 ? 0 : totalNanos / 1e6 / utterances;
    }

    /** Returns the mean nanoseconds per utterance, or 0 when nothing was timed. */
    public long nanosPerUtterance() {
        return utterances == 0 ? 0 : totalNanos / utterances;
    }

    /** Returns the 95th percentile in milliseconds. */
    public double p95Ms() {
        return p95Nanos / 1e6;
    }
}
