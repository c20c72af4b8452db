package dev.spar.batch;

import dev.spar.review.report.TeamReport;
import dev.spar.transcripts.Limits;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Makes the team report of many conversation files in this process, on all cores: each worker thread takes the
 * next file, runs it through its own {@link ReviewPipeline} and folds the result into its own partial report;
 * the partial reports are merged at the end. Files that cannot be read or reviewed are listed in the report with
 * the reason and never stop the batch.
 */
public final class TeamReportBatch {
    /** Told after each file, from the worker threads. */
    @FunctionalInterface
    public interface Progress {
        /** Tells that {@code done} of {@code total} files are through, {@code skipped} of them not reviewed. */
        void reviewed(int done, int total, int skipped);

        /** Tells nothing. */
        Progress NONE = (done, total, skipped) -> {};
    }

    /**
     * One file to review.
     *
     * @param source its name in the report
     * @param content how to get its bytes
     */
    public record Input(String source, Content content) {
        public Input {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(content, "content");
        }

        /** Returns an input whose bytes are already in memory (an upload). */
        public static Input of(String source, byte[] bytes) {
            return new Input(source, () -> bytes);
        }
    }

    /** The bytes of a file, read when a worker gets to it. */
    @FunctionalInterface
    public interface Content {
        /** Returns the bytes; a problem with the file is a message for the report. */
        byte[] bytes() throws IOException;
    }

    /** The largest file read, as the reader's standard limits say. */
    static final long MAX_BYTES = Limits.standard().maxBytes();

    private final Supplier<ReviewPipeline> pipelines;
    private final int threads;

    /** Creates a batch on all cores, each worker with a pipeline from the supplier. */
    public TeamReportBatch(Supplier<ReviewPipeline> pipelines) {
        this(pipelines, Runtime.getRuntime().availableProcessors());
    }

    /** Creates a batch on this many threads. */
    public TeamReportBatch(Supplier<ReviewPipeline> pipelines, int threads) {
        this.pipelines = Objects.requireNonNull(pipelines, "pipelines");
        if (threads < 1) {
            throw new IllegalArgumentException("at least one thread, was " + threads);
        }
        this.threads = threads;
    }

    /**
     * Returns the files under these files and folders (folders walked recursively, hidden files and folders left
     * out), in a stable order, each named by its path from the folder given, starting with that folder's name.
     *
     * @throws IllegalArgumentException if one of them does not exist
     */
    public static List<Input> files(List<Path> roots) {
        List<Input> out = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        for (Path root : roots) {
            if (!Files.exists(root)) {
                throw new IllegalArgumentException("no such file or folder: " + root);
            }
            Path base = root.toAbsolutePath().normalize().getParent();
            List<Path> found = new ArrayList<>();
            try {
                Files.walkFileTree(root, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                        return hidden(dir) && !dir.equals(root)
                                ? FileVisitResult.SKIP_SUBTREE
                                : FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        if (attrs.isRegularFile() && !hidden(file)) {
                            found.add(file);
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        unreadable.add(file.toString());
                        return FileVisitResult.CONTINUE;
                    }
                });
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read " + root + ": " + e.getMessage(), e);
            }
            found.sort(Comparator.naturalOrder());
            for (Path file : found) {
                Path abs = file.toAbsolutePath().normalize();
                String source = (base == null ? abs : base.relativize(abs)).toString();
                out.add(new Input(source, () -> read(file)));
            }
        }
        for (String path : unreadable) {
            out.add(new Input(path, () -> {
                throw new IOException("cannot read the file");
            }));
        }
        return out;
    }

    private static byte[] read(Path file) throws IOException {
        long size = Files.size(file);
        if (size > MAX_BYTES) {
            throw new IOException(tooLarge(size));
        }
        return Files.readAllBytes(file);
    }

    private static String tooLarge(long size) {
        return "the file is " + size + " bytes; a conversation file is at most " + MAX_BYTES;
    }

    private static boolean hidden(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    /** Returns the report of the files under these files and folders. */
    public TeamReport run(List<Path> roots, Progress progress) {
        return review(files(roots), progress);
    }

    /** Returns the report of these inputs. */
    public TeamReport review(List<Input> inputs, Progress progress) {
        Objects.requireNonNull(progress, "progress");
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        AtomicInteger skipped = new AtomicInteger();
        int workers = Math.max(1, Math.min(threads, inputs.size()));
        try (ExecutorService pool = Executors.newFixedThreadPool(workers)) {
            List<Future<TeamReport>> partials = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                partials.add(pool.submit(() -> {
                    ReviewPipeline pipeline = pipelines.get();
                    TeamReport partial = TeamReport.EMPTY;
                    for (int i = next.getAndIncrement(); i < inputs.size(); i = next.getAndIncrement()) {
                        TeamReport one = one(pipeline, inputs.get(i));
                        if (!one.skipped().isEmpty()) {
                            skipped.incrementAndGet();
                        }
                        partial = partial.merge(one);
                        progress.reviewed(done.incrementAndGet(), inputs.size(), skipped.get());
                    }
                    return partial;
                }));
            }
            TeamReport report = TeamReport.EMPTY;
            for (Future<TeamReport> f : partials) {
                report = report.merge(f.get());
            }
            return report;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the batch was interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a worker of the batch failed", e.getCause());
        }
    }

    private TeamReport one(ReviewPipeline pipeline, Input input) {
        byte[] bytes;
        try {
            bytes = input.content().bytes();
        } catch (IOException | RuntimeException e) {
            return TeamReport.skipped(input.source(), String.valueOf(e.getMessage()));
        }
        if (bytes.length > MAX_BYTES) {
            return TeamReport.skipped(input.source(), tooLarge(bytes.length));
        }
        return pipeline.review(input.source(), bytes);
    }
}
