package dev.spar.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** The sum of what moved the counterpart's state in one turn, with the reasons worth telling the learner. */
final class Effect {
    double anger;
    double trust;
    double patience;
    private final List<Driver> drivers = new ArrayList<>();
    private boolean soothingBlocked;
    private final RandomGenerator random;
    private final Temperament temperament;

    Effect(RandomGenerator random, Temperament temperament) {
        this.random = random;
        this.temperament = temperament;
    }

    /**
     * Adds a change, scaled by the temperament with a little jitter; once soothing is blocked, only the part
     * that hurts counts.
     *
     * @param why what to tell the learner moved them, or {@code null} when it is not worth telling
     */
    void add(double angerDelta, double trustDelta, double patienceDelta, String why) {
        if (soothingBlocked && (angerDelta < 0 || trustDelta > 0 || patienceDelta > 0)) {
            angerDelta = Math.max(angerDelta, 0);
            trustDelta = Math.min(trustDelta, 0);
            patienceDelta = Math.min(patienceDelta, 0);
            why = angerDelta == 0 && trustDelta == 0 && patienceDelta == 0 ? null : why;
        }
        double jitter = 0.85 + 0.3 * random.nextDouble();
        double scaled = angerDelta > 0
                ? angerDelta * temperament.volatility() * jitter
                : angerDelta * temperament.calming() * jitter;
        anger += scaled;
        trust += trustDelta;
        patience += patienceDelta;
        if (why != null && !why.isBlank()) {
            drivers.add(new Driver(why, scaled));
        }
    }

    /** Makes this turn's effect unable to calm or reassure: what soothed in the line does not count. */
    void noSoothing() {
        anger = Math.max(anger, 0);
        trust = Math.min(trust, 0);
        patience = Math.min(patience, 0);
        drivers.removeIf(d -> d.weight() < 0);
        soothingBlocked = true;
    }

    /** Returns what moved them, the weightiest first, each marked as making them angrier or calmer. */
    List<String> drivers() {
        return drivers.stream()
                .sorted((a, b) -> Double.compare(Math.abs(b.weight()), Math.abs(a.weight())))
                .map(d -> CounterpartState.moved(d.weight(), d.why()))
                .toList();
    }

    private record Driver(String why, double weight) {}
}
