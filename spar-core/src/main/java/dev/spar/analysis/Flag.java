package dev.spar.analysis;

/**
 * A habit found in one utterance, problem or strength, with its evidence.
 *
 * @param category what the habit is
 * @param span where in the utterance
 * @param quote the exact words of that span
 * @param alternative for problems, a better way to say the flagged words; empty for strengths
 */
public record Flag(FindingCategory category, Span span, String quote, String alternative) {}
