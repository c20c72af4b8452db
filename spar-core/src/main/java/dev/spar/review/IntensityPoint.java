package dev.spar.review;

/**
 * How intense the customer was after one of their turns, read from their own words.
 *
 * @param turn the customer's turn, counting from 1 in the transcript's order
 * @param intensity 0 (calm) to 100 (furious)
 */
public record IntensityPoint(int turn, int intensity) {}
