package dev.spar.cli;

import dev.spar.analysis.Analyzer;
import dev.spar.analysis.RuleAnalyzer;
import dev.spar.batch.ReportHtml;
import dev.spar.batch.ReportJson;
import dev.spar.batch.ReportText;
import dev.spar.batch.ReviewPipeline;
import dev.spar.batch.TeamReportBatch;
import dev.spar.review.report.TeamReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code spar report}: the team report of a folder of real conversations. */
@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        description = {
            "The team report of many real conversations: each file is read (format detected), redacted and"
                    + " reviewed on all cores; the report gives the share of agent turns with each problem,"
                    + " overall, per agent and per ISO week, the checklist coverage, the scores and the worst"
                    + " moments quoted. Files that cannot be read are listed in the report with the reason.",
            "Example: spar report chats/ --format html --out report.html"
        })
final class ReportCommand implements Callable<Integer> {
    /** How the report is written. */
    enum ReportFormat {
        TEXT,
        JSON,
        HTML
    }

    private static final long PROGRESS_EVERY_NANOS = 200_000_000L;

    /** How many lines of progress a pipe or a file gets, the last included: one per tenth of the files. */
    private static final int PLAIN_LINES = 10;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FOLDER", description = "Folders (read recursively) or files.")
    List<Path> folders;

    @Option(names = "--format", description = "text (default), json or html (one page with charts).")
    ReportFormat format = ReportFormat.TEXT;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the report to this file (default: print it).")
    Path out;

    @Option(names = "--threads", description = "Worker threads (default: one per core).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() {
        if (threads < 1) {
            throw new UserError("--threads must be at least 1, was " + threads + ".");
        }
        List<TeamReportBatch.Input> inputs;
        try {
            inputs = TeamReportBatch.files(folders);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage() + ".");
        }
        if (inputs.isEmpty()) {
            throw new UserError("no files in " + folders + ".");
        }
        // The review reads with the rules (the semantic reading serves practice's understanding, not the review's
        // analysis), so the batch does not load the sentence model.
        Analyzer analyzer = new RuleAnalyzer();
        PrintWriter err = spec.commandLine().getErr();
        TeamReport report =
                new TeamReportBatch(() -> new ReviewPipeline(analyzer), threads).review(inputs, progress(err));
        String text =
                switch (format) {
                    case TEXT -> ReportText.write(report);
                    case JSON -> ReportJson.write(report);
                    case HTML -> ReportHtml.write(report);
                };
        if (out == null) {
            PrintWriter stdout = spec.commandLine().getOut();
            stdout.print(text.endsWith("\n") ? text : text + "\n");
            stdout.flush();
        } else {
            write(out, text);
            err.println("wrote the report of " + report.conversations() + " conversations to " + out);
            err.flush();
        }
        return 0;
    }

    /**
     * Prints "reviewed N of M files": on a terminal on one line written over, at most five times a second, and
     * finished with a line break; to a pipe or a file as whole lines, one per tenth of the files and the last. The
     * workers report out of order, so a count below one already shown is not shown: the last line is the total.
     */
    private static TeamReportBatch.Progress progress(PrintWriter err) {
        boolean terminal = err instanceof TerminalWriter writer && writer.terminal();
        AtomicLong last = new AtomicLong();
        AtomicInteger shown = new AtomicInteger();
        return (done, total, skipped) -> {
            String line = "reviewed " + done + " of " + total + " files"
                    + (skipped > 0 ? " (" + skipped + " not reviewed)" : "");
            synchronized (err) {
                if (done <= shown.get()) {
                    return;
                }
                if (terminal) {
                    long now = System.nanoTime();
                    if (done < total && now - last.get() < PROGRESS_EVERY_NANOS) {
                        return;
                    }
                    last.set(now);
                    TerminalWriter.overwriteLine(err, line);
                    if (done == total) {
                        err.println();
                    }
                } else {
                    if (done < total && done % Math.max(1, total / PLAIN_LINES) != 0) {
                        return;
                    }
                    err.println(line);
                }
                shown.set(done);
                err.flush();
            }
        };
    }

    /** Writes the file whole or not at all: a temporary file moved into place. */
    private static void write(Path file, String text) {
        Path target = file.toAbsolutePath();
        try {
            Path dir = target.getParent();
            Path tmp = Files.createTempFile(dir, ".spar-report", ".tmp");
            try {
                Files.writeString(tmp, text, StandardCharsets.UTF_8);
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UserError("cannot write " + file + ": " + e.getMessage());
        }
    }
}
