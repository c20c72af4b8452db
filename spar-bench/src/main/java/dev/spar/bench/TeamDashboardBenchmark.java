package dev.spar.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.spar.store.EmbeddedDatabase;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The coach's dashboard of a big team (issue 14: "a team of 200 learners with 20,000 runs; the coach's dashboard
 * under 300 ms"). Starts {@code spar serve --accounts} on a throwaway data folder (embedded H2, or an empty
 * PostgreSQL database with {@code --pg}) and builds the team as people would: an administrator signs up with the
 * first invitation, makes a team, invites a coach and four learners who sign up through the form; the coach sets ten
 * assignments over five scenarios; the learners practise for real over the API (start, 3-4 lines, end), share a run,
 * dispute findings, the coach comments and settles. Then, with the server stopped, the other learners and the bulk of
 * the runs go in by JDBC as copies of those real runs ({@link TeamRows}). The server is started again and the coach's
 * dashboard is called (warm-up, then timed calls one after another), with the team's assignments, and a learner's
 * assignments and home. Prints p50/p90/p99/max, the answer's size and what the dashboard covered.
 *
 * <p>Usage: {@code bench/team-dashboard [--learners 200] [--runs 20000] [--weeks 8] [--calls 30] [--warmup 20]
 * [--pg jdbc:postgresql://127.0.0.1:5432/empty_db] [--keep DIR] [--jfr FILE] [--save FILE]} (PostgreSQL's user and password from
 * {@code SPAR_DB_USER} and {@code SPAR_DB_PASSWORD}). {@code --keep} builds the team in that folder and keeps it, and
 * on the next run only measures on it again (to compare a change on the same data); {@code --jfr} records the
 * measured server with Java Flight Recorder's profile settings; {@code --save} writes the dashboard's JSON there (to
 * check that a change kept it the same).
 */
public final class TeamDashboardBenchmark {
    static final String PASSWORD = "bench password 14";
    private static final Pattern RUNNING = Pattern.compile("Spar is running at (http://[^/ ]+)/");
    private static final Pattern FIRST = Pattern.compile("/signup\\?code=([A-Za-z0-9_-]+)");
    private static final int REAL_LEARNERS = 4;
    private static final int ASSIGNMENTS = 10;
    private static final int SCENARIOS = 5;
    private static final List<List<String>> LINES = List.of(
            List.of(
                    "I'm sorry this has dragged on, that sounds really frustrating.",
                    "Can you tell me what happened from the start, so I have it right?",
                    "Here is what I can do today: a refund of the second charge, in three to five days.",
                    "I'll email you a confirmation tonight, and call you on Friday to check it arrived."),
            List.of(
                    "I hear you. Let me check what options I have before I promise anything.",
                    "I just think maybe we could possibly look at it again, sorry.",
                    "Would a replacement or a refund work better for you?"),
            List.of(
                    "That's our policy, there is nothing I can do about it.",
                    "You need to calm down so we can sort this out.",
                    "Well, you should have read the return policy before buying.",
                    "I guess maybe we could possibly look at it, sorry, I don't know."));

    /** How big a team to build and how long to measure. */
    record Settings(
            int learners, int runs, int weeks, int calls, int warmup, String pg, Path keep, Path jfr, Path save) {}

    private record Server(Process process, String base, String firstCode) {}

    private TeamDashboardBenchmark() {}

    public static void main(String[] args) throws Exception {
        Settings settings;
        try {
            settings = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("team-dashboard: " + e.getMessage());
            System.err.println(
                    "usage: TeamDashboardBenchmark [--learners 200] [--runs 20000] [--weeks 8] [--calls 30]"
                            + " [--warmup 20] [--pg jdbc:postgresql://host:5432/empty_db] [--keep DIR] [--jfr FILE] [--save FILE]");
            System.exit(2);
            return;
        }
        if (settings.keep() != null) {
            Files.createDirectories(settings.keep());
            run(settings, settings.keep());
            return;
        }
        Path work = Files.createTempDirectory("spar-team-dashboard");
        try {
            run(settings, work);
        } finally {
            try (Stream<Path> all = Files.walk(work)) {
                all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void run(Settings settings, Path work) throws Exception {
        Path kept = work.resolve("team-id");
        if (Files.exists(kept)) {
            String team = Files.readString(kept).strip();
            System.out.println("The team built before in " + work + " (" + team + ")");
            measureOn(settings, work, team);
            return;
        }
        long began = System.nanoTime();
        Server first = start(settings, work, true);
        String team;
        try {
            team = realTeam(first.base(), first.firstCode());
        } finally {
            stop(first.process());
        }
        System.out.printf(
                Locale.ROOT,
                "Set up over the API (5 sign-ups, 17 real runs): %.1f s%n",
                (System.nanoTime() - began) / 1e9);
        long filling = System.nanoTime();
        TeamRows.Filled filled;
        try (Connection db = connect(settings, work)) {
            filled = new TeamRows(db, 14).fill(team, "coach", settings.learners(), settings.runs(), settings.weeks());
        }
        System.out.printf(
                Locale.ROOT,
                "Filled by JDBC in %.1f s: %d learners, %d runs over %d weeks (%d a coach may see: %d assigned, %d"
                        + " shared; the rest private), %d comments, %d disputes%n",
                (System.nanoTime() - filling) / 1e9,
                filled.learners(),
                filled.runs(),
                settings.weeks(),
                filled.visible(),
                filled.assigned(),
                filled.shared(),
                filled.comments(),
                filled.disputes());
        Files.writeString(kept, team);
        measureOn(settings, work, team);
    }

    private static void measureOn(Settings settings, Path work, String team) throws Exception {
        Server second = start(settings, work, false);
        try {
            measure(settings, second.base(), team, second.process().pid());
            System.out.println("spar serve memory after the run: RSS "
                    + rssMb(second.process().pid()) + " MB; load average " + ModelOverhead.loadAverage());
        } finally {
            stop(second.process());
        }
    }

    /** Builds the team as people would, over HTTP, and returns its id. */
    private static String realTeam(String base, String firstCode) throws IOException, InterruptedException {
        SparApi.signUp(base, firstCode, "admin", PASSWORD);
        SparApi admin = SparApi.basic(base, "admin", PASSWORD);
        String team = admin.post("/api/teams", "{\"name\": \"Support EMEA (bench)\"}")
                .expect(201, "creating the team")
                .path("id")
                .asText();
        join(base, admin, team, "coach", "coach");
        List<String> learners = new ArrayList<>();
        for (int i = 1; i <= REAL_LEARNERS; i++) {
            String name = String.format("learner%03d", i);
            join(base, admin, team, name, "learner");
            learners.add(name);
        }
        SparApi coach = SparApi.basic(base, "coach", PASSWORD);
        JsonNode library = admin.get("/api/scenarios").expect(200, "the library");
        List<String> scenarios = new ArrayList<>();
        for (JsonNode s : library) {
            if (scenarios.size() < SCENARIOS) {
                scenarios.add(s.path("id").asText());
            }
        }
        List<String> assignments = new ArrayList<>();
        for (int i = 0; i < ASSIGNMENTS; i++) {
            StringBuilder body = new StringBuilder("{\"scenarioId\": \"" + scenarios.get(i % scenarios.size())
                    + "\", \"due\": \"" + LocalDate.now(ZoneOffset.UTC).plusDays(7L * (i + 1)) + "\"");
            if (i % 2 == 0) {
                body.append(", \"minScore\": 60");
            }
            if (i >= SCENARIOS && i % 3 == 0) {
                body.append(", \"attempts\": 5");
            }
            if (i == ASSIGNMENTS - 1) {
                body.append(", \"people\": [\"learner001\", \"learner002\", \"learner003\"]");
            }
            body.append('}');
            assignments.add(coach.post("/api/teams/" + team + "/assignments", body.toString())
                    .expect(201, "assigning")
                    .path("id")
                    .asText());
        }
        List<String[]> runs = new ArrayList<>(); // id, owner
        for (int s = 0; s < scenarios.size(); s++) {
            for (int k = 0; k < LINES.size(); k++) {
                String owner = learners.get((s * LINES.size() + k) % learners.size());
                String id = practise(
                        base, owner, "{\"assignmentId\": \"" + assignments.get(s) + "\"}", LINES.get((k + s) % 3));
                runs.add(new String[] {id, owner});
            }
        }
        SparApi first = SparApi.basic(base, learners.getFirst(), PASSWORD);
        String shared =
                practise(base, learners.getFirst(), "{\"scenarioId\": \"" + scenarios.get(1) + "\"}", LINES.get(2));
        first.post("/api/sessions/" + shared + "/share", "{}").expect(200, "sharing a run");
        practise(base, learners.getFirst(), "{\"scenarioId\": \"" + scenarios.get(2) + "\"}", LINES.get(1));
        int disputes = 0;
        for (String[] run : runs) {
            coach.post(
                            "/api/sessions/" + run[0] + "/comments",
                            "{\"turn\": 1, \"text\": \"Good start; now the offer before the policy.\"}")
                    .expect(201, "commenting");
            if (disputes >= 3) {
                continue;
            }
            SparApi owner = SparApi.basic(base, run[1], PASSWORD);
            JsonNode findings = owner.get("/api/sessions/" + run[0])
                    .expect(200, "reading a run")
                    .path("critique")
                    .path("findings");
            if (findings.isEmpty()) {
                continue;
            }
            JsonNode f = findings.get(0);
            String dispute = owner.post(
                            "/api/sessions/" + run[0] + "/disputes",
                            "{\"turn\": " + f.path("turn").asInt() + ", \"category\": "
                                    + SparApi.quote(f.path("category").asText())
                                    + ", \"reason\": \"I meant it as a question.\"}")
                    .expect(201, "disputing a finding")
                    .path("id")
                    .asText();
            if (disputes < 2) {
                coach.post(
                                "/api/disputes/" + dispute + "/settle",
                                "{\"upheld\": " + (disputes == 0) + ", \"note\": \"Read it with the turn before.\"}")
                        .expect(200, "settling a dispute");
            }
            disputes++;
        }
        return team;
    }

    private static void join(String base, SparApi admin, String team, String name, String role)
            throws IOException, InterruptedException {
        String code = admin.post(
                        "/api/teams/" + team + "/invitations",
                        "{\"name\": \"" + name + "\", \"role\": \"" + role + "\"}")
                .expect(201, "inviting " + name)
                .path("code")
                .asText();
        SparApi.signUp(base, code, name, PASSWORD);
    }

    /** A real practice session over the API: start, say the lines, end; returns its id. */
    private static String practise(String base, String who, String start, List<String> lines)
            throws IOException, InterruptedException {
        SparApi me = SparApi.basic(base, who, PASSWORD);
        String id = me.post("/api/sessions", start)
                .expect(201, "starting a run")
                .path("id")
                .asText();
        for (String line : lines) {
            SparApi.Response said =
                    me.post("/api/sessions/" + id + "/turns", "{\"text\": " + SparApi.quote(line) + "}");
            if (said.status() != 200 || said.json().path("ended").asBoolean()) {
                break;
            }
        }
        me.post("/api/sessions/" + id + "/end", "{}").expect(200, "ending a run");
        return id;
    }

    /** A call to time: who makes it, and where. */
    private record Call(String label, SparApi who, String path) {}

    private static void measure(Settings settings, String base, String team, long server) throws Exception {
        SparApi coach = SparApi.loggedIn(base, "coach", PASSWORD);
        SparApi coachBasic = SparApi.basic(base, "coach", PASSWORD);
        SparApi learner = SparApi.loggedIn(base, "learner001", PASSWORD);
        String dashboard = "/api/teams/" + team + "/dashboard";
        List<Call> calls = List.of(
                new Call("GET /api/teams/{id}/dashboard (coach)", coach, dashboard),
                new Call("the same with HTTP Basic (a BCrypt check per call)", coachBasic, dashboard),
                new Call("GET /api/teams/{id} with HTTP Basic (the check alone)", coachBasic, "/api/teams/" + team),
                new Call("GET /api/teams/{id}/assignments (coach)", coach, "/api/teams/" + team + "/assignments"),
                new Call("GET /api/assignments (learner001)", learner, "/api/assignments"),
                new Call("GET /api/home (learner001)", learner, "/api/home"));
        // Every call is warmed up before any is timed, so that no timed series pays for compiling the code it shares
        // with the next one.
        for (Call c : calls) {
            for (int i = 0; i < settings.warmup(); i++) {
                c.who().get(c.path()).expect(200, c.label());
            }
        }
        System.out.printf(
                "%nTimed one after another, %d calls each after %d warm-up calls of each (ms, wall, loopback HTTP; the"
                        + " coach and learner001 logged in through the form, as in the browser; server CPU: the server"
                        + " process's CPU time over the timed calls, ms a call, all its threads):%n",
                settings.calls(), settings.warmup());
        System.out.printf(
                "%-52s %8s %8s %8s %8s %10s %10s%n", "call", "p50", "p90", "p99", "max", "bytes", "server CPU");
        SparApi.Response last = null;
        for (Call c : calls) {
            SparApi.Response answer = time(settings, server, c);
            if (last == null) {
                last = answer;
            }
        }
        if (settings.save() != null) {
            Files.writeString(settings.save(), last.body());
        }
        JsonNode d = last.json();
        int runs = 0;
        for (JsonNode l : d.path("learners")) {
            runs += l.path("runs").asInt();
        }
        int standings = 0;
        for (JsonNode a : d.path("assignments")) {
            standings += a.path("people").size();
        }
        System.out.printf(
                "%nThe dashboard covered %d learners and %d runs they shared or made for an assignment; %d assignments"
                        + " with %d standings; skills over %d week-skill cells and %d habits from the latest %d runs;"
                        + " %d dispute categories; the scorecard over %d runs; %d recent runs listed.%n",
                d.path("learners").size(),
                runs,
                d.path("assignments").size(),
                standings,
                d.path("skills").size(),
                d.path("habits").size(),
                300,
                d.path("disputes").size(),
                d.path("scorecard").path("runs").asInt(),
                d.path("recentRuns").size());
    }

    /** Times a call; prints the figures and returns the last answer. */
    private static SparApi.Response time(Settings settings, long server, Call call)
            throws IOException, InterruptedException {
        SparApi.Response last = null;
        long[] nanos = new long[settings.calls()];
        long cpu = LoadDriver.cpuMillis(server);
        for (int i = 0; i < nanos.length; i++) {
            last = call.who().get(call.path());
            last.expect(200, call.label());
            nanos[i] = last.nanos();
        }
        cpu = LoadDriver.cpuMillis(server) - cpu;
        Arrays.sort(nanos);
        System.out.printf(
                Locale.ROOT,
                "%-52s %8.1f %8.1f %8.1f %8.1f %10d %10.0f%n",
                call.label(),
                LoadDriver.percentile(nanos, 0.50),
                LoadDriver.percentile(nanos, 0.90),
                LoadDriver.percentile(nanos, 0.99),
                nanos[nanos.length - 1] / 1e6,
                last.body().getBytes(StandardCharsets.UTF_8).length,
                (double) cpu / nanos.length);
        return last;
    }

    private static Connection connect(Settings settings, Path work) throws Exception {
        if (settings.pg() != null) {
            return DriverManager.getConnection(
                    settings.pg(), System.getenv("SPAR_DB_USER"), System.getenv("SPAR_DB_PASSWORD"));
        }
        EmbeddedDatabase db = EmbeddedDatabase.in(work.resolve("data"));
        return DriverManager.getConnection(db.url(), db.user(), db.password());
    }

    /**
     * Starts {@code spar serve --accounts} and waits for it; on an empty database, also for the first invitation it
     * prints.
     */
    private static Server start(Settings settings, Path work, boolean empty) throws IOException {
        Path jar = Path.of("spar-cli/target/spar-cli.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("build Spar first: " + jar + " is missing (bench/team-dashboard does)");
        }
        ProcessBuilder pb = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xshare:auto",
                        "-Djava.io.tmpdir=" + Files.createDirectories(work.resolve("tmp")),
                        "-jar",
                        jar.toString(),
                        "serve",
                        "--accounts",
                        "--host",
                        "127.0.0.1",
                        "--port",
                        "0",
                        "--data-dir",
                        work.resolve("data").toString())
                .redirectErrorStream(true);
        pb.environment().put("SPAR_HOME", work.resolve("home").toString());
        if (settings.pg() != null) {
            pb.environment().put("SPAR_DB_URL", settings.pg());
        }
        if (!empty && settings.jfr() != null) {
            pb.command()
                    .add(
                            1,
                            "-XX:StartFlightRecording:settings=profile,filename="
                                    + settings.jfr().toAbsolutePath());
        }
        Process server = pb.start();
        BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder log = new StringBuilder();
        String base = null;
        String code = null;
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            log.append(line).append('\n');
            Matcher first = FIRST.matcher(line);
            if (first.find()) {
                code = first.group(1);
            }
            Matcher running = RUNNING.matcher(line);
            if (running.find()) {
                base = running.group(1);
            }
            if (base != null) {
                break; // the first invitation, when there are no accounts, is printed before this line
            }
        }
        if (base == null) {
            throw new IllegalStateException("spar serve stopped before it was ready:\n" + log);
        }
        if (empty && code == null) {
            server.destroy();
            throw new IllegalStateException("the database already has accounts: give an empty one");
        }
        Thread drain = new Thread(() -> out.lines().forEach(l -> {}));
        drain.setDaemon(true);
        drain.start();
        return new Server(server, base, code);
    }

    private static void stop(Process server) throws InterruptedException {
        server.destroy();
        if (!server.waitFor(60, TimeUnit.SECONDS)) {
            server.destroyForcibly();
            server.waitFor();
        }
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

    static Settings parse(String[] args) {
        int learners = 200;
        int runs = 20_000;
        int weeks = 8;
        int calls = 30;
        int warmup = 20;
        String pg = null;
        Path keep = null;
        Path jfr = null;
        Path save = null;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            String value = args[++i];
            switch (option) {
                case "--learners" -> learners = LoadDriver.number(option, value);
                case "--runs" -> runs = LoadDriver.number(option, value);
                case "--weeks" -> weeks = LoadDriver.number(option, value);
                case "--calls" -> calls = LoadDriver.number(option, value);
                case "--warmup" -> warmup = LoadDriver.number(option, value);
                case "--pg" -> pg = value;
                case "--keep" -> keep = Path.of(value);
                case "--jfr" -> jfr = Path.of(value);
                case "--save" -> save = Path.of(value);
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
        }
        if (learners < REAL_LEARNERS || calls < 1 || weeks < 1) {
            throw new IllegalArgumentException(
                    "--learners must be at least " + REAL_LEARNERS + ", --calls and --weeks at least 1");
        }
        return new Settings(learners, runs, weeks, calls, warmup, pg, keep, jfr, save);
    }
}
