package dev.spar.batch.spark;

import dev.spar.analysis.RuleAnalyzer;
import dev.spar.batch.ReportJson;
import dev.spar.batch.ReviewPipeline;
import dev.spar.review.report.TeamReport;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * The team report of a folder of conversation files, on Spark. Each executor reads, redacts and reviews its share
 * of the files with the same {@link ReviewPipeline} as {@code spar report} (the rules alone), folds them into one
 * partial report per partition, and ships it as compact JSON; the partial reports are merged, which gives the
 * same report whatever the partitioning, and the report is written as the same JSON as {@code spar report
 * --format json}.
 *
 * <p>{@code spark-submit --class dev.spar.batch.spark.SparkTeamReport spar-batch-spark-job.jar INPUT OUTPUT.json}:
 * INPUT is a folder (read recursively, hidden files left out) on any file system Spark reads, OUTPUT where the
 * report goes. The master is the one {@code spark-submit} sets, else {@code local[*]}.
 */
public final class SparkTeamReport {
    private SparkTeamReport() {}

    /** Runs the job: {@code INPUT OUTPUT.json}. */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: SparkTeamReport INPUT-FOLDER OUTPUT.json");
            System.exit(2);
        }
        SparkConf conf = new SparkConf().setAppName("Spar team report");
        conf.setMaster(conf.get("spark.master", "local[*]"));
        conf.setIfMissing("spark.ui.enabled", "false");
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            TeamReport report = run(sc, args[0]);
            Path out = new Path(args[1]);
            FileSystem fs = out.getFileSystem(sc.hadoopConfiguration());
            try (OutputStream o = fs.create(out, true)) {
                o.write(ReportJson.write(report).getBytes(StandardCharsets.UTF_8));
            }
            System.out.println("wrote the report of " + report.conversations() + " conversations ("
                    + report.skipped().size() + " files not reviewed) to " + out);
        }
    }

    /**
     * Returns the report of the files under a folder.
     *
     * @param sc the Spark context to run on
     * @param input the folder, as Spark names files ("/data/chats", "hdfs://...", "s3a://...")
     */
    public static TeamReport run(JavaSparkContext sc, String input) throws IOException {
        Objects.requireNonNull(input, "input");
        sc.hadoopConfiguration().setBoolean("mapreduce.input.fileinputformat.input.dir.recursive", true);
        Path root = new Path(input);
        FileSystem fs = root.getFileSystem(sc.hadoopConfiguration());
        if (!fs.exists(root)) {
            throw new IllegalArgumentException("no such file or folder: " + input);
        }
        // Name each file from the folder's own name on, as spar report does: "export/week-2/chat-1.txt".
        String base = baseOf(fs.makeQualified(root));
        String empty = ReportJson.compact(TeamReport.EMPTY);
        String json = sc.binaryFiles(input)
                .mapPartitions(files -> {
                    ReviewPipeline pipeline = new ReviewPipeline(new RuleAnalyzer());
                    TeamReport partial = TeamReport.EMPTY;
                    while (files.hasNext()) {
                        var file = files.next();
                        partial = partial.merge(pipeline.review(
                                source(base, file._1()), file._2().toArray()));
                    }
                    return List.of(ReportJson.compact(partial)).iterator();
                })
                .fold(empty, (a, b) -> ReportJson.compact(ReportJson.read(a).merge(ReportJson.read(b))));
        return ReportJson.read(json);
    }

    /** The prefix to cut from a file's name: everything up to the folder's parent. */
    static String baseOf(Path qualifiedRoot) {
        Path parent = qualifiedRoot.getParent();
        return parent == null ? qualifiedRoot.toString() : withSlash(parent.toString());
    }

    static String source(String base, String file) {
        String name = new Path(file).toString();
        return name.startsWith(base) ? name.substring(base.length()) : name;
    }

    private static String withSlash(String s) {
        return s.endsWith("/") ? s : s + "/";
    }
}
