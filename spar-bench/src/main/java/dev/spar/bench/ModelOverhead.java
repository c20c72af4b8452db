package dev.spar.bench;

import dev.spar.analysis.RuleAnalyzer;
import dev.spar.files.ScenarioLibrary;
import dev.spar.llm.EngineConfig;
import dev.spar.llm.ModelEngine;
import dev.spar.llm.ProviderServer;
import dev.spar.scenario.Scenario;
import dev.spar.simulation.CounterpartVoice;
import dev.spar.simulation.Practice;
import dev.spar.simulation.PracticeSettings;
import dev.spar.simulation.ReplySink;
import dev.spar.simulation.Turn;
import dev.spar.simulation.VoiceRequest;
import dev.spar.understanding.Side;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The overhead Spar adds on top of a model: for each streamed piece, the time from the moment a real local
 * server flushed it to the moment it was printed on a terminal (a writer that discards, flushed per piece),
 * through the JDK HTTP client, LangChain4j's protocol parsing, Spar's fault watching and line tidying.
 * Reports per turn the median and 99th percentile, and over all pieces.
 *
 * <p>Usage: {@code bench/llm-overhead [turns] [pieces per turn] [gap between pieces in ms]}.
 */
public final class ModelOverhead {
    private ModelOverhead() {}

    /** Runs the measurement for each protocol and prints the figures. */
    public static void main(String[] args) {
        int turns = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int pieces = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        Duration gap = Duration.ofMillis(args.length > 2 ? Long.parseLong(args[2]) : 3);
        System.out.printf(
                "Overhead from a piece leaving the server to reaching the terminal: %d turns of %d pieces, %d ms apart"
                        + " (after %d warm-up turns)%n",
                turns, pieces, gap.toMillis(), turns / 5);
        System.out.printf(
                "%-10s %14s %14s %14s %14s %14s%n",
                "protocol", "turn p50 (med)", "turn p99 (med)", "all p50", "all p99", "all max");
        for (ProviderServer.Protocol protocol : ProviderServer.Protocol.values()) {
            measure(protocol, turns, pieces, gap);
        }
        System.out.println("Load average (1, 5, 15 min) after the run: " + loadAverage()
                + "; on a busy machine the tail is the scheduler's, not Spar's.");
    }

    /** Returns the load average over 1, 5 and 15 minutes and the cores, for the figures' context. */
    static String loadAverage() {
        try {
            String[] parts = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg"))
                    .split(" ");
            return parts[0] + ", " + parts[1] + ", " + parts[2] + " on "
                    + Runtime.getRuntime().availableProcessors() + " cores";
        } catch (java.io.IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static void measure(ProviderServer.Protocol protocol, int turns, int pieces, Duration gap) {
        List<String> words = new ArrayList<>(List.of("Well"));
        for (int i = 1; i < pieces; i++) {
            words.add(" word" + i);
        }
        try (ProviderServer server = new ProviderServer(protocol)) {
            server.otherwise(request -> new ProviderServer.Stream(words, true, gap));
            String engine = protocol == ProviderServer.Protocol.OPENAI ? "openai" : "anthropic";
            ModelEngine models = ModelEngine.open(EngineConfig.resolve(
                    Map.of(EngineConfig.API_KEY_VARIABLE, "bench"), engine, server.baseUrl(), "bench-model"));
            VoiceRequest request = request();
            PrintWriter terminal = new PrintWriter(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
            List<long[]> perTurn = new ArrayList<>();
            List<Long> all = new ArrayList<>();
            int warmUp = turns / 5;
            for (int t = 0; t < warmUp + turns; t++) {
                long[] arrived = new long[pieces];
                int[] count = {0};
                ReplySink sink = piece -> {
                    terminal.print(piece);
                    terminal.flush();
                    if (count[0] < arrived.length) {
                        arrived[count[0]] = System.nanoTime();
                    }
                    count[0]++;
                };
                CounterpartVoice.Voicing voicing = models.voice().voice(request, sink);
                List<Long> sent = server.drainSentAt();
                if (!(voicing instanceof CounterpartVoice.Spoken) || count[0] != pieces || sent.size() != pieces) {
                    throw new IllegalStateException("turn " + t + " did not stream whole: " + voicing);
                }
                if (t < warmUp) {
                    continue;
                }
                long[] overhead = new long[pieces];
                for (int i = 0; i < pieces; i++) {
                    overhead[i] = arrived[i] - sent.get(i);
                    all.add(overhead[i]);
                }
                Arrays.sort(overhead);
                perTurn.add(overhead);
            }
            double[] p50s = perTurn.stream()
                    .mapToDouble(o -> percentile(o, 50))
                    .sorted()
                    .toArray();
            double[] p99s = perTurn.stream()
                    .mapToDouble(o -> percentile(o, 99))
                    .sorted()
                    .toArray();
            long[] every = all.stream().mapToLong(Long::longValue).sorted().toArray();
            System.out.printf(
                    "%-10s %14s %14s %14s %14s %14s%n",
                    engine,
                    micros(p50s[p50s.length / 2]),
                    micros(p99s[p99s.length / 2]),
                    micros(percentile(every, 50)),
                    micros(percentile(every, 99)),
                    micros(every[every.length - 1]));
        }
    }

    private static VoiceRequest request() {
        Scenario scenario =
                ScenarioLibrary.bundled().find("refund-outside-window").orElseThrow();
        Practice practice = Practice.start(scenario, PracticeSettings.of(7, 3), new RuleAnalyzer());
        Turn reply = ((Practice.Replied) practice.say("I can hear how frustrating this has been.")).reply();
        return new VoiceRequest(
                scenario,
                practice.version(),
                practice.settings(),
                practice.turns().subList(0, practice.turns().size() - 1),
                reply.intent().orElseThrow(),
                reply.state().orElseThrow(),
                reply.text(),
                practice.outcome(),
                practice.memory().lastFrom(Side.LEARNER));
    }

    private static double percentile(long[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static double percentile(double[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static String micros(double nanos) {
        return String.format("%.0f µs", nanos / 1000);
    }
}
