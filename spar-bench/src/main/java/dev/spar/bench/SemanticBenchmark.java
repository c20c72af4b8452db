package dev.spar.bench;

import dev.spar.analysis.Analyzer;
import dev.spar.analysis.Meaning;
import dev.spar.analysis.MeaningMatch;
import dev.spar.analysis.RuleAnalyzer;
import dev.spar.files.ScenarioLibrary;
import dev.spar.scenario.Scenario;
import dev.spar.semantic.SentenceMeaning;
import dev.spar.simulation.Practice;
import dev.spar.simulation.PracticeSettings;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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
 * The cost of the semantic reading: a simulated turn with it (the learner's line read by the rules and by
 * sentence embeddings, the counterpart's update and reply), one sentence read on its own, and one sentence
 * read again from the cache. Every learner line carries a new ticket number so that it is a sentence the
 * reading has not seen (the counterpart's authored lines do repeat, and come from the cache as in a real run).
 * Sample time, so JMH prints p50 and p99. {@code BENCH=SemanticBenchmark bench/run}
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
@State(Scope.Thread)
public class SemanticBenchmark {
    /** The rule benchmark's lines, with a give-ground line and a blame the rules may not phrase. */
    private static final List<String> LINES = Stream.concat(
                    PracticeBenchmark.LINES.stream(),
                    Stream.of(
                            "ok fine, forget the policy, I'll just refund the whole thing.",
                            "Honestly the courier is the one who messed this up."))
            .toList();

    private Scenario scenario;
    private Analyzer analyzer;
    private Meaning meaning;
    private long seed;

    /** Loads the scenario and the semantic reading (once; its load is timed by {@link Load}). */
    @Setup
    public void setUp() {
        scenario = ScenarioLibrary.bundled().find("refund-outside-window").orElseThrow();
        meaning = SentenceMeaning.standard();
        if (!(meaning instanceof SentenceMeaning)) {
            throw new IllegalStateException("the semantic reading did not load");
        }
        analyzer = new RuleAnalyzer(meaning);
    }

    /** One learner line in (a sentence not seen before), one counterpart reply out, on a fresh run. */
    @Benchmark
    public Practice.Response simulatedTurn() {
        Practice practice = Practice.start(scenario, PracticeSettings.of(seed, 3), analyzer);
        return practice.say(unseen(seed++));
    }

    /** One sentence not seen before, read against every bank. */
    @Benchmark
    public List<MeaningMatch> sentence() {
        return meaning.match(unseen(seed++));
    }

    /** One sentence read before: from the cache. */
    @Benchmark
    public List<MeaningMatch> repeatedSentence() {
        return meaning.match(LINES.get(8));
    }

    private static String unseen(long n) {
        String line = LINES.get((int) (n % LINES.size()));
        char last = line.charAt(line.length() - 1);
        return line.substring(0, line.length() - 1) + " (ticket " + (10_000 + n) + ")" + last;
    }

    /** Loading the semantic reading in a fresh JVM: the model, the banks' vectors and the thresholds. */
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    @Fork(value = 5, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
    @State(Scope.Benchmark)
    public static class Load {
        /** The first call of {@link SentenceMeaning#standard()} in a process. */
        @Benchmark
        public Meaning load() {
            return SentenceMeaning.standard();
        }
    }
}
