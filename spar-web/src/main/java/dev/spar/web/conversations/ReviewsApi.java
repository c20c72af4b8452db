package dev.spar.web.conversations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.spar.assist.DraftFlag;
import dev.spar.review.Drill;
import dev.spar.web.accounts.CurrentUser;
import dev.spar.web.practice.PracticeService;
import dev.spar.web.practice.SessionView;
import dev.spar.web.teams.TeamAccess;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Real conversations over HTTP: import one (JSON or a file upload), list yours, read one with its review, change
 * who the agent is, export it, delete it. Each caller sees only their own.
 */
@RestController
@RequestMapping(path = "/api/reviews", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Real conversations", description = "Import, redact and review real support conversations")
class ReviewsApi {
    /** The largest JSON body taken: the largest file, with room for JSON's escapes. */
    static final int MAX_JSON_BYTES = 3 * ConversationService.MAX_BYTES;

    private static final Set<String> IMPORT_FIELDS = Set.of("fileName", "content", "agent", "keepOriginal");
    private static final Set<String> AGENT_FIELDS = Set.of("agent");
    private static final Set<String> DRILL_FIELDS = Set.of("turn", "pattern", "rewrite");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ConversationService conversations;
    private final PracticeService practice;
    private final CurrentUser user;
    private final TeamAccess access;

    ReviewsApi(ConversationService conversations, PracticeService practice, CurrentUser user, TeamAccess access) {
        this.conversations = conversations;
        this.practice = practice;
        this.user = user;
        this.access = access;
    }

    @Schema(description = "A conversation to import and review.")
    record ImportRequest(
            @Schema(description = "The file's name; its extension helps tell the format", example = "chat.txt")
            String fileName,

            @Schema(
                    description = "The file's text: 'Name: text' lines, WebVTT, SRT, CSV or a JSON export; up to 2 MB",
                    example = "Customer: My order never came.\nAgent: I'm sorry, let me check that for you.")
            String content,

            @Schema(description = "The speaker who is the agent, as the file names them; omit to let Spar infer it")
            String agent,

            @Schema(description = "Keep the file as given besides the redacted transcript (default false)")
            Boolean keepOriginal) {}

    @Schema(description = "Who the agent is.")
    record AgentRequest(
            @Schema(description = "A speaker of the conversation as the review names them (after redaction)")
            String agent) {}

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Imports a conversation: reads it, removes personal data, reviews it and keeps it",
            description = "Answers 201 with the review: the same object as a line of `spar review --format json`"
                    + " (source, format, agent, turns with findings, score, redacted, intensity, turningPoints,"
                    + " ledger, followUp, checklist), with its id, createdAt, speakers and originalKept. A file that"
                    + " cannot be read is 400 naming the line or field; one over 2 MB is 413.",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content = @Content(schema = @Schema(implementation = ImportRequest.class))))
    ResponseEntity<String> importJson(HttpServletRequest request) {
        JsonNode body = read(request, IMPORT_FIELDS);
        String content = text(body, "content", true).orElseThrow();
        boolean keep = false;
        JsonNode k = body.get("keepOriginal");
        if (k != null && !k.isNull()) {
            if (!k.isBoolean()) {
                throw new IllegalArgumentException("\"keepOriginal\" is true or false.");
            }
            keep = k.booleanValue();
        }
        return created(conversations.importConversation(
                user.name(),
                text(body, "fileName", false).orElse(ConversationService.PASTED),
                content.getBytes(StandardCharsets.UTF_8),
                text(body, "agent", false),
                keep));
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Imports a conversation uploaded as a file (multipart field 'file'), as the JSON form does",
            description = "Fields: file (required), agent, keepOriginal (true|false). A browser page on another site"
                    + " cannot send it: a request with a foreign Origin is refused.")
    ResponseEntity<String> importFile(
            @RequestPart("file") MultipartFile file,
            @RequestParam(required = false) String agent,
            @RequestParam(defaultValue = "false") boolean keepOriginal) {
        // Uploads are capped at the same size (spring.servlet.multipart.max-file-size), and the import checks it.
        byte[] content;
        try {
            content = file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return created(conversations.importConversation(
                user.name(),
                file.getOriginalFilename(),
                content,
                Optional.ofNullable(agent).filter(a -> !a.isBlank()),
                keepOriginal));
    }

    @GetMapping
    @Operation(
            summary = "Lists your conversations, newest first, a page at a time",
            description = "page counts from 0; size is 1 to 100 (default 20). Answer: {items: [{id, source, format,"
                    + " agent, turns, score, createdAt, originalKept}], page, size, total}. The score is the one at"
                    + " import; reading one reviews it again.")
    ResponseEntity<String> list(
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        ConversationService.Page p = conversations.list(user.name(), page, size);
        ObjectNode root = JSON.createObjectNode();
        var items = root.putArray("items");
        for (ConversationRecord r : p.items()) {
            items.addObject()
                    .put("id", r.id())
                    .put("source", r.source())
                    .put("format", r.format())
                    .put("agent", r.agent())
                    .put("turns", r.turns())
                    .put("score", r.score())
                    .put("createdAt", r.createdAt().toString())
                    .put("originalKept", r.original().isPresent());
        }
        return ok(root.put("page", p.page()).put("size", p.size()).put("total", p.total()));
    }

    @GetMapping("/{id}")
    @Operation(
            summary = "Returns one of your conversations with its review, read again now",
            description = "original=true adds the file as given, when it was kept.")
    ResponseEntity<String> one(@PathVariable String id, @RequestParam(defaultValue = "false") boolean original) {
        // a coach may read a conversation a learner of their team shared or submitted for an assignment
        String owner = user.accounts() ? access.conversationOwner(id) : user.name();
        ConversationView v = conversations.view(owner, id);
        ObjectNode root = answer(v);
        if (!owner.equals(user.name())) {
            root.put("owner", owner);
        } else if (original) {
            v.record().original().ifPresent(o -> root.put("original", o));
        }
        return ok(root);
    }

    @PostMapping(path = "/{id}/agent", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Takes another speaker as the agent and reviews the conversation again",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content = @Content(schema = @Schema(implementation = AgentRequest.class))))
    ResponseEntity<String> agent(@PathVariable String id, HttpServletRequest request) {
        JsonNode body = read(request, AGENT_FIELDS);
        String agent = text(body, "agent", true).orElseThrow();
        return ok(answer(conversations.changeAgent(user.name(), id, agent)));
    }

    @PostMapping("/{id}/practice")
    @Operation(
            summary = "Saves the conversation's customer as your own scenario and starts a practice session with them",
            description = "Answers 201 with {scenarioId, sessionId}; the session goes on at /api/sessions/{sessionId}."
                    + " Saving again replaces the scenario saved from this conversation before.")
    ResponseEntity<String> practise(@PathVariable String id) {
        String scenarioId = conversations.saveAsScenario(user.name(), id);
        SessionView v = practice.start(user.name(), scenarioId, Optional.empty(), Optional.empty(), false);
        ObjectNode root = JSON.createObjectNode()
                .put("scenarioId", scenarioId)
                .put("sessionId", v.session().id());
        return ResponseEntity.created(URI.create("/api/sessions/" + v.session().id()))
                .contentType(MediaType.APPLICATION_JSON)
                .body(root.toString());
    }

    @Schema(description = "A rewrite of one of the agent's replies, for one pattern.")
    record DrillRequest(
            @Schema(description = "The agent's turn rewritten, counting from 1", example = "2")
            Integer turn,

            @Schema(
                    description = "paraphrase-confirm, yes-and, layered-questions or empathy-before-policy",
                    example = "empathy-before-policy")
            String pattern,

            @Schema(description = "Your version of the reply, up to 2000 characters")
            String rewrite) {}

    @PostMapping(path = "/{id}/drills", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary =
                    "Reads a rewrite of one agent reply for one pattern: what it does, what it misses, what is flagged",
            description = "Answer: {pattern, passed, score 0-100, done, missing, problems: [{category, quote, why,"
                    + " rewrite}], moves, feedback}. Nothing is stored.",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content = @Content(schema = @Schema(implementation = DrillRequest.class))))
    ResponseEntity<String> drill(@PathVariable String id, HttpServletRequest request) {
        JsonNode body = read(request, DRILL_FIELDS);
        JsonNode turn = body.get("turn");
        if (turn == null || !turn.canConvertToInt() || !turn.isIntegralNumber()) {
            throw new IllegalArgumentException("\"turn\" is the agent's turn, a whole number from 1.");
        }
        Drill.Result r = conversations.drill(
                user.name(),
                id,
                turn.intValue(),
                text(body, "pattern", true).orElseThrow(),
                text(body, "rewrite", true).orElseThrow());
        ObjectNode root = JSON.createObjectNode()
                .put("pattern", r.pattern().id())
                .put("passed", r.passed())
                .put("score", r.score());
        r.done().forEach(root.putArray("done")::add);
        r.missing().forEach(root.putArray("missing")::add);
        var problems = root.putArray("problems");
        for (DraftFlag f : r.problems()) {
            ObjectNode problem = problems.addObject()
                    .put("category", f.category().id())
                    .put("quote", f.quote())
                    .put("why", f.why());
            f.rewrite().ifPresent(rewrite -> problem.put("rewrite", rewrite));
        }
        r.moves().forEach(root.putArray("moves")::add);
        root.put("feedback", r.feedback());
        return ok(root);
    }

    @GetMapping("/{id}/export")
    @Operation(summary = "Exports the review as a JSON file: the same object as a line of `spar review --format json`")
    ResponseEntity<String> export(@PathVariable String id) {
        ConversationView v = conversations.view(user.name(), id);
        return ConversationExport.download(conversations, v);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Deletes one of your conversations, with the original if it was kept")
    void delete(@PathVariable String id) {
        conversations.delete(user.name(), id);
    }

    private ResponseEntity<String> created(ConversationView v) {
        return ResponseEntity.created(URI.create("/api/reviews/" + v.record().id()))
                .contentType(MediaType.APPLICATION_JSON)
                .body(answer(v).toString());
    }

    private static ResponseEntity<String> ok(ObjectNode body) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body.toString());
    }

    private ObjectNode answer(ConversationView v) {
        ObjectNode root = JSON.createObjectNode();
        root.put("id", v.record().id());
        root.put("createdAt", v.record().createdAt().toString());
        root.put("originalKept", v.record().original().isPresent());
        var speakers = root.putArray("speakers");
        v.speakers().forEach(speakers::add);
        root.setAll(conversations.tree(v));
        return root;
    }

    /** Reads the body as a JSON object, refusing one over the limit before it is all in memory. */
    private static JsonNode read(HttpServletRequest request, Set<String> fields) {
        if (request.getContentLengthLong() > MAX_JSON_BYTES) {
            throw tooLarge(request.getContentLengthLong());
        }
        byte[] bytes;
        try (InputStream in = request.getInputStream()) {
            bytes = in.readNBytes(MAX_JSON_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bytes.length > MAX_JSON_BYTES) {
            throw tooLarge(bytes.length);
        }
        JsonNode body;
        try {
            body = JSON.readTree(bytes);
        } catch (IOException e) {
            throw new IllegalArgumentException("The body is not JSON; /api/docs shows its shape.");
        }
        if (body == null || !body.isObject()) {
            throw new IllegalArgumentException("The body is a JSON object; /api/docs shows its shape.");
        }
        for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!fields.contains(name)) {
                throw new IllegalArgumentException("Unknown field \"" + dev.spar.web.practice.Limits.shorten(name)
                        + "\"; the fields are " + String.join(", ", new java.util.TreeSet<>(fields)) + ".");
            }
        }
        return body;
    }

    private static TooLarge tooLarge(long bytes) {
        return new TooLarge("The request is " + bytes + " bytes; the limit is " + MAX_JSON_BYTES
                + " bytes (a conversation of up to " + ConversationService.MAX_BYTES + " bytes).");
    }

    /** Returns a string field, refusing any other type. */
    private static Optional<String> text(JsonNode body, String field, boolean required) {
        JsonNode n = body.get(field);
        if (n == null || n.isNull()) {
            if (required) {
                throw new IllegalArgumentException("\"" + field + "\" is missing.");
            }
            return Optional.empty();
        }
        if (!n.isTextual()) {
            throw new IllegalArgumentException("\"" + field + "\" is a string, was "
                    + n.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + ".");
        }
        return Optional.of(n.textValue());
    }
}
