package dev.spar.understanding;

/** Who said a line: the learner practising, or the other person. */
public enum Side {
    LEARNER,
    COUNTERPART
}
