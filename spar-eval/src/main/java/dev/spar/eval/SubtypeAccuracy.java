package dev.spar.eval;

/**
 * How often the subtype of a group (such as open versus closed question) was exactly right among the
 * examples whose gold labels have one.
 *
 * @param name the group's name
 * @param correct examples whose predicted subtypes were exactly the gold one
 * @param total examples with a gold subtype
 */
public record SubtypeAccuracy(String name, int correct, int total) {

    /** Returns the share of correct examples, or 0 when there are none. */
    public double accuracy() {
        return total == 0 ? 0 : (double) correct / total;
    }
}
