package dev.spar.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} of a busy server loses nothing it acknowledged. Writers start sessions, say turns, end sessions
 * and save a scenario over and over while the server (in a JVM of its own, on the default embedded database, or on
 * PostgreSQL when {@code SPAR_TEST_PG_URL} is set) is killed three times: once while an "end" is in flight, once
 * while a "Save as my scenario" is, once at a random moment. After each restart every acknowledged session, turn,
 * ending and save must be there.
 */
class CrashTests {
    private static final String SCENARIO = "angry-delay";
    private static final int TALKERS = 3;
    private static final Pattern SAVED_TITLE = Pattern.compile("Crash save (\\d+)");

    @TempDir
    Path root;

    @RegisterExtension
    final ChildServer.Logs servers = new ChildServer.Logs();

    /** What the server acknowledged: sessions with their learner lines in order, endings, and the last save. */
    static final class Ledger {
        final Map<String, List<String>> lines = new ConcurrentHashMap<>();
        /** Which server (by its name in the test) acknowledged each session's start. */
        final Map<String, String> startedBy = new ConcurrentHashMap<>();

        volatile String server = "server";
        final List<String> ended = new CopyOnWriteArrayList<>();
        final AtomicInteger saved = new AtomicInteger();
        final AtomicInteger attemptedSaves = new AtomicInteger();
        final AtomicBoolean endInFlight = new AtomicBoolean();
        final AtomicBoolean saveInFlight = new AtomicBoolean();

        int turns() {
            return lines.values().stream().mapToInt(List::size).sum();
        }
    }

    @Test
    void everyAcknowledgedTurnSessionEndingAndSaveSurvivesKillNine() throws Exception {
        Path data = Files.createDirectories(root.resolve("data"));
        // H2: no database settings at all, so this is the default embedded database as `spar serve` opens it.
        Map<String, String> db = TestDatabase.postgres() ? TestDatabase.fresh() : Map.of();
        Ledger ledger = new Ledger();
        List<String> kills = List.of("end", "save", "random");
        Set<String> lost = new LinkedHashSet<>();
        for (int round = 0; round <= kills.size(); round++) {
            ledger.server = "server-" + round;
            try (ChildServer server = servers.start(data, db, ledger.server)) {
                if (round > 0) {
                    lost.addAll(check(server, ledger, data));
                }
                if (round == kills.size()) {
                    break;
                }
                AtomicBoolean stop = new AtomicBoolean();
                List<Thread> writers = new ArrayList<>();
                for (int i = 0; i < TALKERS; i++) {
                    writers.add(Thread.ofPlatform().start(() -> talk(server.port(), ledger, stop)));
                }
                writers.add(Thread.ofPlatform().start(() -> save(server.port(), ledger, stop)));
                // Some of everything acknowledged in each round before the kill (a cold server is slow at first).
                int savedBefore = ledger.saved.get();
                int endedBefore = ledger.ended.size();
                long warm = System.nanoTime() + 20_000_000_000L;
                Thread.sleep(1_000);
                while ((ledger.saved.get() == savedBefore || ledger.ended.size() == endedBefore)
                        && System.nanoTime() < warm) {
                    Thread.sleep(50);
                }
                String kill = kills.get(round);
                AtomicBoolean awaited = kill.equals("end")
                        ? ledger.endInFlight
                        : kill.equals("save") ? ledger.saveInFlight : new AtomicBoolean(true);
                long deadline = System.nanoTime() + 10_000_000_000L;
                while (!awaited.get() && System.nanoTime() < deadline) {
                    Thread.onSpinWait();
                }
                server.kill();
                stop.set(true);
                for (Thread w : writers) {
                    w.join(15_000);
                }
            }
        }
        System.out.printf(
                "Crash test (%s): %d kills; acknowledged %d sessions, %d turns, %d endings, %d saves (last %d);"
                        + " lost %d%n",
                TestDatabase.postgres() ? "PostgreSQL" : "embedded H2",
                kills.size(),
                ledger.lines.size(),
                ledger.turns(),
                ledger.ended.size(),
                ledger.attemptedSaves.get(),
                ledger.saved.get(),
                lost.size());
        assertThat(ledger.turns()).as("the writers got turns acknowledged").isGreaterThan(10);
        assertThat(ledger.ended).as("the writers got endings acknowledged").isNotEmpty();
        assertThat(ledger.saved.get()).as("the saver got saves acknowledged").isPositive();
        assertThat(lost)
                .as("what was acknowledged and then missing after kill -9")
                .isEmpty();
    }

