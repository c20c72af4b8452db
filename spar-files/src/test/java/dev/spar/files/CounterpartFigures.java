package dev.spar.files;

import dev.spar.scenario.PersonaVersion;
import dev.spar.scenario.Scenario;
import dev.spar.simulation.Outcome;
import dev.spar.simulation.Practice;
import dev.spar.simulation.PracticeSettings;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

/**
 * Prints the counterpart's figures over the library: how different the versions of a person are on the same
 * learner lines, and how skilled and unskilled learners fare at each difficulty.
 *
 * <p>Run with {@code ./mvnw -o -q -B -pl spar-core,spar-files -am test-compile} and then
 * {@code java -cp <test classpath> dev.spar.files.CounterpartFigures}; {@code CounterpartFiguresTests}
 * prints the same tables in the test run.
 */
public final class CounterpartFigures {
    static final int SEEDS = 10;

    private CounterpartFigures() {}

    /** Prints both tables. */
    public static void main(String[] args) {
        System.out.println(versionTable());
        System.out.println(difficultyTable());
    }

    /** The same scenario with only one of its versions, so a seed plays that version with its random stream. */
    static Scenario onlyVersion(Scenario s, PersonaVersion v) {
        return new Scenario(
                s.id(),
                s.title(),
                s.category(),
                s.situation(),
                s.difficulty(),
                s.opener(),
                s.learner(),
                s.persona(),
                s.decisionMap(),
                s.checklist(),
                s.facts(),
                List.of(v),
                s.lines());
    }

    /**
     * Returns the share of counterpart lines that differ between two versions of the person, on the same
     * learner lines and the same seed (position by position; a line one run has and the other does not
     * counts as different).
     */
    static double versionDifference(Scenario s, BiFunction<Scenario, PracticeSettings, Practice> learner) {
        int differ = 0;
        int total = 0;
        List<PersonaVersion> versions = s.versions();
        for (long seed = 0; seed < SEEDS; seed++) {
            for (int a = 0; a < versions.size(); a++) {
                for (int b = a + 1; b < versions.size(); b++) {
                    PracticeSettings settings = PracticeSettings.of(seed, 3);
                    List<String> one =
                            Learners.counterpartLines(learner.apply(onlyVersion(s, versions.get(a)), settings));
                    List<String> two =
                            Learners.counterpartLines(learner.apply(onlyVersion(s, versions.get(b)), settings));
                    int n = Math.max(one.size(), two.size());
                    for (int i = 0; i < n; i++) {
                        total++;
                        if (i >= one.size() || i >= two.size() || !one.get(i).equals(two.get(i))) {
                            differ++;
                        }
                    }
                }
            }
        }
        return total == 0 ? 0 : (double) differ / total;
    }

    /** Returns the share of a version's lines, over its runs, that are its own rather than the scenario's. */
    static double ownVoice(Scenario s, BiFunction<Scenario, PracticeSettings, Practice> learner) {
        int own = 0;
        int total = 0;
        for (PersonaVersion v : s.versions()) {
            java.util.Set<String> mine = new java.util.HashSet<>();
            for (dev.spar.scenario.Intent intent : dev.spar.scenario.Intent.values()) {
                v.lines().forIntent(intent).forEach(l -> mine.add(s.withFacts(l.text())));
            }
            for (long seed = 0; seed < SEEDS; seed++) {
                for (String line :
                        Learners.counterpartLines(learner.apply(onlyVersion(s, v), PracticeSettings.of(seed, 3)))) {
                    total++;
                    if (mine.contains(line)) {
                        own++;
                    }
                }
            }
        }
        return total == 0 ? 0 : (double) own / total;
    }

    static String versionTable() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%-28s %9s %9s %9s%n", "scenario", "skilled", "unskilled", "own voice"));
        double sumSkilled = 0;
        double sumUnskilled = 0;
        double sumOwn = 0;
        List<Scenario> all = ScenarioLibrary.bundled().all();
        for (Scenario s : all) {
            double skilled = versionDifference(s, Learners::skilled);
            double unskilled = versionDifference(s, Learners::unskilled);
            double own = ownVoice(s, Learners::skilled);
            sumSkilled += skilled;
            sumUnskilled += unskilled;
            sumOwn += own;
            out.append(String.format(
                    Locale.ROOT, "%-28s %8.0f%% %8.0f%% %8.0f%%%n", s.id(), 100 * skilled, 100 * unskilled, 100 * own));
        }
        out.append(String.format(
                Locale.ROOT,
                "%-28s %8.0f%% %8.0f%% %8.0f%%%n",
                "mean",
                100 * sumSkilled / all.size(),
                100 * sumUnskilled / all.size(),
                100 * sumOwn / all.size()));
        return out.toString();
    }

    static String difficultyTable() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(
                Locale.ROOT,
                "%-10s %9s %9s %9s | %9s %9s %9s%n",
                "difficulty",
                "sk.resolv",
                "sk.turns",
                "sk.offer",
                "un.ended",
                "un.turns",
                "un.min"));
        List<Scenario> all = ScenarioLibrary.bundled().all();
        for (int d = 1; d <= 5; d++) {
            for (boolean surprise : new boolean[] {false, true}) {
                int runs = 0;
                int resolved = 0;
                int offerTaken = 0;
                double skilledTurns = 0;
                int unEnded = 0;
                double unTurns = 0;
                int unMin = Integer.MAX_VALUE;
                for (Scenario s : all) {
                    for (long seed = 0; seed < SEEDS; seed++) {
                        PracticeSettings settings = new PracticeSettings(seed, d, surprise);
                        runs++;
                        Practice good = Learners.skilled(s, settings);
                        if (good.outcome() == Outcome.RESOLVED) {
                            resolved++;
                        }
                        if (Learners.accepted(good)) {
                            offerTaken++;
                        }
                        skilledTurns += good.learnerLines().size();
                        Practice bad = Learners.unskilled(s, settings);
                        if (bad.outcome() == Outcome.ESCALATED || bad.outcome() == Outcome.WALKED_AWAY) {
                            unEnded++;
                            unMin = Math.min(unMin, bad.learnerLines().size());
                        }
                        unTurns += bad.learnerLines().size();
                    }
                }
                out.append(String.format(
                        Locale.ROOT,
                        "%-10s %8.0f%% %9.1f %8.0f%% | %8.0f%% %9.1f %9d%n",
                        d + (surprise ? "+surprise" : ""),
                        100.0 * resolved / runs,
                        skilledTurns / runs,
                        100.0 * offerTaken / runs,
                        100.0 * unEnded / runs,
                        unTurns / runs,
                        unMin == Integer.MAX_VALUE ? 0 : unMin));
            }
        }
        return out.toString();
    }
}
