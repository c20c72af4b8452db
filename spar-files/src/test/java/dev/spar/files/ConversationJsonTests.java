package dev.spar.files;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.spar.analysis.RuleAnalyzer;
import dev.spar.review.ConversationReview;
import dev.spar.review.ConversationReviewer;
import dev.spar.review.Role;
import dev.spar.review.Transcript;
import dev.spar.review.Utterance;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConversationJsonTests {
    private static final ConversationJson JSON = new ConversationJson();

    private static final Transcript CHAT = new Transcript(
            "chat.txt",
            List.of(
                    new Utterance(
                            "[NAME-1]",
                            Role.CUSTOMER,
                            "My order never came, it's been three weeks.",
                            Optional.of("10:02")),
                    Utterance.of("Agent", Role.AGENT, "Well, you should have read the delivery terms before ordering."),
                    Utterance.of("[NAME-1]", Role.CUSTOMER, "Are you serious? This is ridiculous.")),
            Optional.of(LocalDate.of(2026, 12, 1)));

    @Test
    void aStoredTranscriptReadsBackTheSame() {
        assertThat(JSON.readTranscript(JSON.write(CHAT))).isEqualTo(CHAT);
    }

    @Test
    void countsKeepTheirOrder() {
        Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        counts.put("name", 2);
        counts.put("email", 1);

        assertThat(JSON.readCounts(JSON.writeCounts(counts)))
                .containsExactly(Map.entry("name", 2), Map.entry("email", 1));
    }

    @Test
    void aReviewLineNumbersTurnsInFileOrderWithRolesAndFindingsBesideTheAgentsTurn() throws Exception {
        ConversationReview review = new ConversationReviewer(new RuleAnalyzer()).review(CHAT);

        String line = JSON.line(review, new ConversationJson.Import("chat.txt", "plain", "Agent", Map.of("name", 1)));

        assertThat(line).doesNotContain("\n");
        JsonNode root = new ObjectMapper().readTree(line);
        assertThat(root.path("source").asText()).isEqualTo("chat.txt");
        JsonNode turns = root.path("turns");
        assertThat(turns).hasSize(3);
        assertThat(turns.get(0).path("turn").asInt()).isEqualTo(1);
        assertThat(turns.get(0).path("role").asText()).isEqualTo("customer");
        assertThat(turns.get(0).path("time").asText()).isEqualTo("10:02");
        assertThat(turns.get(1).path("role").asText()).isEqualTo("agent");
        JsonNode finding = turns.get(1).path("findings").get(0);
        assertThat(finding.path("kind").asText()).isEqualTo("problem");
        assertThat(turns.get(1).path("text").asText())
                .contains(finding.path("quote").asText());
        assertThat(finding.has("rewrite")).isTrue();
        assertThat(root.path("score").asInt()).isEqualTo(review.score());
        assertThat(root.path("redacted").path("name").asInt()).isEqualTo(1);
        assertThat(root.path("intensity")).hasSize(2);
        assertThat(root.path("checklist")).hasSize(5);
    }
}
