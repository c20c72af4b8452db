package dev.spar.scenario;

/**
 * How strongly the persona reacts to a conversation move or habit of the learner's.
 *
 * @param on a move id ({@code cite-policy}) or habit id ({@code dismissal}) the reaction is to
 * @param strength 1 mild, 2 strong, 3 severe
 * @param note why, in the persona's terms
 */
public record Reaction(String on, int strength, String note) {}
