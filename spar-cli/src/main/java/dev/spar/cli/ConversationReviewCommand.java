package dev.spar.cli;

import dev.spar.assist.Ledger;
import dev.spar.files.ConversationImport;
import dev.spar.files.ConversationJson;
import dev.spar.review.Checklist;
import dev.spar.review.ConversationReview;
import dev.spar.review.ConversationReviewer;
import dev.spar.review.IntensityPoint;
import dev.spar.review.ReviewFinding;
import dev.spar.review.SafetyNotice;
import dev.spar.review.TurningPoint;
import dev.spar.review.Utterance;
import dev.spar.transcripts.Limits;
import dev.spar.transcripts.TranscriptException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code spar review}: real conversations (support chats, calls, tickets) read, redacted and reviewed. Not to be
 * confused with the review of a practice run, which {@link ReviewPrinter} prints.
 */
@Command(
        name = "review",
        mixinStandardHelpOptions = true,
        description = {
            "Review real conversations: the agent's side of support chats, calls and tickets, after removing"
                    + " personal data.",
            "Reads plain 'Name: text' lines, WebVTT and SRT captions, CSV, and JSON exports (Zendesk, Intercom,"
                    + " Freshdesk, Amazon Connect, [{speaker, text}]); a folder is read recursively for .txt .vtt .srt"
                    + " .csv .json files.",
            "A file that cannot be read is named on standard error with the line or field; without --keep-going"
                    + " Spar stops there. The exit status is 2 if any file could not be read.",
            "Example: spar review chat.txt",
            "Example: spar review exports/ --format json --keep-going > reviews.jsonl"
        })
final class ConversationReviewCommand implements Callable<Integer> {
    /** The extensions read from a folder. */
    static final Set<String> EXTENSIONS = Set.of("txt", "vtt", "srt", "csv", "json");

    /** Above this many files, progress is shown even when standard error is not a terminal. */
    static final int PROGRESS_FROM = 20;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE|DIR", arity = "1..*", description = "Conversation files, or folders of them.")
    List<Path> paths;

    @Option(names = "--format", description = "text (default) or json (one JSON object per conversation per line).")
    Format format = Format.TEXT;

    @Option(
            names = "--agent",
            paramLabel = "NAME",
            description = "The speaker who is the agent, as the files name them (default: inferred per file).")
    String agent;

