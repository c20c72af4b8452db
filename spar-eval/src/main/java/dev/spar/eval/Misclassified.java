package dev.spar.eval;

import java.util.List;

/**
 * An example Spar got wrong for a label, with dataset text cut short; for showing at run time only.
 *
 * @param label the label it was wrong about
 * @param missed {@code true} if the label was missed, {@code false} if it was a false alarm
 * @param id the example's identifier in the dataset
 * @param utterance the utterance, truncated
 * @param context what the other speaker said before, truncated
 * @param gold the example's gold labels, sorted
 * @param moves the moves Spar found, in order
 */
public record Misclassified(
        String label,
        boolean missed,
        String id,
        String utterance,
        String context,
        List<String> gold,
        List<String> moves) {
    public Misclassified {
        gold = List.copyOf(gold);
        moves = List.copyOf(moves);
    }
}
