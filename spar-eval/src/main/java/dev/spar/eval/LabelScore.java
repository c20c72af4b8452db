package dev.spar.eval;

/**
 * How well one label was predicted, from its counts.
 *
 * @param label the dataset label
 * @param truePositives examples with the label that were predicted to have it
 * @param falsePositives examples without the label that were predicted to have it
 * @param falseNegatives examples with the label that were not predicted to have it
 */
public record LabelScore(String label, int truePositives, int falsePositives, int falseNegatives) {
    public LabelScore {
        if (truePositives < 0 || falsePositives < 0 || falseNegatives < 0) {
            throw new IllegalArgumentException("negative count for " + label);
        }
    }

    /** Returns the number of examples that have the label. */
    public int support() {
        return truePositives + falseNegatives;
    }

    /** Returns the share of predictions that were right, or 0 when nothing was predicted. */
    public double precision() {
        return ratio(truePositives, truePositives + falsePositives);
    }

    /** Returns the share of labelled examples that were found, or 0 when none have the label. */
    public double recall() {
        return ratio(truePositives, support());
    }

    /** Returns the harmonic mean of precision and recall, or 0 when there are no true positives. */
    public double f1() {
        return ratio(2.0 * truePositives, 2.0 * truePositives + falsePositives + falseNegatives);
    }

    private static double ratio(double part, double whole) {
        return whole == 0 ? 0 : part / whole;
    }
}
