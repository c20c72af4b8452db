package dev.spar.eval;

import dev.spar.scenario.Intent;
import dev.spar.simulation.CounterpartState;
import java.util.Optional;

/**
 * What the counterpart did with a probe line.
 *
 * @param reply the counterpart's reply, empty if the run stopped instead of replying
 * @param intent what the reply meant to do, if there was one
 * @param before their state after the context lines, before the probe
 * @param after their state after replying to the probe
 */
public record ProbeObservation(
        String reply, Optional<Intent> intent, CounterpartState before, CounterpartState after) {}
