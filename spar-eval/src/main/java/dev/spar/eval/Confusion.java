package dev.spar.eval;

/**
 * What went wrong with one label: what the misses were read as, and what the false alarms really were.
 *
 * @param label the dataset label
 * @param missedMostOftenAs the Spar move most often made on the examples whose label was missed, or {@code
 *     "no move"}; empty when nothing was missed
 * @param missedCount how many of the missed examples made that move
 * @param falseAlarmsMostOftenWere the gold label most often on the examples wrongly predicted to have the
 *     label, or {@code "no label"}; empty when there were no false alarms
 * @param falseAlarmCount how many of the false alarms had that gold label
 */
public record Confusion(
        String label,
        String missedMostOftenAs,
        int missedCount,
        String falseAlarmsMostOftenWere,
        int falseAlarmCount) {}