    @Option(
            names = "--keep-going",
            description =
                    "Go on after a file that cannot be read (it is named on standard error), and review the rest.")
    boolean keepGoing;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Path> files = files(paths);
        if (files.isEmpty()) {
            throw new UserError("no conversation files (" + extensions() + ") in " + describe(paths) + ".");
        }
        ConversationImport importer = new ConversationImport();
        ConversationReviewer reviewer = new ConversationReviewer(Spar.analyzer());
        ConversationJson json = new ConversationJson();
        Terminal term = Terminal.ansi(out);
        Progress progress = new Progress(err, files.size());
        int failed = 0;
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            Optional<ConversationImport.Prepared> prepared = prepare(importer, file, err);
            if (prepared.isEmpty()) {
                failed++;
                if (!keepGoing) {
                    progress.clear();
                    int left = files.size() - i - 1;
                    if (left > 0) {
                        err.println("spar: stopped at " + file + "; " + left + " more file"
                                + (left == 1 ? " was" : "s were") + " not reviewed (--keep-going reviews the rest).");
                    }
                    err.flush();
                    return 2;
                }
                progress.step(i + 1);
                continue;
            }
            ConversationReview review = reviewer.review(prepared.get().transcript());
            progress.clear();
            if (format == Format.JSON) {
                out.println(json.line(review, prepared.get().about()));
            } else {
                print(out, term, review, prepared.get(), files.size() > 1);
            }
            out.flush();
            progress.step(i + 1);
        }
        progress.clear();
        if (failed > 0) {
            err.println("spar: " + failed + " of " + files.size() + " file" + (files.size() == 1 ? "" : "s")
                    + " could not be read.");
            err.flush();
            return 2;
        }
        return 0;
    }

    private Optional<ConversationImport.Prepared> prepare(ConversationImport importer, Path file, PrintWriter err) {
        try {
            long size = Files.size(file);
            int limit = Limits.standard().maxBytes();
            if (size > limit) {
                throw new TranscriptException("the file is " + size + " bytes; the limit is " + limit + " bytes");
            }
            return Optional.of(importer.prepare(file.toString(), Files.readAllBytes(file), Optional.ofNullable(agent)));
        } catch (TranscriptException e) {
            err.println("spar: " + file + ": " + e.getMessage());
        } catch (IOException e) {
            err.println("spar: " + file + ": cannot read it: " + e.getMessage());
        }
        err.flush();
        return Optional.empty();
    }

    /** The files named, with each folder's conversation files (recursively, by path). */
    static List<Path> files(List<Path> paths) {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile)
                            .filter(ConversationReviewCommand::known)
                            .sorted()
                            .forEach(out::add);
                } catch (IOException e) {
                    throw new UserError("cannot read the folder " + p + ": " + e.getMessage());
                }
            } else if (Files.isRegularFile(p)) {
                out.add(p);
            } else {
                throw new UserError("no file or folder " + p + ".");
            }
        }
        return out;
    }

    private static boolean known(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot > 0 && EXTENSIONS.contains(name.substring(dot + 1));
    }

    private static String extensions() {
        return EXTENSIONS.stream().sorted().map(e -> "." + e).collect(Collectors.joining(" "));
    }

    private static String describe(List<Path> paths) {
        return paths.stream().map(Path::toString).collect(Collectors.joining(", "));
    }

    private static void print(
            PrintWriter out, Terminal t, ConversationReview r, ConversationImport.Prepared p, boolean heading) {
        String source = r.transcript().source();
        out.println(t.bold((heading ? "== " : "") + source)
                + t.dim("  (" + p.format() + "; agent: " + p.agent() + ")") + "  score "
                + t.bold(r.score() + "/100"));
        out.println("Redacted: " + redacted(p.redacted()));
        out.println();
        for (SafetyNotice n : r.safety()) {
            out.println(t.red(t.bold("Safety: ")) + "\"" + n.quote() + "\" (turn " + n.turn() + ")");
            out.println("  " + n.message());
            out.println();
        }
        List<Utterance> turns = r.transcript().turns();
        for (int i = 0; i < turns.size(); i++) {
            Utterance u = turns.get(i);
            String who = u.speaker() + " (" + u.role().id() + ")";
            out.println(String.format("%3d  %s: %s", i + 1, u.byAgent() ? t.bold(who) : who, u.text()));
            List<ReviewFinding> found = r.at(i + 1);
            for (int k = 0; k < found.size(); k++) {
                ReviewFinding f = found.get(k);
                // The same advice for more quotes of the turn is shown once, with every quote it is about.
                StringBuilder quotes = new StringBuilder("\"" + f.quote() + "\"");
                while (k + 1 < found.size() && found.get(k + 1).repeats(f)) {
                    quotes.append(", \"").append(found.get(++k).quote()).append('"');
                }
                String mark = f.isProblem()
                        ? t.red("✗ " + f.category().title())
                        : t.green("✓ " + f.category().title());
                out.println("       " + mark + ": " + quotes);
                out.println("         " + t.dim(f.why()));
                if (f.showsRewrite(found, k)) {
                    int answers = f.rewriteAnswers(found, k);
                    out.println("         Try" + (answers > 1 ? " (fixes all " + answers + ")" : "") + ": "
                            + f.rewrite().get());
                }
            }
        }
        out.println();
        out.println(t.bold("Customer intensity") + " (0 calm, 100 furious)");
        if (r.intensity().isEmpty()) {
            out.println("  the customer did not speak");
        }
        for (IntensityPoint ip : r.intensity()) {
            out.println(String.format("  turn %3d  %s %3d", ip.turn(), Terminal.bar(ip.intensity()), ip.intensity()));
        }
        if (!r.turningPoints().isEmpty()) {
            out.println(t.bold("Turning points"));
            for (TurningPoint tp : r.turningPoints()) {
                out.println(String.format(
                        "  turn %d: %s (%d -> %d)%s",
                        tp.turn(),
                        tp.angrier() ? t.red("angrier") : t.green("calmer"),
                        tp.from(),
                        tp.to(),
                        tp.agentTurn() == 0 ? "" : " after turn " + tp.agentTurn() + ": \"" + tp.agentWords() + "\""));
            }
        }
        out.println(t.bold("Ledger"));
        if (r.ledger().entries().isEmpty()) {
            out.println("  nothing promised, offered or left to verify");
        }
        for (Ledger.Entry e : r.ledger().entries()) {
            out.println("  " + e.kind().id() + " (turn " + e.line() + ", " + e.owner() + "): " + e.text());
        }
        out.println(t.bold("Follow-up note"));
        r.followUp().asText().lines().forEach(l -> out.println("  " + l));
        out.println(t.bold("Checklist"));
        for (Checklist.Coverage c : r.checklist()) {
            out.println(
                    c.covered()
                            ? "  [x] " + c.item().label() + " (turn " + c.turn() + ": \"" + c.quote() + "\")"
                            : "  [ ] " + c.item().label());
        }
        out.println("Customer style: "
                + r.customerStyle().name().toLowerCase(Locale.ROOT)
                + (r.styleMatched() ? "; the agent matched it" : "; the agent did not match it"));
        out.println();
    }

    private static String redacted(Map<String, Integer> counts) {
        if (counts.isEmpty()) {
            return "nothing";
        }
        return counts.entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey())
                .collect(Collectors.joining(", "));
    }

    /** "N of M" on standard error: in place on a terminal, else a line now and then on long runs. */
    private static final class Progress {
        private final PrintWriter err;
        private final int total;
        private final boolean terminal;
        private final boolean shown;
        private boolean dirty;

        Progress(PrintWriter err, int total) {
            this.err = err;
            this.total = total;
            this.terminal = err instanceof TerminalWriter writer && writer.terminal();
            this.shown = total > 1 && (terminal || total > PROGRESS_FROM);
        }

        void step(int done) {
            if (!shown || done == total) {
                return;
            }
            if (terminal) {
                TerminalWriter.overwriteLine(err, "reviewed " + done + " of " + total);
                dirty = true;
            } else if (done % Math.max(1, total / 10) == 0) {
                err.println("reviewed " + done + " of " + total);
                err.flush();
            }
        }

        void clear() {
            if (dirty) {
                TerminalWriter.overwriteLine(err, "");
                dirty = false;
            }
        }
    }
}
