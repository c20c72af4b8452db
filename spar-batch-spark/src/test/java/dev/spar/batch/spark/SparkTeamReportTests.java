package dev.spar.batch.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.spar.analysis.RuleAnalyzer;
import dev.spar.batch.ReportJson;
import dev.spar.batch.ReviewPipeline;
import dev.spar.batch.TeamReportBatch;
import dev.spar.review.SupportChats;
import dev.spar.review.report.TeamReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Spark job on Spark's local mode gives the report the in-process batch gives. */
class SparkTeamReportTests {
    private static JavaSparkContext sc;

    @TempDir
    static Path dir;

    private static Path export;

    @BeforeAll
    static void startSparkAndWriteAnExport() throws IOException {
        export = Files.createDirectories(dir.resolve("export"));
        Files.createDirectories(export.resolve("week-2"));
        for (int i = 0; i < 40; i++) {
            Path folder = i % 3 == 0 ? export.resolve("week-2") : export;
            Files.writeString(
                    folder.resolve("chat-" + i + ".txt"), SupportChats.plainText(SupportChats.chat(i, 8 + i % 30)));
        }
        Files.write(export.resolve("broken.txt"), new byte[] {0, 1, 2, 0, 0, 7});
        Files.writeString(export.resolve("notes.txt"), "no conversation in here");
        sc = new JavaSparkContext(new SparkConf()
                .setMaster("local[2]")
                .setAppName("spar-test")
                .set("spark.ui.enabled", "false")
                .set("spark.driver.host", "127.0.0.1")
                .set("spark.driver.bindAddress", "127.0.0.1"));
    }

    @AfterAll
    static void stopSpark() {
        if (sc != null) {
            sc.close();
        }
    }

    @Test
    void givesTheReportTheInProcessBatchGives() throws IOException {
        TeamReport onSpark = SparkTeamReport.run(sc, export.toString());
        TeamReport inProcess = new TeamReportBatch(() -> new ReviewPipeline(new RuleAnalyzer()), 2)
                .run(List.of(export), TeamReportBatch.Progress.NONE);

        assertThat(onSpark.conversations()).isEqualTo(40);
        assertThat(onSpark.skipped()).hasSize(2);
        assertThat(onSpark.worst()).isNotEmpty().allSatisfy(m -> assertThat(m.source())
                .startsWith("export/"));
        assertThat(ReportJson.write(onSpark)).isEqualTo(ReportJson.write(inProcess));
        assertThat(onSpark).isEqualTo(inProcess);
    }

    @Test
    void theSameReportOnMorePartitions() throws IOException {
        TeamReport two = SparkTeamReport.run(sc, export.toString());
        sc.hadoopConfiguration().setLong("mapreduce.input.fileinputformat.split.maxsize", 2_000);
        try {
            assertThat(SparkTeamReport.run(sc, export.toString())).isEqualTo(two);
        } finally {
            sc.hadoopConfiguration().unset("mapreduce.input.fileinputformat.split.maxsize");
        }
    }

    @Test
    void aFolderThatIsNotThereIsSaidPlainly() {
        assertThatThrownBy(() -> SparkTeamReport.run(sc, dir.resolve("missing").toString()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("missing");
    }
}
