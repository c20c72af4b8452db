package dev.spar.teams;

/** Where a learner's dispute of a finding stands. */
public enum DisputeState {
    /** Nobody has looked at it yet. */
    OPEN,
    /** The coach agreed with Spar: the finding stands. */
    UPHELD,
    /** The coach agreed with the learner: the finding was wrong. */
    OVERTURNED
}
