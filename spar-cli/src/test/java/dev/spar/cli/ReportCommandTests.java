package dev.spar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.spar.review.SupportChats;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTests {
    @TempDir
    Path home;

    private Path chats;

    @BeforeEach
    void aTeamExport() throws IOException {
        chats = Files.createDirectories(home.resolve("chats"));
        for (int i = 0; i < 12; i++) {
            Files.writeString(chats.resolve("chat-" + i + ".txt"), SupportChats.plainText(SupportChats.chat(i, 16)));
        }
        Files.writeString(chats.resolve("notes.txt"), "just some notes, no conversation here");
    }

    @Test
    void printsTheReportWithTheFilesItCouldNotRead() {
        Cli.Result r = Cli.run(home, "report", chats.toString());

        assertThat(r.exitCode()).isZero();
        assertThat(r.out())
                .startsWith("12 conversations")
                .contains("Per agent:")
                .contains("The worst moments:");
        assertThat(r.out()).contains("Not reviewed:").contains("chats/notes.txt");
        assertThat(r.err()).contains("reviewed 13 of 13 files (1 not reviewed)");
    }

    @Test
    void progressToAPipeIsWholeLinesEndingWithTheTotal() {
        Cli.Result r = Cli.run(home, "report", chats.toString(), "--threads", "4");

        assertThat(r.err()).doesNotContain("\r").endsWith("reviewed 13 of 13 files (1 not reviewed)\n");
    }

    @Test
    void writesJsonOrAnHtmlPageToAFile() throws IOException {
        Path json = home.resolve("report.json");
        Path html = home.resolve("report.html");

        assertThat(Cli.run(home, "report", chats.toString(), "--format", "json", "--out", json.toString())
                        .exitCode())
                .isZero();
        assertThat(Cli.run(home, "report", chats.toString(), "--format", "html", "--out", html.toString())
                        .exitCode())
                .isZero();

        JsonNode report = new ObjectMapper().readTree(Files.readString(json));
        assertThat(report.get("conversations").asInt()).isEqualTo(12);
        assertThat(report.get("skipped").get(0).get("source").asText()).isEqualTo("chats/notes.txt");
        assertThat(Files.readString(html)).startsWith("<!doctype html>").contains("<svg");
    }

    @Test
    void aFolderThatIsNotThereIsSaidPlainly() {
        Cli.Result r = Cli.run(home, "report", home.resolve("missing").toString());

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("no such file or folder").contains("missing");
    }
}
