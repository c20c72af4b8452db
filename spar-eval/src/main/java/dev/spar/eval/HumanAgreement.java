package dev.spar.eval;

import java.util.List;

/**
 * How well independent annotators agree with each other on the examples all of them labelled, next to
 * Spar's figure on the same examples: each annotator, and Spar, is scored against the majority of the
 * other annotators, and the F1s are averaged over annotators.
 *
 * @param utterances how many examples every annotator labelled
 * @param annotators how many annotators labelled each
 * @param rows one row per scored label, in report order
 */
public record HumanAgreement(int utterances, int annotators, List<Row> rows) {
    public HumanAgreement {
        rows = List.copyOf(rows);
    }

    /**
     * Agreement on one label.
     *
     * @param label the dataset label
     * @param annotatorF1 an annotator's F1 against the majority of the others, averaged over annotators
     * @param sparF1 Spar's F1 against the same majorities, averaged the same way
     * @param support the number of examples the majority labels so, averaged over annotators
     */
    public record Row(String label, double annotatorF1, double sparF1, double support) {}
}
