package dev.spar.analysis;

/**
 * A move an utterance makes and where.
 *
 * @param move the move
 * @param span where in the utterance
 * @param quote the exact words of that span
 */
public record MoveEvidence(Move move, Span span, String quote) {}
