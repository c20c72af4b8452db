package dev.spar.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.spar.llm.ProviderServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The overhead the web app adds on top of a model: for each streamed piece, the time from the moment a real
 * local server speaking OpenAI's protocol flushed it to the moment it arrived, as a server-sent event, at a
 * client reading the chat's reply stream, as a browser does. The model server and the client run in this
 * process, so both times come from one clock; {@code spar serve} runs as its own process between them, with
 * the database, the simulation and the streaming of the real app.
 *
 * <p>Usage: {@code bench/llm-web-overhead [turns] [pieces per turn] [gap between pieces in ms]}.
 */
public final class WebModelOverhead {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern META = Pattern.compile("<meta name=\"(csrf-[a-z]+)\" content=\"([^\"]*)\"");
    private static final Pattern STREAM = Pattern.compile("data-stream=\"([^\"]*)\"");
    private static final String LINE = "I can hear how frustrating this has been. What happened first?";

    private final HttpClient client = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .version(HttpClient.Version.HTTP_1_1)
            .build();
    private final String base;

    private WebModelOverhead(String base) {
        this.base = base;
    }

    /** Starts the model server and {@code spar serve}, measures, prints the figures and stops both. */
    public static void main(String[] args) throws Exception {
        int turns = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int pieces = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        Duration gap = Duration.ofMillis(args.length > 2 ? Long.parseLong(args[2]) : 3);
        List<String> words = new ArrayList<>(List.of("Well"));
        for (int i = 1; i < pieces; i++) {
            words.add(" word" + i);
        }
        Path work = Files.createTempDirectory("spar-web-overhead");
        try (ProviderServer model = new ProviderServer(ProviderServer.Protocol.OPENAI)) {
            model.otherwise(request -> new ProviderServer.Stream(words, true, gap));
            Process server = start(work, model.baseUrl());
            try {
                WebModelOverhead bench = new WebModelOverhead(ready(server));
                System.out.printf(
                        "Overhead from a piece leaving the model server to reaching the browser's event stream: %d turns"
                                + " of %d pieces, %d ms apart (after %d warm-up turns)%n",
                        turns, pieces, gap.toMillis(), turns / 5);
                bench.measure(model, turns, pieces);
                System.out.println("spar serve memory after the run: RSS " + rssMb(server.pid()) + " MB; load average "
                        + ModelOverhead.loadAverage() + "; on a busy machine the tail is the scheduler's, not Spar's.");
            } finally {
                server.destroy();
                server.waitFor();
            }
        }
    }

    private void measure(ProviderServer model, int turns, int pieces) throws IOException, InterruptedException {
        List<long[]> perTurn = new ArrayList<>();
        List<Long> all = new ArrayList<>();
        int warmUp = turns / 5;
        model.drainSentAt();
        for (int t = 0; t < warmUp + turns; t++) {
            String id = session();
            String stream = say(id);
            List<Long> arrived = listen(stream);
            List<Long> sent = model.drainSentAt();
            if (arrived.size() != pieces || sent.size() != pieces) {
                throw new IllegalStateException("turn " + t + " did not stream whole: " + arrived.size() + " of "
                        + pieces + " pieces arrived, " + sent.size() + " sent");
            }
            if (t < warmUp) {
                continue;
            }
            long[] overhead = new long[pieces];
            for (int i = 0; i < pieces; i++) {
                overhead[i] = arrived.get(i) - sent.get(i);
                all.add(overhead[i]);
            }
            Arrays.sort(overhead);
            perTurn.add(overhead);
        }
        double[] p50s = perTurn.stream()
                .mapToDouble(o -> LoadDriver.percentile(o, 0.50))
                .sorted()
                .toArray();
        double[] p99s = perTurn.stream()
                .mapToDouble(o -> LoadDriver.percentile(o, 0.99))
                .sorted()
                .toArray();
        long[] every = all.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf(
                "%14s %14s %14s %14s %14s%n", "turn p50 (med)", "turn p99 (med)", "all p50", "all p99", "all max");
        System.out.printf(
                "%14s %14s %14s %14s %14s%n",
                millis(p50s[p50s.length / 2]),
                millis(p99s[p99s.length / 2]),
                millis(LoadDriver.percentile(every, 0.50)),
                millis(LoadDriver.percentile(every, 0.99)),
                millis(every[every.length - 1] / 1e6));
    }

