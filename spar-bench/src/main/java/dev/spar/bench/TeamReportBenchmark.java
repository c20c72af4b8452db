package dev.spar.bench;

import com.sun.management.OperatingSystemMXBean;
import dev.spar.analysis.Analyzer;
import dev.spar.analysis.RuleAnalyzer;
import dev.spar.batch.ReviewPipeline;
import dev.spar.batch.TeamReportBatch;
import dev.spar.review.ConversationReview;
import dev.spar.review.ConversationReviewer;
import dev.spar.review.SupportChats;
import dev.spar.review.Transcript;
import dev.spar.review.Utterance;
import dev.spar.review.report.TeamReport;
import dev.spar.semantic.SentenceMeaning;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reviewing real conversations: one review of a 40-turn support chat (latency), and the in-process batch of the
 * team report on all cores (conversations per second, each file read, redacted, reviewed and summed up), with
 * the rules alone and with the semantic reading.
 *
 * <p>The chats are synthetic ({@link SupportChats}); each line gets what it is about ("the green kettle, the
 * second one") so that few sentences repeat, as in a real export, and the semantic reading's cache of repeated
 * sentences does not flatter it.
 */
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
public class TeamReportBenchmark {
    private static final List<String> COLOURS = List.of(
            "green", "blue", "black", "white", "red", "grey", "silver", "pink", "yellow", "orange", "purple", "gold");
    private static final List<String> ITEMS = List.of(
            "kettle",
            "toaster",
            "blender",
            "phone case",
            "charger",
            "headset",
            "router",
            "printer",
            "lamp",
            "fan",
            "heater",
            "speaker",
            "camera",
            "tablet",
            "watch",
            "jacket",
            "backpack",
            "mixer",
            "monitor",
            "keyboard");
    private static final List<String> WHICH = List.of("first", "second", "third", "newer", "older");

    /** A chat whose every line says what it is about, so that its sentences are (nearly all) new. */
    static Transcript varied(long seed, int turns) {
        Transcript chat = SupportChats.chat(seed, turns);
        List<Utterance> out = new ArrayList<>();
        for (int i = 0; i < chat.turns().size(); i++) {
            Utterance u = chat.turns().get(i);
            long k = seed * 31 + i;
            String about = " That's about the " + COLOURS.get((int) (k % COLOURS.size())) + " "
                    + ITEMS.get((int) ((k / 12) % ITEMS.size())) + ", the "
                    + WHICH.get((int) ((k / 240) % WHICH.size()))
                    + " one.";
            out.add(new Utterance(u.speaker(), u.role(), u.text() + about, u.time()));
        }
        return new Transcript(chat.source(), out, chat.date());
    }

    static Analyzer analyzer(String which) {
        return switch (which) {
            case "rules" -> new RuleAnalyzer();
            case "semantic" -> {
                var meaning = SentenceMeaning.standard();
                if (!(meaning instanceof SentenceMeaning)) {
                    throw new IllegalStateException("the semantic reading did not load");
                }
                yield new RuleAnalyzer(meaning);
            }
            default -> throw new IllegalArgumentException("rules or semantic, was " + which);
        };
    }

    /** One review of a 40-turn chat never seen before. */
    @State(Scope.Thread)
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public static class Review {
        @Param({"rules", "semantic"})
        String analyzer;

        private ConversationReviewer reviewer;
        private long seed;

        /** Builds the reviewer (the semantic reading loaded once). */
        @Setup
        public void setUp() {
            reviewer = new ConversationReviewer(TeamReportBenchmark.analyzer(analyzer));
        }

        /** Reviews the next 40-turn chat. */
        @Benchmark
        public ConversationReview review40Turns() {
            return reviewer.review(varied(seed++, 40));
        }
    }

    /** The in-process batch on all cores, over files of 10 to 40 turns (25 on average). */
    @State(Scope.Benchmark)
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public static class Batch {
        static final int FILES = 600;

        @Param({"rules", "semantic"})
        String analyzer;

        private List<TeamReportBatch.Input> files;
        private TeamReportBatch batch;

        /** Writes the files in memory, as "[date time] Name: text" chat exports. */
        @Setup
        public void setUp() {
            files = new ArrayList<>();
            for (int i = 0; i < FILES; i++) {
                Transcript chat = varied(i, 10 + (i * 7) % 31);
                files.add(TeamReportBatch.Input.of(
                        chat.source(), SupportChats.plainText(chat).getBytes(StandardCharsets.UTF_8)));
            }
            Analyzer shared = TeamReportBenchmark.analyzer(analyzer);
            batch = new TeamReportBatch(() -> new ReviewPipeline(shared));
        }

        /** The team report of the files; the score is conversations per second. */
        @Benchmark
        @OperationsPerInvocation(FILES)
        public TeamReport teamReport() {
            TeamReport report = batch.review(files, TeamReportBatch.Progress.NONE);
            if (report.conversations() != FILES) {
                throw new IllegalStateException(report.skipped().toString());
            }
            return report;
        }
    }

    private static final int WARM_UP_REVIEWS = 300;
    private static final int MEASURED_REVIEWS = 300;

    /**
     * Prints the figures in wall time and in CPU time: on a machine shared with other work the wall time measures
     * the other work too. A review's CPU time is its thread's; the batch's rate in CPU time is the conversations
     * over the process's CPU seconds, times the cores: the rate on this machine when nothing else runs.
     */
    public static void main(String[] args) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        int cores = Runtime.getRuntime().availableProcessors();
        System.out.println("review of a 40-turn chat    wall p50  wall p99   cpu p50   cpu p99  process cpu mean  (ms, "
                + MEASURED_REVIEWS + " chats; the thread's CPU, and the process's, which also counts the"
                + " semantic model's own threads)");
        for (String which : List.of("rules", "semantic")) {
            Review bench = new Review();
            bench.analyzer = which;
            bench.setUp();
            for (int i = 0; i < WARM_UP_REVIEWS; i++) {
                bench.review40Turns();
            }
            long[] wall = new long[MEASURED_REVIEWS];
            long[] cpu = new long[MEASURED_REVIEWS];
            long processStart = os.getProcessCpuTime();
            for (int i = 0; i < MEASURED_REVIEWS; i++) {
                long cpuStart = threads.getCurrentThreadCpuTime();
                long wallStart = System.nanoTime();
                bench.review40Turns();
                wall[i] = System.nanoTime() - wallStart;
                cpu[i] = threads.getCurrentThreadCpuTime() - cpuStart;
            }
            double processMean = (os.getProcessCpuTime() - processStart) / 1e6 / MEASURED_REVIEWS;
            Arrays.sort(wall);
            Arrays.sort(cpu);
            System.out.printf(
                    Locale.ROOT,
                    "  %-24s %9.1f %9.1f %9.1f %9.1f %17.1f%n",
                    which,
                    wall[MEASURED_REVIEWS / 2] / 1e6,
                    wall[MEASURED_REVIEWS * 99 / 100] / 1e6,
                    cpu[MEASURED_REVIEWS / 2] / 1e6,
                    cpu[MEASURED_REVIEWS * 99 / 100] / 1e6,
                    processMean);
        }
        System.out.println("batch, " + Batch.FILES + " files of 10-40 turns, " + cores
                + " threads   wall conv/s   CPU-bound conv/s on " + cores + " idle cores");
        for (String which : List.of("rules", "semantic")) {
            Batch bench = new Batch();
            bench.analyzer = which;
            bench.setUp();
            bench.teamReport();
            long cpuStart = os.getProcessCpuTime();
            long wallStart = System.nanoTime();
            int rounds = which.equals("rules") ? 3 : 1;
            for (int r = 0; r < rounds; r++) {
                bench.teamReport();
            }
            double wallSeconds = (System.nanoTime() - wallStart) / 1e9;
            double cpuSeconds = (os.getProcessCpuTime() - cpuStart) / 1e9;
            int conversations = rounds * Batch.FILES;
            System.out.printf(
                    Locale.ROOT,
                    "  %-24s %24.0f %20.0f%n",
                    which,
                    conversations / wallSeconds,
                    conversations / (cpuSeconds / cores));
        }
    }
}
