package dev.spar.web.assist;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.spar.analysis.Analyzer;
import dev.spar.analysis.FindingCategory;
import dev.spar.assist.Assistance;
import dev.spar.assist.Assistant;
import dev.spar.files.AssistJson;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/**
 * Live assist over HTTP: the same JSON as {@code spar assist --format json}, for the assist page and for
 * scripts. Nothing is stored: the caller sends the conversation so far with each draft.
 */
@Controller
@Tag(name = "Live assist", description = "Help with a reply during a real conversation")
class AssistApi {
    private final Assistant assistant;
    private final AssistJson json = new AssistJson();

    AssistApi(Analyzer analyzer) {
        this.assistant = new Assistant(analyzer);
    }

    @PostMapping(
            path = "/api/assist",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Assesses a draft reply: flags with rewrites, the customer as read, the next moves",
            description = "Body: {\"conversation\": [{\"speaker\": \"customer\"|\"rep\", \"text\": \"...\"}],"
                    + " \"draft\": \"...\"}. Answer: {\"flags\": [{\"category\", \"quote\", \"rewrite\", \"why\","
                    + " \"start\", \"end\"}], \"next_moves\": [...], \"customer\": {\"intensity\": 0-100, ...}}. A flag"
                    + " has no \"rewrite\" when no rewrite of it passed the checks.")
    ResponseEntity<String> assist(@RequestBody String body) {
        AssistJson.Request request = read(body);
        Assistance assistance = assistant.assess(request.conversation(), request.draft());
        return ok(json.write(assistance));
    }

    @PostMapping(
            path = "/api/assist/note",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "The ledger of promises and things to verify, and the follow-up note, for a conversation",
            description = "Body: the same as /api/assist (the draft may be \"\"). Answer: {\"ledger\": {\"entries\":"
                    + " [...]}, \"note\": {\"issue\", \"main_concern\", \"promised\", \"to_verify\", \"owner\","
                    + " \"next_action\"}}.")
    ResponseEntity<String> note(@RequestBody String body) {
        AssistJson.Request request = read(body);
        ObjectNode root = json.tree(assistant.ledger(request.conversation()));
        ObjectNode answer = root.objectNode();
        answer.set("ledger", root);
        answer.set("note", json.tree(assistant.followUpNote(request.conversation())));
        return ok(answer.toString());
    }

    @GetMapping("/assist")
    String page(Model model) {
        ObjectNode titles = new ObjectMapper().createObjectNode();
        for (FindingCategory c : FindingCategory.values()) {
            titles.put(c.id(), c.title());
        }
        model.addAttribute("categoryTitles", titles.toString());
        return "assist";
    }

    private AssistJson.Request read(String body) {
        try {
            return json.readRequest(body);
        } catch (AssistJson.BadRequest e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private static ResponseEntity<String> ok(String body) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
    }
}