    private String session() throws IOException, InterruptedException {
        HttpResponse<String> r = client.send(
                HttpRequest.newBuilder(URI.create(base + "/api/sessions"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"scenarioId\": \"refund-outside-window\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode session = JSON.readTree(r.body());
        return session.path("id").asText();
    }

    /** Posts the line as the chat page does and returns the address of the reply's event stream. */
    private String say(String id) throws IOException, InterruptedException {
        String page = client.send(
                        HttpRequest.newBuilder(URI.create(base + "/s/" + id)).build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        Map<String, String> csrf = new HashMap<>();
        Matcher m = META.matcher(page);
        while (m.find()) {
            csrf.put(m.group(1), m.group(2));
        }
        String fragment = client.send(
                        HttpRequest.newBuilder(URI.create(base + "/s/" + id + "/say"))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .header("HX-Request", "true")
                                .header(csrf.get("csrf-header"), csrf.get("csrf-token"))
                                .POST(HttpRequest.BodyPublishers.ofString(
                                        "text=" + URLEncoder.encode(LINE, StandardCharsets.UTF_8)))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher stream = STREAM.matcher(fragment);
        if (!stream.find()) {
            throw new IllegalStateException("the chat did not offer a reply stream: " + fragment);
        }
        return stream.group(1);
    }

    /** Reads a reply's event stream to its end; returns when each token event arrived. */
    private List<Long> listen(String path) throws IOException, InterruptedException {
        HttpResponse<java.io.InputStream> r = client.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Accept", "text/event-stream")
                        .build(),
                HttpResponse.BodyHandlers.ofInputStream());
        List<Long> arrived = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(r.body(), StandardCharsets.UTF_8))) {
            String event = "";
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.startsWith("event:")) {
                    event = line.substring(6).strip();
                } else if (line.startsWith("data:") && event.equals("token")) {
                    arrived.add(System.nanoTime());
                } else if (line.startsWith("data:") && event.equals("retract")) {
                    throw new IllegalStateException("the model's line was withdrawn: " + line);
                }
            }
        }
        return arrived;
    }

    private static Process start(Path work, String modelUrl) throws IOException {
        Path jar = Path.of("spar-cli/target/spar-cli.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("build Spar first: " + jar + " is missing (bench/llm-web-overhead does)");
        }
        ProcessBuilder pb = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Djava.io.tmpdir=" + Files.createDirectories(work.resolve("tmp")),
                        "-jar",
                        jar.toString(),
                        "serve",
                        "--host",
                        "127.0.0.1",
                        "--port",
                        "0",
                        "--data-dir",
                        work.resolve("data").toString(),
                        "--engine",
                        "openai",
                        "--base-url",
                        modelUrl,
                        "--model",
                        "bench-model")
                .redirectErrorStream(true);
        pb.environment().put("SPAR_HOME", work.resolve("home").toString());
        return pb.start();
    }

    /** Waits for the server's "running at" line and returns its address. */
    private static String ready(Process server) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        Pattern running = Pattern.compile("Spar is running at (http://[^/ ]+)/");
        StringBuilder log = new StringBuilder();
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            log.append(line).append('\n');
            Matcher m = running.matcher(line);
            if (m.find()) {
                Thread drain = new Thread(() -> out.lines().forEach(l -> {}));
                drain.setDaemon(true);
                drain.start();
                return m.group(1);
            }
        }
        throw new IllegalStateException("spar serve stopped before it was ready:\n" + log);
    }

    private static long rssMb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }

    private static String millis(double ms) {
        return String.format("%.2f ms", ms);
    }
}
