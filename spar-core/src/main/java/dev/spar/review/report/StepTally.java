package dev.spar.review.report;

import java.util.Objects;

/**
 * How often one checklist step was covered.
 *
 * @param position where the step stands in the checklist, for showing them in order
 * @param id the step's identifier ("greeting")
 * @param label what it is called on the page
 * @param covered in how many conversations an agent turn covered it
 * @param conversations in how many conversations it was checked
 */
public record StepTally(int position, String id, String label, long covered, long conversations) {
    public StepTally {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        if (covered < 0 || covered > conversations) {
            throw new IllegalArgumentException("covered in " + covered + " of " + conversations + " conversations");
        }
    }

    /** Returns the share of conversations that covered it, 0 to 1. */
    public double coverage() {
        return conversations == 0 ? 0 : covered / (double) conversations;
    }

    /**
     * Returns both counted together. Two checklists may name or place the same step differently: the earlier
     * position and the alphabetically first label win, so that the order of merging never matters.
     */
    StepTally plus(StepTally other) {
        String name = label.compareTo(other.label) <= 0 ? label : other.label;
        return new StepTally(
                Math.min(position, other.position),
                id,
                name,
                covered + other.covered,
                conversations + other.conversations);
    }
}
