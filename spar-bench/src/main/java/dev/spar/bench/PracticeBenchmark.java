package dev.spar.bench;

import dev.spar.analysis.Analyzer;
import dev.spar.analysis.RuleAnalyzer;
import dev.spar.coaching.Coach;
import dev.spar.coaching.Critique;
import dev.spar.files.ScenarioLibrary;
import dev.spar.scenario.Scenario;
import dev.spar.simulation.Practice;
import dev.spar.simulation.PracticeSettings;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost of one simulated turn (analysis of the learner's line, the counterpart's state update and its
 * reply) and of one critique of a finished eight-turn run, on a bundled scenario.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class PracticeBenchmark {
    /** A learner's eight lines on the refund scenario, good and bad. */
    static final List<String> LINES = List.of(
            "I'm sorry, I can hear how frustrating this has been for you.",
            "So the main issue is that the laptop keeps crashing and you need it for work, is that right?",
            "Can you walk me through when the crashes started?",
            "Our policy only allows refunds within 30 days.",
            "What I can do is book a warranty repair today, and I'll ask for a refund review.",
            "I will email you by 3pm with the pickup time and the review reference.",
            "Calm down, it's really not a big deal.",
            "Does that cover everything, or is there something I have missed?");

    private Scenario scenario;
    private Analyzer analyzer;
    private Practice finished;
    private Coach coach;
    private long seed;

    /** Loads the scenario and plays one run to critique. */
    @Setup
    public void setUp() {
        scenario = ScenarioLibrary.bundled().find("refund-outside-window").orElseThrow();
        analyzer = new RuleAnalyzer();
        coach = new Coach();
        finished = Practice.replay(scenario, PracticeSettings.of(7, 3), analyzer, LINES);
        finished.end();
    }

    /** One learner line in, one counterpart reply out, on a fresh run each time. */
    @Benchmark
    public Practice.Response simulatedTurn() {
        Practice practice = Practice.start(scenario, PracticeSettings.of(seed++, 3), analyzer);
        return practice.say(LINES.get((int) (seed % LINES.size())));
    }

    /** The critique of a finished eight-turn run. */
    @Benchmark
    public Critique critique() {
        return coach.critique(finished);
    }
}
