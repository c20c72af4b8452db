package dev.spar.simulation;

/**
 * How difficulty and "surprise me" change the counterpart, as numbers a test can measure.
 *
 * @param volatility multiplier on everything that makes them angrier
 * @param calming multiplier on everything that calms them
 * @param patienceDecay patience lost each turn regardless of what the learner says
 * @param curveballRate chance per turn of a curveball when nothing more pressing is due
 * @param rejectFirstOption chance that the first option offered is turned down
 * @param escalateAt anger at which they ask for someone else
 * @param acceptBelow anger under which they are willing to agree
 * @param moodOffset added to starting anger, taken from starting trust
 * @param patienceOffset added to starting patience
 */
public record Temperament(
        double volatility,
        double calming,
        double patienceDecay,
        double curveballRate,
        double rejectFirstOption,
        int escalateAt,
        int acceptBelow,
        int moodOffset,
        int patienceOffset) {

    /** Returns the temperament for these settings. */
    public static Temperament of(PracticeSettings settings) {
        int d = settings.difficulty();
        boolean surprise = settings.surpriseMe();
        return new Temperament(
                0.6 + 0.2 * d + (surprise ? 0.3 : 0),
                1.3 - 0.1 * d,
                2 + d + (surprise ? 2 : 0),
                0.04 + 0.04 * d + (surprise ? 0.25 : 0),
                surprise ? 1.0 : 0.25 + 0.15 * d,
                96 - 3 * d,
                44 - 3 * d,
                (d - 3) * 5,
                (3 - d) * 10);
    }
}
