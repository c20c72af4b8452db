package dev.spar.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spar.review.SupportChats;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The team report page: upload a folder's files, get the report with charts; bad files listed, nothing kept. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TeamReportPageTests {
    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws Exception {
        TestDatabase.fresh().forEach((k, v) -> registry.add(k, () -> v));
        String dir = Files.createTempDirectory("spar-reports").toString();
        registry.add("spar.data-dir", () -> dir);
    }

    static Map<String, byte[]> folder() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (int i = 0; i < 8; i++) {
            files.put(
                    "export/chat-" + i + ".txt",
                    SupportChats.plainText(SupportChats.chat(i, 14)).getBytes(StandardCharsets.UTF_8));
        }
        files.put(
                "export/<b>odd</b>.txt",
                "Customer: my card was charged twice\nAgent Ash: Calm down, it's not a big deal <script>x()</script>\n"
                        .getBytes(StandardCharsets.UTF_8));
        files.put("export/empty.txt", new byte[0]);
        return files;
    }

    @Test
    void uploadingAFolderGivesTheReportWithChartsAndTheBadFilesListed() {
        Http.Response r = new Uploads(port).upload("/reports", "files", folder());

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.body()).contains("9 conversations").contains("Problems by category");
        assertThat(r.body()).contains("<svg").contains("Checklist coverage").contains("The worst moments");
        assertThat(r.body()).contains("export/empty.txt").contains("Not reviewed");
        assertThat(r.body()).contains("Agent Ash");
        assertThat(r.body())
                .doesNotContain("<script>x()")
                .doesNotContain("<b>odd</b>")
                .contains("&lt;b&gt;odd");
        assertThat(r.body()).contains("href=\"/reports/report.css\"");
    }

    @Test
    void theFormOffersSeveralFilesAndAWholeFolder() {
        Http.Response r = new Uploads(port).get("/reports");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).contains("type=\"file\" name=\"files\" multiple").contains("webkitdirectory");
        assertThat(r.body()).contains("enctype=\"multipart/form-data\"");
    }

    @Test
    void anUploadWithNoFileIsAskedAgain() {
        Http.Response r = new Uploads(port).upload("/reports", "files", Map.of());

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).contains("Choose one or more conversation files");
    }

    @Test
    void aFileOverTheUploadLimitIsRefused() {
        Http.Response r = new Uploads(port).upload("/reports", "files", Map.of("big.txt", new byte[3 * 1024 * 1024]));

        assertThat(r.status()).isEqualTo(413);
        assertThat(r.body()).contains("The upload is too large").doesNotContain("Problems by category");
    }

    @Test
    void theReportStyleIsServedUnderThePagesPolicy() {
        Http.Response r = new Uploads(port).get("/reports/report.css");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("text/css");
        assertThat(r.body()).contains(".team-report");
    }
}
