package dev.spar.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * Simulated learners practising at the same time against a running Spar server, through its JSON API over HTTP:
 * each starts a session, says its turns, ends it and reads the review, again and again. Prints the latency of a
 * turn (p50, p90, p99, max), the turns per second, the sessions completed and the errors.
 *
 * <p>Usage: {@code LoadDriver --url http://127.0.0.1:8080 [--learners 50] [--turns 8] [--sessions 1 |
 * --duration 30] [--warmup 20] [--think-ms 0] [--server-pid PID]}. {@code bench/load} starts a throwaway server and
 * runs this against it. With the server's process id (on Linux), it also prints the server's CPU time over the
 * measured run (all its threads, GC and JIT included), a call and a turn.
 */
public final class LoadDriver {
    /** Learner lines, written for this benchmark: a mix of good moves and the habits the coach flags. */
    static final List<String> LINES = List.of(
            "I'm sorry this has dragged on, that sounds really frustrating.",
            "Can you tell me what happened from the start, so I have it right?",
            "So the order arrived late and you were charged twice, is that right?",
            "I just think maybe we could possibly look at it again, sorry.",
            "That's our policy, there is nothing I can do about it.",
            "Here is what I can do today: a refund of the second charge, in three to five days.",
            "I hear you. Let me check what options I have before I promise anything.",
            "You need to calm down so we can sort this out.",
            "Would a replacement or a refund work better for you?",
            "I'll email you a confirmation tonight, and call you on Friday to check it arrived.",
            "Honestly, I understand, and I want to fix this with you.",
            "Before we go on, is there anything else about this that worries you?");

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The calls a learner makes. */
    enum Call {
        START,
        TURN,
        END,
        REVIEW
    }

    private final HttpClient client;
    private final String base;
    private final Settings settings;
    private final Map<Call, ConcurrentLinkedQueue<Long>> latencies = new EnumMap<>(Call.class);
    private final Map<String, LongAdder> errors = new ConcurrentHashMap<>();
    private final AtomicInteger sessions = new AtomicInteger();
    private final AtomicInteger lostTurns = new AtomicInteger();

    LoadDriver(HttpClient client, Settings settings) {
        this.client = client;
        this.base = settings.url().replaceAll("/+$", "");
        this.settings = settings;
        for (Call c : Call.values()) {
            latencies.put(c, new ConcurrentLinkedQueue<>());
        }
    }

    /**
     * How to load the server.
     *
     * @param url the server, e.g. {@code http://127.0.0.1:8080}
     * @param learners how many learners practise at once
     * @param turns learner turns per session (fewer if the conversation ends first)
     * @param sessionsEach sessions each learner runs, when no duration is given
     * @param durationSeconds how long to start new sessions for (those under way then finish), 0 for a number
     *     of sessions each
     * @param warmup sessions run first and not counted, so the server's JIT has warmed up
     * @param thinkMs pause between a learner's calls
     * @param serverPid the server's process id, to read its CPU time from /proc; 0 if unknown
     */
    record Settings(
            String url,
            int learners,
            int turns,
            int sessionsEach,
            int durationSeconds,
            int warmup,
            int thinkMs,
            long serverPid) {
        Settings {
            if (learners < 1 || turns < 1 || sessionsEach < 1 || durationSeconds < 0 || warmup < 0 || thinkMs < 0) {
                throw new IllegalArgumentException("--learners, --turns and --sessions must be at least 1;"
                        + " --duration, --warmup and --think-ms at least 0");
            }
        }
    }

