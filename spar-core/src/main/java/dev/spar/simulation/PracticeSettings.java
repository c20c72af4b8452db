package dev.spar.simulation;

/**
 * How a practice run is set up.
 *
 * @param seed chooses the version of the person and every random choice; the same seed replays the run
 * @param difficulty 1 (gentle) to 5 (hard): patience, volatility and curveball rate
 * @param surpriseMe pushes back harder: more curveballs, more volatile, always refuses the first option
 */
public record PracticeSettings(long seed, int difficulty, boolean surpriseMe) {
    /** The lowest difficulty. */
    public static final int MIN_DIFFICULTY = 1;

    /** The highest difficulty. */
    public static final int MAX_DIFFICULTY = 5;

    public PracticeSettings {
        if (difficulty < MIN_DIFFICULTY || difficulty > MAX_DIFFICULTY) {
            throw new IllegalArgumentException("difficulty must be 1-5, was " + difficulty);
        }
    }

    /** Returns settings with this seed and difficulty, no surprises. */
    public static PracticeSettings of(long seed, int difficulty) {
        return new PracticeSettings(seed, difficulty, false);
    }
}
