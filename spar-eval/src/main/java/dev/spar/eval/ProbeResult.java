package dev.spar.eval;

import java.util.List;
import java.util.Optional;

/**
 * How the counterpart did on one probe.
 *
 * @param probe the probe
 * @param seen what the counterpart did, or empty if the probe could not be run
 * @param failures why the reply does not answer the probe, or why it could not be run; empty when it passed
 */
public record ProbeResult(Probe probe, Optional<ProbeObservation> seen, List<String> failures) {
    public ProbeResult {
        failures = List.copyOf(failures);
    }

    /** Returns whether every expectation held. */
    public boolean passed() {
        return failures.isEmpty();
    }
}
