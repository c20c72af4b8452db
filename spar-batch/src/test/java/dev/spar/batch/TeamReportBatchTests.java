package dev.spar.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.spar.analysis.RuleAnalyzer;
import dev.spar.review.SupportChats;
import dev.spar.review.report.Skipped;
import dev.spar.review.report.TeamReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TeamReportBatchTests {
    /** Writes a team's export: chats in two folders, a broken file, a hidden file. */
    static Path export(Path dir, int chats) throws IOException {
        Path root = Files.createDirectories(dir.resolve("export"));
        Files.createDirectories(root.resolve("week-2"));
        for (int i = 0; i < chats; i++) {
            Path folder = i % 2 == 0 ? root : root.resolve("week-2");
            Files.writeString(
                    folder.resolve("chat-" + i + ".txt"), SupportChats.plainText(SupportChats.chat(i, 10 + i % 25)));
        }
        Files.write(root.resolve("broken.txt"), new byte[] {0, 1, 2, 3, 0, 0, 5});
        Files.writeString(root.resolve(".DS_Store"), "not a chat");
        return root;
    }

    private static TeamReportBatch batch(int threads) {
        return new TeamReportBatch(() -> new ReviewPipeline(new RuleAnalyzer()), threads);
    }

    @Nested
    class AFolder {
        @TempDir
        Path dir;

        @Test
        void isReviewedFileByFileWithBadFilesListedAndTheRestReported() throws IOException {
            Path root = export(dir, 30);
            AtomicInteger lastDone = new AtomicInteger();
            AtomicInteger total = new AtomicInteger();
            AtomicInteger skipped = new AtomicInteger();

            TeamReport report = batch(2).run(List.of(root), (done, of, bad) -> {
                lastDone.accumulateAndGet(done, Math::max);
                total.set(of);
                skipped.accumulateAndGet(bad, Math::max);
            });

            assertThat(report.conversations()).isEqualTo(30);
            assertThat(report.skipped()).extracting(Skipped::source).containsExactly("export/broken.txt");
            assertThat(report.skipped().getFirst().message()).isNotBlank();
            assertThat(total.get()).isEqualTo(31);
            assertThat(lastDone.get()).isEqualTo(31);
            assertThat(skipped.get()).isEqualTo(1);
            assertThat(report.agents()).containsOnlyKeys(SupportChats.AGENTS);
            assertThat(report.weeks()).isNotEmpty();
            assertThat(report.undated()).isZero();
            assertThat(report.worst()).isNotEmpty().allSatisfy(m -> assertThat(m.source())
                    .startsWith("export/"));
        }

        @Test
        void givesTheSameReportOnOneThreadAsOnMany() throws IOException {
            Path root = export(dir, 24);
            assertThat(batch(3).run(List.of(root), TeamReportBatch.Progress.NONE))
                    .isEqualTo(batch(1).run(List.of(root), TeamReportBatch.Progress.NONE));
        }

        @Test
        void aMissingFolderIsAnError() {
            assertThatThrownBy(() -> batch(1).run(List.of(dir.resolve("nope")), TeamReportBatch.Progress.NONE))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("nope");
        }

        @Test
        void aFileTooLargeIsSkippedWithoutReadingIt() throws IOException {
            Path big = dir.resolve("huge.txt");
            Files.write(big, new byte[(int) TeamReportBatch.MAX_BYTES + 1]);
            TeamReport report = batch(1).run(List.of(big), TeamReportBatch.Progress.NONE);
            assertThat(report.skipped()).singleElement().satisfies(s -> assertThat(s.message())
                    .contains("at most"));
        }
    }

    @Test
    void whatTheReportQuotesIsRedacted() {
        String chat = """
                Customer: My parcel never came and I am really fed up now.
                Agent Ash: Calm down, it's not a big deal. Write to jo.bloggs@example.com or call 07700 900123.
                Customer: That is not good enough!
                """;
        TeamReport report = batch(1).review(
                        List.of(TeamReportBatch.Input.of("a.txt", chat.getBytes(StandardCharsets.UTF_8))),
                        TeamReportBatch.Progress.NONE);
        assertThat(report.conversations()).isEqualTo(1);
        assertThat(report.worst()).isNotEmpty();
        String json = ReportJson.write(report);
        assertThat(json)
                .contains("Calm down")
                .doesNotContain("jo.bloggs@example.com")
                .doesNotContain("07700 900123");
    }
}
