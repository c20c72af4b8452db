package dev.spar.store;

import java.time.Instant;

/**
 * A finished run as kept in history.
 *
 * @param id unique id
 * @param scenarioId which scenario
 * @param scenarioTitle its title when the run was made
 * @param seed the seed, to replay it
 * @param difficulty 1-5
 * @param outcome how it ended
 * @param score overall score, 0-100
 * @param learnerTurns how many turns the learner took
 * @param savedAt when it was saved
 * @param report the run as JSON (see {@code dev.spar.files.RunJson})
 */
public record SavedRun(
        String id,
        String scenarioId,
        String scenarioTitle,
        long seed,
        int difficulty,
        String outcome,
        int score,
        int learnerTurns,
        Instant savedAt,
        String report) {}
