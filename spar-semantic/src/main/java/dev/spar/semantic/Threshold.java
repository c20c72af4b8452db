package dev.spar.semantic;

/**
 * When a sentence reads as a family: it is at least this similar to the family's bank, and closer to it than
 * to any other bank (the neutral one included) by at least the margin. A negative margin lets a sentence read
 * as two close families at once (an offer that is also a promise).
 *
 * @param family the family's identifier
 * @param similarity the least similarity to the family's bank
 * @param margin how much closer to the family than to the closest other bank
 */
record Threshold(String family, double similarity, double margin) {
    /** A threshold no sentence passes, for a family calibration could not make precise enough. */
    static Threshold off(String family) {
        return new Threshold(family, 2, 0);
    }

    boolean passes(double familySimilarity, double closestOther) {
        return familySimilarity >= similarity && familySimilarity - closestOther >= margin;
    }

    boolean isOff() {
        return similarity > 1;
    }
}