    public static void main(String[] args) throws Exception {
        Settings settings;
        try {
            settings = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("load: " + e.getMessage());
            System.err.println("usage: LoadDriver --url http://127.0.0.1:8080 [--learners 50] [--turns 8]"
                    + " [--sessions 1 | --duration SECONDS] [--warmup 20] [--think-ms 0] [--server-pid PID]");
            System.exit(2);
            return;
        }
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .executor(Executors.newVirtualThreadPerTaskExecutor())
                .build();
        List<String> scenarios = scenarios(client, settings.url());
        if (settings.warmup() > 0) {
            // The warm-up sessions, shared out over the learners (at most as many learners as sessions).
            int learners = Math.min(settings.learners(), settings.warmup());
            LoadDriver warm = new LoadDriver(client, settings);
            warm.run(scenarios, learners, (settings.warmup() + learners - 1) / learners, 0);
        }
        LoadDriver driver = new LoadDriver(client, settings);
        long cpuBefore = cpuMillis(settings.serverPid());
        Map<String, Long> threadsBefore = threadCpuMillis(settings.serverPid());
        long began = System.nanoTime();
        driver.run(scenarios, settings.learners(), settings.sessionsEach(), settings.durationSeconds());
        double seconds = (System.nanoTime() - began) / 1e9;
        long cpuAfter = cpuMillis(settings.serverPid());
        Map<String, Long> threadsAfter = threadCpuMillis(settings.serverPid());
        driver.report(System.out, seconds, scenarios.size());
        if (cpuBefore >= 0 && cpuAfter >= 0) {
            driver.reportCpu(System.out, cpuAfter - cpuBefore, seconds);
            driver.reportThreads(System.out, threadsBefore, threadsAfter, cpuAfter - cpuBefore);
        }
        System.exit(driver.errors.isEmpty() ? 0 : 1);
    }

    static Settings parse(String[] args) {
        String url = null;
        int learners = 50;
        int turns = 8;
        int sessions = 1;
        int duration = 0;
        int warmup = 20;
        int think = 0;
        long pid = 0;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            String value = args[++i];
            switch (option) {
                case "--url" -> url = value;
                case "--learners" -> learners = number(option, value);
                case "--turns" -> turns = number(option, value);
                case "--sessions" -> sessions = number(option, value);
                case "--duration" -> duration = number(option, value.replaceAll("s$", ""));
                case "--warmup" -> warmup = number(option, value);
                case "--think-ms" -> think = number(option, value);
                case "--server-pid" -> pid = number(option, value);
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
        }
        if (url == null) {
            throw new IllegalArgumentException("say which server: --url http://127.0.0.1:8080");
        }
        return new Settings(url, learners, turns, sessions, duration, warmup, think, pid);
    }

