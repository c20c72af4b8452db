package dev.spar.eval;

import dev.spar.simulation.Speaker;

/**
 * One earlier line of a critique item's or a probe's conversation.
 *
 * @param speaker who said it; a counterpart line replaces the simulator's words for that reply
 * @param text what was said
 */
public record ContextLine(Speaker speaker, String text) {}
