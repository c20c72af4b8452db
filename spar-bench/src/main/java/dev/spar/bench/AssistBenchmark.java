package dev.spar.bench;

import dev.spar.analysis.RuleAnalyzer;
import dev.spar.assist.Assistance;
import dev.spar.assist.Assistant;
import dev.spar.assist.ConversationLine;
import dev.spar.files.AssistJson;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Live assist on every keystroke: the latency of assessing one draft of 5 to 80 words, in-process, against
 * an eight-line conversation, as the distribution of single calls (JMH sample time prints p50, p90, p99...).
 *
 * <p>Each call assesses a different draft, cut from hand-written replies good and poor, as a rep typing would
 * send; the conversation stays the same, as it does between keystrokes. {@code assessAsJson} adds what
 * {@code POST /api/assist} does besides HTTP: writing the JSON answer.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Thread)
public class AssistBenchmark {
    private static final List<ConversationLine> CONVERSATION = List.of(
            ConversationLine.customer("My order was supposed to arrive on Monday and it STILL isn't here. This is the"
                    + " third time I've called!"),
            ConversationLine.rep("I can hear how frustrating it is to chase this three times. Could you give me the"
                    + " order number?"),
            ConversationLine.customer("It's 448172. I need it by Friday for my daughter's birthday."),
            ConversationLine.rep(
                    "So the main issue is that the order is late and you need it by Friday, is that" + " right?"),
            ConversationLine.customer("Yes. And nobody has told me anything, not one email."),
            ConversationLine.rep("It'll probably be with you soon, the courier is busy this week."),
            ConversationLine.customer("Probably? That's not good enough. I want my money back if it misses Friday."),
            ConversationLine.rep("I understand. Let me look at the tracking now."));

    /** Words the drafts are cut from: replies a rep might type, good and poor, written for this benchmark. */
    private static final String REPLIES = "Calm down, I'm looking at it now and it should be there by Friday."
            + " I'm so sorry, I'm really sorry about the delay, I apologise. I guarantee your refund will go"
            + " through today if it misses Friday. Our policy says refunds are only possible after the courier"
            + " confirms the loss, which takes three days. As I said, the order left our warehouse on Monday"
            + " and the courier scanned it on Tuesday. I just think maybe we could send a replacement by express"
            + " delivery tomorrow, if that's okay with you. I can see why you'd want your money back, and I'd feel"
            + " the same. Here's what I can do: I'll call the courier now and email you by 3pm with what they say."
            + " If it hasn't moved by then, I'll send a replacement by express so it reaches you before Friday."
            + " Does that work for you, or is there anything else I should check while I have the order open?";

    private static final int VARIANTS = 16;

    @Param({"5", "20", "40", "80"})
    int words;

    private Assistant assistant;
    private AssistJson json;
    private List<String> drafts;
    private int next;

    /** Builds the assistant, reads the conversation once (as the first keystroke would) and cuts the drafts. */
    @Setup
    public void setUp() {
        assistant = new Assistant(new RuleAnalyzer());
        json = new AssistJson();
        assistant.assess(CONVERSATION, "");
        String[] all = REPLIES.split(" ");
        drafts = new ArrayList<>();
        for (int v = 0; v < VARIANTS; v++) {
            int from = (v * 7) % Math.max(1, all.length - words);
            drafts.add(String.join(" ", List.of(all).subList(from, Math.min(all.length, from + words))));
        }
    }

    /** One draft assessed: flags with rewrites, the customer read and the next moves. */
    @Benchmark
    public Assistance assess() {
        return assistant.assess(CONVERSATION, drafts.get(next++ % VARIANTS));
    }

    /** One draft assessed and written as the JSON answer of {@code POST /api/assist}. */
    @Benchmark
    public String assessAsJson() {
        return json.write(assistant.assess(CONVERSATION, drafts.get(next++ % VARIANTS)));
    }

    private static final int WARM_UP_CALLS = 20_000;
    private static final int MEASURED_CALLS = 20_000;

    /**
     * Prints p50 and p99 per draft length, in wall time and in the thread's CPU time: on a machine shared with
     * other work the wall time's tail measures the other work, the CPU time's tail measures live assist.
     */
    public static void main(String[] args) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        System.out.println("words  wall p50  wall p99   cpu p50   cpu p99  (microseconds, " + MEASURED_CALLS
                + " drafts each, as JSON)");
        for (String words : List.of("5", "20", "40", "80")) {
            AssistBenchmark bench = new AssistBenchmark();
            bench.words = Integer.parseInt(words);
            bench.setUp();
            for (int i = 0; i < WARM_UP_CALLS; i++) {
                bench.assessAsJson();
            }
            long[] wall = new long[MEASURED_CALLS];
            long[] cpu = new long[MEASURED_CALLS];
            for (int i = 0; i < MEASURED_CALLS; i++) {
                long cpuStart = threads.getCurrentThreadCpuTime();
                long wallStart = System.nanoTime();
                bench.assessAsJson();
                wall[i] = System.nanoTime() - wallStart;
                cpu[i] = threads.getCurrentThreadCpuTime() - cpuStart;
            }
            Arrays.sort(wall);
            Arrays.sort(cpu);
            System.out.printf(
                    Locale.ROOT,
                    "%5s %9d %9d %9d %9d%n",
                    words,
                    wall[MEASURED_CALLS / 2] / 1000,
                    wall[MEASURED_CALLS * 99 / 100] / 1000,
                    cpu[MEASURED_CALLS / 2] / 1000,
                    cpu[MEASURED_CALLS * 99 / 100] / 1000);
        }
    }
}