    /** Runs the learners until each has run its sessions, or until the duration is over. */
    void run(List<String> scenarios, int learners, int sessionsEach, int durationSeconds) throws InterruptedException {
        long deadline = durationSeconds > 0 ? System.nanoTime() + durationSeconds * 1_000_000_000L : Long.MAX_VALUE;
        CountDownLatch done = new CountDownLatch(learners);
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int l = 0; l < learners; l++) {
                int learner = l;
                pool.submit(() -> {
                    try {
                        for (int s = 0; durationSeconds > 0 ? System.nanoTime() < deadline : s < sessionsEach; s++) {
                            session(scenarios.get((learner + s) % scenarios.size()), learner, s);
                        }
                    } finally {
                        done.countDown();
                    }
                });
            }
            done.await();
        }
    }

    /** One learner's session: start, say the turns, end, read the review. */
    private void session(String scenario, int learner, int number) {
        long seed = 1_000L * learner + number + 1;
        JsonNode started = call(
                Call.START,
                post("/api/sessions", "{\"scenarioId\": \"" + scenario + "\", \"seed\": " + seed + "}"),
                201);
        if (started == null) {
            return;
        }
        String id = started.path("id").asText();
        int acknowledged = 0;
        for (int t = 0; t < settings.turns(); t++) {
            String line = LINES.get((int) ((seed + t * 7L) % LINES.size()));
            JsonNode said =
                    call(Call.TURN, post("/api/sessions/" + id + "/turns", "{\"text\": " + quote(line) + "}"), 200);
            if (said != null) {
                acknowledged++;
            }
            if (said == null || said.path("ended").asBoolean()) {
                break;
            }
        }
        if (call(Call.END, post("/api/sessions/" + id + "/end", ""), 200) == null) {
            return;
        }
        JsonNode review = call(
                Call.REVIEW,
                HttpRequest.newBuilder(URI.create(base + "/api/sessions/" + id)).GET(),
                200);
        if (review != null && review.path("critique").path("score").isMissingNode()) {
            error("review without a score");
            return;
        }
        if (review != null) {
            int kept = 0;
            for (JsonNode turn : review.path("turns")) {
                if ("learner".equals(turn.path("speaker").asText())) {
                    kept++;
                }
            }
            if (kept < acknowledged) {
                lostTurns.addAndGet(acknowledged - kept);
                error("the review lacks acknowledged turns");
            }
            sessions.incrementAndGet();
        }
    }

    private HttpRequest.Builder post(String path, String json) {
        return HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
    }

    /** Makes a call and times it; returns its JSON, or null (and counts an error) if it failed. */
    private JsonNode call(Call kind, HttpRequest.Builder request, int expected) {
        think();
        long began = System.nanoTime();
        try {
            HttpResponse<String> response = client.send(
                    request.timeout(Duration.ofSeconds(60))
                            .header("Accept", "application/json")
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            long took = System.nanoTime() - began;
            if (response.statusCode() != expected) {
                error(kind + " answered " + response.statusCode());
                return null;
            }
            latencies.get(kind).add(took);
            return JSON.readTree(response.body());
        } catch (IOException e) {
            error(kind + " failed: " + e.getClass().getSimpleName());
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error(kind + " interrupted");
            return null;
        }
    }

    private void think() {
        if (settings.thinkMs() > 0) {
            try {
                Thread.sleep(settings.thinkMs());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void error(String what) {
        errors.computeIfAbsent(what, k -> new LongAdder()).increment();
    }

    /** Prints what was measured. */
    void report(PrintStream out, double seconds, int scenarioCount) {
        int turns = latencies.get(Call.TURN).size();
        long failed = errors.values().stream().mapToLong(LongAdder::sum).sum();
        out.printf(
                Locale.ROOT,
                "Spar web load: %d learners at once, up to %d turns a session, %s, over %d scenarios%n",
                settings.learners(),
                settings.turns(),
                settings.durationSeconds() > 0
                        ? "for " + settings.durationSeconds() + " s"
                        : settings.sessionsEach() + " session(s) each",
                scenarioCount);
        out.printf(
                Locale.ROOT,
                "sessions completed: %d   turns: %d in %.1f s = %.0f turns/s   errors: %d   acknowledged turns"
                        + " missing from the review: %d%n",
                sessions.get(),
                turns,
                seconds,
                turns / seconds,
                failed,
                lostTurns.get());
        out.printf(Locale.ROOT, "%-22s %7s %7s %7s %7s %7s%n", "latency (ms)", "count", "p50", "p90", "p99", "max");
        for (Call c : Call.values()) {
            long[] sorted = latencies.get(c).stream()
                    .mapToLong(Long::longValue)
                    .sorted()
                    .toArray();
            if (sorted.length == 0) {
                continue;
            }
            out.printf(
                    Locale.ROOT,
                    "%-22s %7d %7.1f %7.1f %7.1f %7.1f%n",
                    label(c),
                    sorted.length,
                    percentile(sorted, 0.50),
                    percentile(sorted, 0.90),
                    percentile(sorted, 0.99),
                    sorted[sorted.length - 1] / 1e6);
        }
        errors.forEach((what, n) -> out.printf(Locale.ROOT, "error: %s (%d times)%n", what, n.sum()));
    }

    /**
     * Prints the server's CPU time over the measured run: a call, and a turn with the session's other calls (start,
     * end, review) shared out over its turns, as a server pays for them.
     */
    void reportCpu(PrintStream out, long cpuMillis, double seconds) {
        int turns = latencies.get(Call.TURN).size();
        int calls = latencies.values().stream()
                .mapToInt(ConcurrentLinkedQueue::size)
                .sum();
        if (turns == 0) {
            return;
        }
        out.printf(
                Locale.ROOT,
                "server CPU: %d ms in %.1f s (%.2f of a core's time) = %.2f ms a call (%d calls),"
                        + " %.2f ms a turn with start, end and review shared out (%d turns)%n",
                cpuMillis,
                seconds,
                cpuMillis / 1000.0 / seconds,
                (double) cpuMillis / calls,
                calls,
                (double) cpuMillis / turns,
                turns);
    }

    /**
     * Prints how the server's CPU time divides between the JIT compiler's threads, the garbage collector's and the
     * rest (the threads that answer requests, mostly), a turn, from the threads' own counts in /proc.
     */
    void reportThreads(PrintStream out, Map<String, Long> before, Map<String, Long> after, long totalMillis) {
        int turns = latencies.get(Call.TURN).size();
        if (turns == 0 || before.isEmpty() || after.isEmpty()) {
            return;
        }
        Map<String, Long> kinds = new java.util.TreeMap<>();
        after.forEach((thread, ms) -> {
            String kind = thread.substring(thread.indexOf(' ') + 1);
            kinds.merge(kind, ms - before.getOrDefault(thread, 0L), Long::sum);
        });
        long jit = kinds.getOrDefault("JIT compiler", 0L);
        long gc = kinds.getOrDefault("garbage collector", 0L);
        out.printf(
                Locale.ROOT,
                "server CPU a turn by threads: JIT compiler %.2f ms, garbage collector %.2f ms, the rest (requests,"
                        + " database, background) %.2f ms%n",
                (double) jit / turns,
                (double) gc / turns,
                (double) (totalMillis - jit - gc) / turns);
    }

    /**
     * Returns the CPU time so far of each of a process's threads (ms, keyed by thread id and kind: "JIT compiler",
     * "garbage collector" or "other"), from /proc; empty if unknown.
     */
    static Map<String, Long> threadCpuMillis(long pid) {
        Map<String, Long> threads = new java.util.HashMap<>();
        if (pid <= 0) {
            return threads;
        }
        try (var tasks = Files.list(Path.of("/proc/" + pid + "/task"))) {
            for (Path task : tasks.toList()) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    String kind = name.contains("CompilerThre")
                            ? "JIT compiler"
                            : name.startsWith("GC Thread") || name.startsWith("G1 ") ? "garbage collector" : "other";
                    threads.put(
                            task.getFileName() + " " + kind,
                            (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10);
                } catch (IOException | RuntimeException e) {
                    // The thread ended meanwhile.
                }
            }
        } catch (IOException e) {
            return Map.of();
        }
        return threads;
    }

    /** Returns a process's CPU time so far (user and system, all threads), in ms, from /proc; -1 if unknown. */
    static long cpuMillis(long pid) {
        if (pid <= 0) {
            return -1;
        }
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // utime and stime are fields 14 and 15 of the line, in clock ticks (100 a second on Linux)
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static String label(Call c) {
        return switch (c) {
            case START -> "start a session";
            case TURN -> "say a turn (reply)";
            case END -> "end (critique)";
            case REVIEW -> "get the review";
        };
    }

    /** Returns the nearest-rank percentile, in milliseconds. */
    static double percentile(long[] sortedNanos, double p) {
        int rank = (int) Math.ceil(p * sortedNanos.length);
        return sortedNanos[Math.max(0, Math.min(sortedNanos.length - 1, rank - 1))] / 1e6;
    }

    private static List<String> scenarios(HttpClient client, String url) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(
                HttpRequest.newBuilder(URI.create(url.replaceAll("/+$", "") + "/api/scenarios"))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET /api/scenarios answered " + response.statusCode());
        }
        List<String> ids = new ArrayList<>();
        JSON.readTree(response.body()).forEach(s -> ids.add(s.path("id").asText()));
        if (ids.isEmpty()) {
            throw new IllegalStateException("the server has no scenarios");
        }
        return ids;
    }

    static int number(String option, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " takes a whole number, not '" + value + "'");
        }
    }

    private static String quote(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
