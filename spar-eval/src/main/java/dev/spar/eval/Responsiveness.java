package dev.spar.eval;

import dev.spar.analysis.Analyzer;
import dev.spar.scenario.Scenario;
import dev.spar.simulation.CounterpartState;
import dev.spar.simulation.Practice;
import dev.spar.simulation.PracticeSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Runs responsiveness probes: does the counterpart answer what the learner's line actually asked, offered or
 * did, rather than replying to its mood alone.
 */
public final class Responsiveness {

    private static final int SEEDS_TO_TRY = 500;

    private Responsiveness() {}

    /** Says a probe's line after its context and returns what the counterpart did. */
    @FunctionalInterface
    public interface Replier {
        /**
         * Returns the counterpart's reply to the probe.
         *
         * @throws IllegalStateException if the probe cannot be run, e.g. the conversation ended in its context
         */
        ProbeObservation reply(Probe probe);
    }

    /** Returns a replier that runs each probe through a real {@link Practice} with the simulator's own lines. */
    public static Replier practice(Function<String, Optional<Scenario>> scenarios, Analyzer analyzer) {
        return probe -> {
            Scenario scenario = scenarios
                    .apply(probe.scenario())
                    .orElseThrow(() -> new IllegalStateException("no scenario '" + probe.scenario() + "'"));
            PracticeSettings settings = PracticeSettings.of(seed(scenario, probe, analyzer), probe.difficulty());
            Practice practice = ScriptedConversation.replay(scenario, settings, analyzer, probe.context());
            CounterpartState before = practice.state();
            return switch (practice.say(probe.line())) {
                case Practice.Replied(var said, var reply) ->
                    new ProbeObservation(
                            reply.text(), reply.intent(), before, reply.state().orElseThrow());
                case Practice.Stopped(var said, var concern) ->
                    throw new IllegalStateException("the role-play stopped for safety (" + concern + ")");
            };
        };
    }

    /** Runs every probe and collects the results in order; a probe that cannot be run fails with the reason. */
    public static ResponsivenessReport run(Split split, List<Probe> probes, Replier replier) {
        List<ProbeResult> results = new ArrayList<>();
        for (Probe probe : probes) {
            ProbeObservation seen;
            try {
                seen = replier.reply(probe);
            } catch (IllegalStateException e) {
                results.add(new ProbeResult(probe, Optional.empty(), List.of("could not run: " + e.getMessage())));
                continue;
            }
            results.add(new ProbeResult(probe, Optional.of(seen), probe.expect().unmet(seen)));
        }
        return new ResponsivenessReport(split, results);
    }

    private static long seed(Scenario scenario, Probe probe, Analyzer analyzer) {
        return probe.version()
                .map(v -> seedPlaying(scenario, probe.seed(), probe.difficulty(), v, analyzer))
                .orElse(probe.seed());
    }

    /** Returns the first seed from {@code from} whose run plays the named version of the person. */
    static long seedPlaying(Scenario scenario, long from, int difficulty, String version, Analyzer analyzer) {
        for (long seed = from; seed < from + SEEDS_TO_TRY; seed++) {
            Practice run = Practice.start(scenario, PracticeSettings.of(seed, difficulty), analyzer);
            if (run.version().filter(v -> v.name().equalsIgnoreCase(version)).isPresent()) {
                return seed;
            }
        }
        throw new IllegalStateException(
                "no seed from " + from + " to " + (from + SEEDS_TO_TRY - 1) + " plays version '" + version + "'");
    }
}
