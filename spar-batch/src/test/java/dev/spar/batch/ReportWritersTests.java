package dev.spar.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.spar.analysis.RuleAnalyzer;
import dev.spar.review.ConversationReviewer;
import dev.spar.review.Role;
import dev.spar.review.SupportChats;
import dev.spar.review.Transcript;
import dev.spar.review.Utterance;
import dev.spar.review.report.ConversationSummary;
import dev.spar.review.report.TeamReport;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ReportWritersTests {
    private static final ConversationReviewer REVIEWER = new ConversationReviewer(new RuleAnalyzer());

    private static final TeamReport REPORT = IntStream.range(0, 40)
            .mapToObj(i -> TeamReport.of(ConversationSummary.of(REVIEWER.review(SupportChats.chat(i, 20)))))
            .reduce(TeamReport.EMPTY, TeamReport::merge)
            .merge(TeamReport.of(ConversationSummary.of(REVIEWER.review(Transcript.of(
                    "<script>.txt",
                    List.of(
                            Utterance.of("Customer", Role.CUSTOMER, "It broke again <b>today</b> & I'm angry."),
                            Utterance.of(
                                    "Agent <Zed>",
                                    Role.AGENT,
                                    "Calm down, it's not a big deal <script>alert(1)</script>.")))))))
            .merge(TeamReport.skipped("bad.json", "line 2: expected a list of turns"));

    @Test
    void jsonReadsBackToTheSameReport() {
        assertThat(ReportJson.read(ReportJson.write(REPORT))).isEqualTo(REPORT);
        assertThat(ReportJson.read(ReportJson.compact(REPORT))).isEqualTo(REPORT);
        assertThat(ReportJson.write(ReportJson.read(ReportJson.write(REPORT)))).isEqualTo(ReportJson.write(REPORT));
    }

    @Test
    void jsonHasTheDocumentedShape() throws Exception {
        JsonNode root = new ObjectMapper().readTree(ReportJson.write(REPORT));
        assertThat(root.get("conversations").asLong()).isEqualTo(41);
        assertThat(root.get("problemRate").asDouble()).isBetween(0.0, 1.0);
        assertThat(root.get("categories").get(0).fieldNames())
                .toIterable()
                .containsExactly("category", "title", "turns", "rate");
        assertThat(root.get("agents")).hasSize(SupportChats.AGENTS.size() + 1);
        assertThat(root.get("weeks").get(0).get("week").asText()).matches("\\d{4}-W\\d{2}");
        assertThat(root.get("undated").asLong()).isEqualTo(1);
        assertThat(root.get("checklist").get(0).get("step").asText()).isEqualTo("greeting");
        assertThat(root.get("worst").get(0).get("quote").asText()).isNotBlank();
        assertThat(root.get("scores")).hasSize(10);
        assertThat(root.get("skipped").get(0).get("message").asText()).isEqualTo("line 2: expected a list of turns");
    }

    @Test
    void somethingElseIsNotReadAsAReport() {
        assertThatThrownBy(() -> ReportJson.read("[1, 2]")).hasMessageContaining("not a team report");
        assertThatThrownBy(() -> ReportJson.read("{\"agents\": [{\"agent\": 3}]}"))
                .hasMessageContaining("not a team report");
    }

    @Test
    void htmlIsOnePageWithChartsAndTheWorstMomentsQuoted() {
        String html = ReportHtml.write(REPORT);
        assertThat(html).startsWith("<!doctype html>").endsWith("</html>\n");
        assertThat(html).contains("<svg").contains("Problems by category").contains("Checklist coverage");
        assertThat(html).contains("By week").contains("<polyline");
        assertThat(html).contains(ReportHtml.esc(REPORT.worst().getFirst().quote()));
        assertThat(html).contains("line 2: expected a list of turns");
        // Self-contained and safe: nothing fetched, no script, conversation text escaped.
        assertThat(html).doesNotContain("<script").doesNotContain("src=").doesNotContain("href=\"http");
        assertThat(html).contains("Agent &lt;Zed&gt;");
    }

    @Test
    void textNamesTheNumbersATeamLeadLooksFor() {
        String text = ReportText.write(REPORT);
        assertThat(text).startsWith("41 conversations");
        assertThat(text).contains("Per agent:").contains("By week:").contains("Checklist, covered in:");
        assertThat(text)
                .contains("The worst moments:")
                .contains("Not reviewed:")
                .contains("bad.json");
    }
}
