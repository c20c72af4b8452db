package dev.spar.simulation;

import dev.spar.scenario.Intent;

/**
 * What the counterpart says back, and how they feel after it.
 *
 * @param text the line, slots filled
 * @param intent what the line is meant to do
 * @param state their state after this turn, with what moved it
 * @param outcome whether this line ended the conversation
 */
public record Reply(String text, Intent intent, CounterpartState state, Outcome outcome) {}
