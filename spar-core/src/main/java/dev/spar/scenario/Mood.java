package dev.spar.scenario;

/**
 * A starting mood, or a change to one, on 0-100 scales.
 *
 * @param anger anger or distress
 * @param trust trust in the learner
 * @param patience how long they will keep talking
 */
public record Mood(int anger, int trust, int patience) {

    /** Returns this mood shifted by another's values, each kept within 0-100. */
    public Mood shiftedBy(Mood delta) {
        return new Mood(clamp(anger + delta.anger), clamp(trust + delta.trust), clamp(patience + delta.patience));
    }

    static int clamp(int value) {
        return Math.max(0, Math.min(100, value));
    }
}
