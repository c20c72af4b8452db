package dev.spar.simulation;

/** Receives a counterpart's reply as it is spoken, piece by piece. */
public interface ReplySink {
    /** Ignores every piece. */
    ReplySink NONE = piece -> {};

    /**
     * Takes the next piece of the reply. Pieces keep their spaces: joined, they are the reply.
     *
     * @param piece the next piece, possibly starting or ending with a space
     */
    void token(String piece);

    /**
     * Drops what was handed over of this reply so far: it is said again from the start, for this reason.
     *
     * @param reason why, in words the learner can act on
     */
    default void retract(String reason) {}
}