    /** Starts sessions, says four lines in each and ends it, until the server dies or the test stops it. */
    private static void talk(int port, Ledger ledger, AtomicBoolean stop) {
        Http http = new Http(port);
        try {
            for (int n = 0; !stop.get(); n++) {
                Http.Response started =
                        http.post("/api/sessions", "{\"scenarioId\": \"" + SCENARIO + "\", \"seed\": " + (n + 1) + "}");
                if (started.status() != 201) {
                    continue;
                }
                String id = started.json().path("id").asText();
                List<String> said = new CopyOnWriteArrayList<>();
                ledger.startedBy.put(id, ledger.server);
                ledger.lines.put(id, said);
                boolean open = true;
                for (int t = 1; t <= 4 && open && !stop.get(); t++) {
                    String line = "Line " + t + " of " + id.substring(0, 8)
                            + ": I'm sorry it is late; let me check the order for you.";
                    open = http.post("/api/sessions/" + id + "/turns", "{\"text\": " + Http.quote(line) + "}")
                                    .status()
                            == 200;
                    if (open) {
                        said.add(line);
                    }
                }
                ledger.endInFlight.set(true);
                try {
                    if (http.post("/api/sessions/" + id + "/end", "").status() == 200) {
                        ledger.ended.add(id);
                    }
                } finally {
                    ledger.endInFlight.set(false);
                }
            }
        } catch (UncheckedIOException e) {
            // The server was killed.
        }
    }

    /** Saves one scenario again and again under a new title, until the server dies or the test stops it. */
    private static void save(int port, Ledger ledger, AtomicBoolean stop) {
        PageForms forms = new PageForms(port);
        try {
            while (!stop.get()) {
                int n = ledger.attemptedSaves.incrementAndGet();
                try {
                    Http.Response r = forms.submit(
                            "/prepare",
                            PageForms.scenario("crash-save", "Crash save " + n),
                            () -> ledger.saveInFlight.set(true));
                    if (r.status() == 200 && r.body().contains("Saved as your scenario")) {
                        ledger.saved.set(n);
                    }
                } finally {
                    ledger.saveInFlight.set(false);
                }
            }
        } catch (UncheckedIOException e) {
            // The server was killed.
        }
    }

    /**
     * Returns what the server acknowledged and no longer has (or refuses to read back), each named: the session, the
     * turn, which server acknowledged it, what this server answered and what its log says about it.
     */
    static List<String> check(ChildServer server, Ledger ledger, Path data) throws IOException {
        Http http = new Http(server.port());
        List<String> lost = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : ledger.lines.entrySet()) {
            String id = e.getKey();
            String session = "session " + id + " (started on " + ledger.startedBy.getOrDefault(id, "the server") + ")";
            Http.Response r = http.get("/api/sessions/" + id);
            if (r.status() != 200) {
                lost.add(session + ": GET answered " + r.status() + " " + r.body() + explained(server, id));
                continue;
            }
            JsonNode stored = r.json();
            List<String> lines = ApiTests.learnerLines(stored);
            List<String> acknowledged = List.copyOf(e.getValue());
            // The line in flight at the kill may or may not be there; every acknowledged one must be, in order.
            for (int t = 0; t < acknowledged.size(); t++) {
                if (t >= lines.size() || !lines.get(t).equals(acknowledged.get(t))) {
                    lost.add(session + ": learner turn " + (t + 1) + " of " + acknowledged.size() + " acknowledged ("
                            + acknowledged.get(t) + "), stored " + (t < lines.size() ? lines.get(t) : "nothing")
                            + explained(server, id));
                    break;
                }
            }
            if (lines.size() > acknowledged.size() + 1) {
                lost.add(session + ": " + acknowledged.size() + " learner turns acknowledged, " + lines.size()
                        + " stored: " + lines);
            }
            if (ledger.ended.contains(id)
                    && !"ended".equals(stored.path("status").asText())) {
                lost.add(session + ": its ending was acknowledged, its status is " + stored.path("status")
                        + explained(server, id));
            }
        }
        int saved = ledger.saved.get();
        if (saved > 0) {
            Http.Response scenarios = http.get("/api/scenarios");
            Optional<Integer> listed = Optional.empty();
            if (scenarios.status() == 200) {
                for (JsonNode s : scenarios.json()) {
                    if (s.path("id").asText().equals("crash-save")) {
                        listed = number(s.path("title").asText());
                    }
                }
            }
            if (listed.isEmpty() || listed.get() < saved) {
                lost.add("save " + saved + " of the scenario (GET /api/scenarios answered " + scenarios.status()
                        + "; it lists save " + listed + ")" + explained(server, "/api/scenarios"));
            }
            Path file = data.resolve("scenarios").resolve("crash-save.yaml");
            Optional<Integer> inFile = Files.exists(file) ? number(Files.readString(file)) : Optional.empty();
            if (inFile.isEmpty() || inFile.get() < saved) {
                lost.add("save " + saved + " of the scenario's file (the file has " + inFile + ")");
            }
        }
        return lost;
    }

    /** Returns what the server's log says about something (a session's id, an address), if anything. */
    private static String explained(ChildServer server, String about) {
        List<String> lines = server.linesAbout(about);
        return lines.isEmpty() ? "" : "; the server logged:\n    " + String.join("\n    ", lines);
    }

    private static Optional<Integer> number(String text) {
        Matcher m = SAVED_TITLE.matcher(text);
        return m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
    }
}
