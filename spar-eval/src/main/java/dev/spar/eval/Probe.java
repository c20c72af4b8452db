package dev.spar.eval;

import java.util.List;
import java.util.Optional;

/**
 * One responsiveness probe: a learner line said after some context, and what an answering reply must do.
 *
 * @param id a stable identifier, unique across both splits
 * @param scenario the scenario id
 * @param seed the run's seed; with a version, the first seed from here that plays that version
 * @param version the version of the person the probe was written for, if it matters
 * @param difficulty the run's difficulty, 1-5
 * @param context the conversation before the probe, in order: the learner's lines, and the other person's words
 *     where the writer gave them (said in place of the simulator's)
 * @param line the probe line
 * @param kind what the line does
 * @param expect what an answering reply must do
 */
public record Probe(
        String id,
        String scenario,
        long seed,
        Optional<String> version,
        int difficulty,
        List<ContextLine> context,
        String line,
        ProbeKind kind,
        Expectations expect) {
    public Probe {
        context = List.copyOf(context);
        if (expect.isEmpty()) {
            throw new IllegalArgumentException("probe " + id + " expects nothing");
        }
    }
}
