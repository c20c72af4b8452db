package dev.spar.analysis;

import java.util.List;

/**
 * A reading of what a sentence means, as opposed to the words it uses: the families of language it is
 * close to (giving ground, a jab, a joke, a question about a fact...), found by comparing it with banks of
 * example lines this project writes.
 *
 * <p>The core only defines the port; an adapter supplies it (in-process sentence embeddings, no network).
 * Each match is already past the adapter's calibrated threshold for its family, so a caller can take it
 * as a reading. Without an adapter, {@link #NONE} reads nothing and the rules alone decide.
 */
@FunctionalInterface
public interface Meaning {
    /**
     * The least probability at which the critique flags a whole-line reading ({@link #likeCoachedLines}); chosen
     * with the rules on the critique's development lines (see {@code spar-semantic}'s README).
     */
    double FLAGGED = 0.85;

    /** Reads nothing: the rules alone decide. */
    Meaning NONE = sentence -> List.of();

    /**
     * Returns the families this sentence reads as, most similar first.
     *
     * @param sentence one sentence (or a short line) as said
     * @return matches past their family's threshold; empty when none is
     */
    List<MeaningMatch> match(String sentence);

    /**
     * Returns the problems a coach would flag on this whole line, as learnt from lines written and labelled for
     * this project, each with the categories a coach flagged on it (or none). Each match's {@code family} is the
     * category's identifier ({@code dismissal}, {@code blame}...), its {@code similarity} how sure the reading is
     * (0 to 1), and its {@code exemplar} the closest labelled line with that category. This reads the kind of a
     * line where no phrase rule knows its wording.
     *
     * @param line a learner's whole line
     * @return the categories at least as likely as not, surest first; empty when there are none or no data
     */
    default List<MeaningMatch> likeCoachedLines(String line) {
        return List.of();
    }

    /**
     * Returns how close in meaning a sentence is to each of some phrases: the cosine of their sentence embeddings,
     * from -1 to 1, in the phrases' order. This is what finds the fact a question means when it names it in other
     * words ("which day did the money leave your account?" for the renewal charge date).
     *
     * @param sentence one sentence as said
     * @param phrases what to compare it with
     * @return one closeness per phrase; empty when there is no reading of meaning
     */
    default double[] closeness(String sentence, List<String> phrases) {
        return new double[0];
    }
}
