package dev.spar.analysis;

/**
 * One family a sentence reads as.
 *
 * @param family the family's identifier, such as {@code give-ground} (see the understanding's act kinds)
 * @param similarity how close the sentence is to the family's nearest example, from -1 to 1
 * @param exemplar the nearest example line, for explaining the reading
 */
public record MeaningMatch(String family, double similarity, String exemplar) {}
