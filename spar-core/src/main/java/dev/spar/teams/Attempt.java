package dev.spar.teams;

import java.time.Instant;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * One run a learner made at an assignment.
 *
 * @param runId the run
 * @param started when it started
 * @param ended whether it has ended (and so been reviewed)
 * @param score its score, 0 to 100, once ended and scored; a run still going has none
 */
public record Attempt(String runId, Instant started, boolean ended, OptionalInt score) {
    public Attempt {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(started, "started");
        Objects.requireNonNull(score, "score");
        if (score.isPresent() && (score.getAsInt() < 0 || score.getAsInt() > 100)) {
            throw new IllegalArgumentException("a score is 0 to 100, was " + score.getAsInt());
        }
        if (!ended && score.isPresent()) {
            throw new IllegalArgumentException("run " + runId + " is still going, so it has no score yet");
        }
    }

    /** Returns an attempt that ended with this score. */
    public static Attempt ended(String runId, Instant started, int score) {
        return new Attempt(runId, started, true, OptionalInt.of(score));
    }

    /** Returns an attempt still going. */
    public static Attempt going(String runId, Instant started) {
        return new Attempt(runId, started, false, OptionalInt.empty());
    }
}
