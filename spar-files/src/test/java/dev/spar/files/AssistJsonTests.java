package dev.spar.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.spar.analysis.RuleAnalyzer;
import dev.spar.assist.Assistance;
import dev.spar.assist.Assistant;
import dev.spar.assist.ConversationLine;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AssistJsonTests {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Assistant ASSISTANT = new Assistant(new RuleAnalyzer());
    private static final AssistJson ASSIST_JSON = new AssistJson();

    private static List<String> fields(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }

    @Nested
    class Answer {
        private final Assistance assistance = ASSISTANT.assess(
                List.of(ConversationLine.customer("My order is two weeks late and I want a refund!")),
                "Calm down, it should be there by Friday.");

        @Test
        void hasFlagsNextMovesAndTheCustomerAtTheTop() throws IOException {
            JsonNode root = JSON.readTree(ASSIST_JSON.write(assistance));

            assertThat(fields(root)).containsExactly("flags", "next_moves", "customer");
        }

        @Test
        void givesEachFlagItsCategoryQuoteRewriteWhyAndOffsets() throws IOException {
            JsonNode flag =
                    JSON.readTree(ASSIST_JSON.write(assistance)).get("flags").get(0);

            assertThat(fields(flag)).containsExactly("category", "quote", "rewrite", "why", "start", "end");
            assertThat(flag.get("category").asText()).isEqualTo("dismissal");
            String draft = assistance.draft();
            assertThat(draft.substring(
                            flag.get("start").asInt(), flag.get("end").asInt()))
                    .isEqualTo(flag.get("quote").asText());
        }

        @Test
        void leavesOutTheRewriteOfAFlagThatHasNone() throws IOException {
            Assistance none = ASSISTANT.assess(
                    List.of(ConversationLine.customer("I was told it would be fixed last week and it's still broken.")),
                    "It's guaranteed to be fixed this time, 100%");

            JsonNode flag = JSON.readTree(ASSIST_JSON.write(none)).get("flags").get(0);

            assertThat(flag.get("category").asText()).isEqualTo("over-promise");
            assertThat(fields(flag)).containsExactly("category", "quote", "why", "start", "end");
        }

        @Test
        void readsTheCustomerWithIntensityStyleAsksAndFacts() throws IOException {
            JsonNode customer = JSON.readTree(ASSIST_JSON.write(assistance)).get("customer");

            assertThat(fields(customer))
                    .containsExactly("intensity", "style", "asks", "missing_facts", "personal", "abusive", "cues");
            assertThat(customer.get("intensity").asInt()).isBetween(0, 100);
            assertThat(customer.get("style").asText()).isIn("task", "relationship");
            assertThat(customer.get("asks").get(0).asText()).isEqualTo("a refund");
        }

        @Test
        void listsNextMovesWithPhrasings() throws IOException {
            JsonNode moves = JSON.readTree(ASSIST_JSON.write(assistance)).get("next_moves");

            assertThat(moves).isNotEmpty();
            for (JsonNode move : moves) {
                assertThat(fields(move)).containsExactly("move", "title", "why", "phrasings");
                assertThat(move.get("phrasings").size()).isBetween(2, 3);
            }
            assertThat(moves.get(moves.size() - 1).get("move").asText()).isEqualTo("stabilise");
        }

        @Test
        void isTheSameBytesForTheSameRequest() {
            assertThat(ASSIST_JSON.write(assistance))
                    .isEqualTo(ASSIST_JSON.write(ASSISTANT.assess(
                            List.of(ConversationLine.customer("My order is two weeks late and I want a refund!")),
                            "Calm down, it should be there by Friday.")));
        }

        @Test
        void writesTheFollowUpNote() throws IOException {
            JsonNode note = JSON.readTree(ASSIST_JSON.write(ASSISTANT.followUpNote(List.of(
                    ConversationLine.customer("My order is two weeks late."),
                    ConversationLine.rep("I'll call the courier and email you by 3pm.")))));

            assertThat(fields(note))
                    .containsExactly("issue", "main_concern", "promised", "to_verify", "owner", "next_action");
            assertThat(note.get("owner").asText()).isEqualTo("rep");
        }
    }

    @Nested
    class Request {
        @Test
        void readsTheConversationAndTheDraft() {
            AssistJson.Request request = ASSIST_JSON.readRequest("""
                    {"conversation": [{"speaker": "customer", "text": "Where is my parcel?"},
                                      {"speaker": "rep", "text": "Let me check."}],
                     "draft": "It left the depot today."}
                    """);

            assertThat(request.conversation())
                    .containsExactly(
                            ConversationLine.customer("Where is my parcel?"), ConversationLine.rep("Let me check."));
            assertThat(request.draft()).isEqualTo("It left the depot today.");
        }

        @Test
        void takesAMissingConversationAsNothingSaidYet() {
            assertThat(ASSIST_JSON.readRequest("{\"draft\": \"\"}").conversation())
                    .isEmpty();
        }

        @ParameterizedTest
        @CsvSource(
                delimiter = '|',
                value = {
                    "not json | not valid JSON",
                    "[1, 2] | must be a JSON object",
                    "{\"conversation\": []} | \"draft\" must be a string",
                    "{\"draft\": 3} | \"draft\" must be a string",
                    "{\"draft\": \"\", \"messages\": []} | unknown field \"messages\"",
                    "{\"draft\": \"\", \"conversation\": \"hi\"} | \"conversation\" must be a list",
                    "{\"draft\": \"\", \"conversation\": [\"hi\"]} | conversation[0] must be an object",
                    "{\"draft\": \"\", \"conversation\": [{\"speaker\": \"agent\", \"text\": \"hi\"}]}"
                            + " | conversation[0].speaker must be \"customer\" or \"rep\", was \"agent\"",
                    "{\"draft\": \"\", \"conversation\": [{\"speaker\": \"rep\"}]} | conversation[0].text must be a string"
                })
        void saysWhichFieldIsWrongAndHowToFixIt(String body, String message) {
            assertThatThrownBy(() -> ASSIST_JSON.readRequest(body))
                    .isInstanceOf(AssistJson.BadRequest.class)
                    .hasMessageContaining(message);
        }

        @Test
        void refusesRequestsBeyondItsBounds() {
            String longLine = "x".repeat(Assistant.MAX_LINE_CHARS + 1);
            assertThatThrownBy(() -> ASSIST_JSON.readRequest(
                            "{\"draft\": \"\", \"conversation\": [{\"speaker\": \"rep\", \"text\": \"" + longLine
                                    + "\"}]}"))
                    .hasMessageContaining("conversation[0].text is 2001 characters");
            assertThatThrownBy(() -> ASSIST_JSON.readRequest("{\"draft\": \"" + longLine + "\"}"))
                    .hasMessageContaining("\"draft\" is 2001 characters");
            StringBuilder many = new StringBuilder("{\"draft\": \"\", \"conversation\": [");
            for (int i = 0; i <= Assistant.MAX_LINES; i++) {
                many.append(i == 0 ? "" : ",").append("{\"speaker\": \"customer\", \"text\": \"hi\"}");
            }
            assertThatThrownBy(() -> ASSIST_JSON.readRequest(many + "]}")).hasMessageContaining("201 lines");
            assertThatThrownBy(() -> ASSIST_JSON.readRequest(" ".repeat(AssistJson.MAX_REQUEST_CHARS + 1)))
                    .hasMessageContaining("send at most");
        }
    }
}
