package dev.spar.simulation;

/**
 * How difficulty and "surprise me" change the counterpart, as numbers a test can measure.
 *
 * <p>Harder means a better arguer, not a shorter fuse: they push back on weak lines more often, turn down a
 * first option more often, hold out for more turns and need calmer feelings and more trust before they
 * agree. Patience runs out from failures (a jab, a dismissal, a hedge, an ignored question), never from the
 * turn count alone, so a learner who keeps doing the right things can always reach the offer and the close.
 *
 * @param volatility multiplier on everything that makes them angrier
 * @param calming multiplier on everything that calms them
 * @param patienceDecay patience lost each turn regardless of what the learner says: small, time passing
 * @param failureCost patience lost on each turn the learner fails them
 * @param failuresBeforeLeaving how many failing turns they take before they may walk away or escalate
 * @param pushBack chance of challenging a weak but not offensive line (a hedge, a guess, a long explanation)
 * @param curveballRate chance per turn of a curveball when nothing more pressing is due
 * @param rejectFirstOption chance that the first option offered is turned down
 * @param escalateAt anger at which they ask for someone else
 * @param acceptBelow anger under which they are willing to agree
 * @param trustNeeded trust at or above which they are willing to agree
 * @param holdOut learner turns they need before they agree to anything
 * @param moodOffset added to starting anger, taken from starting trust
 * @param patienceOffset added to starting patience
 */
public record Temperament(
        double volatility,
        double calming,
        double patienceDecay,
        double failureCost,
        int failuresBeforeLeaving,
        double pushBack,
        double curveballRate,
        double rejectFirstOption,
        int escalateAt,
        int acceptBelow,
        int trustNeeded,
        int holdOut,
        int moodOffset,
        int patienceOffset) {

    /** The least patience anyone starts with, so that a run never ends before it has begun. */
    static final int MIN_START_PATIENCE = 40;

    /** Returns the temperament for these settings. */
    public static Temperament of(PracticeSettings settings) {
        int d = settings.difficulty();
        boolean surprise = settings.surpriseMe();
        return new Temperament(
                0.6 + 0.2 * d + (surprise ? 0.3 : 0),
                1.3 - 0.1 * d,
                0.5,
                6 + 3 * d + (surprise ? 3 : 0),
                Math.max(3, 6 - d),
                0.1 + 0.15 * d + (surprise ? 0.1 : 0),
                0.04 + 0.04 * d + (surprise ? 0.25 : 0),
                surprise ? 1.0 : Math.min(1.0, 0.25 + 0.15 * d),
                96 - 3 * d,
                46 - 3 * d,
                37 + 4 * d,
                1 + d,
                (d - 3) * 5,
                (3 - d) * 3);
    }
}
