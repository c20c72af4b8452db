package dev.spar.understanding;

/** Who said a line: the learner practising, or the other person. */
public enum Side {
    LEARNER,
    COUNTERPART;

    /** Returns the other side of the conversation. */
    public Side other() {
        return this == LEARNER ? COUNTERPART : LEARNER;
    }
}
