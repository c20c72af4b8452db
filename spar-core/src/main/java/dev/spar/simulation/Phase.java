package dev.spar.simulation;

/** Where the conversation is, from the counterpart's side. */
public enum Phase {
    /** They have just started and want to be heard. */
    VENTING,
    /** They feel heard enough to talk about the problem. */
    EXPLORING,
    /** They are weighing what is on offer. */
    NEGOTIATING,
    /** They are ready to settle. */
    CLOSING,
    /** The conversation is over. */
    ENDED
}
