package dev.spar.files;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.spar.assist.Assistance;
import dev.spar.assist.Assistant;
import dev.spar.assist.ConversationLine;
import dev.spar.assist.CustomerRead;
import dev.spar.assist.DraftFlag;
import dev.spar.assist.FollowUpNote;
import dev.spar.assist.Ledger;
import dev.spar.assist.NextMove;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Live assist as JSON: the request a caller sends and the answer it gets, shared by {@code spar assist
 * --format json} and {@code POST /api/assist}.
 *
 * <p>A request is {@code {"conversation": [{"speaker": "customer"|"rep", "text": "..."}], "draft": "..."}};
 * {@code conversation} may be left out when nothing has been said. Requests are bounded: at most {@value
 * #MAX_REQUEST_CHARS} characters in all, {@link Assistant#MAX_LINES} lines, and {@link
 * Assistant#MAX_LINE_CHARS} characters per line and for the draft.
 *
 * <p>An answer is {@code {"flags": [{"category", "quote", "rewrite", "why", "start", "end"}], "next_moves":
 * [{"move", "title", "why", "phrasings"}], "customer": {"intensity", "style", "asks", "missing_facts",
 * "personal", "abusive", "cues"}}}, with {@code customer.safety} only when there is a safety concern. {@code
 * start} and {@code end} are offsets into the draft in UTF-16 code units (as JavaScript counts them); {@code
 * rewrite} is the whole draft with that one problem fixed. The same request always gives the same bytes.
 */
public final class AssistJson {
    /** The longest request read, in characters. */
    public static final int MAX_REQUEST_CHARS = 512 * 1024;

    private static final Set<String> REQUEST_FIELDS = Set.of("conversation", "draft");
    private static final Set<String> LINE_FIELDS = Set.of("speaker", "text");

    private final ObjectMapper json = new ObjectMapper();

    /**
     * What a caller of live assist sends: the conversation so far and the rep's draft.
     *
     * @param conversation the lines before the draft, oldest first
     * @param draft the reply as typed so far, possibly empty
     */
    public record Request(List<ConversationLine> conversation, String draft) {
        public Request {
            conversation = List.copyOf(conversation);
            Objects.requireNonNull(draft, "draft");
        }
    }

    /** A request that cannot be read, with a message naming the field and the fix. */
    public static final class BadRequest extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadRequest(String message) {
            super(message);
        }
    }

    /** Returns the assistance as a JSON tree. */
    public ObjectNode tree(Assistance assistance) {
        ObjectNode root = json.createObjectNode();
        ArrayNode flags = root.putArray("flags");
        for (DraftFlag f : assistance.flags()) {
            ObjectNode flag =
                    flags.addObject().put("category", f.category().id()).put("quote", f.quote());
            // no "rewrite" when none passed the checks: the flag is shown, and there is nothing to apply
            f.rewrite().ifPresent(r -> flag.put("rewrite", r));
            flag.put("why", f.why())
                    .put("start", f.span().start())
                    .put("end", f.span().end());
        }
        ArrayNode moves = root.putArray("next_moves");
        for (NextMove m : assistance.nextMoves()) {
            ObjectNode move = moves.addObject()
                    .put("move", m.step().id())
                    .put("title", m.step().title())
                    .put("why", m.why());
            m.phrasings().forEach(move.putArray("phrasings")::add);
        }
        CustomerRead c = assistance.customer();
        ObjectNode customer = root.putObject("customer")
                .put("intensity", c.intensity())
                .put("style", c.style().id());
        c.asks().forEach(customer.putArray("asks")::add);
        c.missingFacts().forEach(customer.putArray("missing_facts")::add);
        customer.put("personal", c.personal()).put("abusive", c.abusive());
        c.cues().forEach(customer.putArray("cues")::add);
        c.safety().ifPresent(s -> customer.put("safety", s));
        return root;
    }

    /** Returns the assistance as compact JSON text. */
    public String write(Assistance assistance) {
        return text(tree(assistance));
    }

    /**
     * Returns the follow-up note as a JSON tree: {@code issue}, {@code main_concern}, {@code promised}, {@code
     * to_verify}, {@code owner}, {@code next_action}.
     */
    public ObjectNode tree(FollowUpNote note) {
        ObjectNode root = json.createObjectNode().put("issue", note.issue()).put("main_concern", note.mainConcern());
        note.promised().forEach(root.putArray("promised")::add);
        note.toVerify().forEach(root.putArray("to_verify")::add);
        return root.put("owner", note.owner()).put("next_action", note.nextAction());
    }

    /** Returns the follow-up note as compact JSON text. */
    public String write(FollowUpNote note) {
        return text(tree(note));
    }

    /** Returns the ledger as a JSON tree: {@code entries}, each with {@code kind}, {@code text}, {@code line}, {@code owner}. */
    public ObjectNode tree(Ledger ledger) {
        ObjectNode root = json.createObjectNode();
        ArrayNode entries = root.putArray("entries");
        for (Ledger.Entry e : ledger.entries()) {
            entries.addObject()
                    .put("kind", e.kind().id())
                    .put("text", e.text())
                    .put("line", e.line())
                    .put("owner", e.owner());
        }
        return root;
    }

    /**
     * Reads a request, checking its shape and bounds.
     *
     * @throws BadRequest naming the field that is wrong and how to fix it
     */
    public Request readRequest(String body) {
        if (body.length() > MAX_REQUEST_CHARS) {
            throw new BadRequest("the request is " + body.length() + " characters; send at most " + MAX_REQUEST_CHARS
                    + " (the latest " + Assistant.MAX_LINES + " lines are enough)");
        }
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (JsonProcessingException e) {
            // A limit of the reader (nesting too deep, a number too long) has no place in the text to point at.
            String where = e.getLocation() == null
                    ? ""
                    : " (line " + e.getLocation().getLineNr() + ", column "
                            + e.getLocation().getColumnNr() + ")";
            throw new BadRequest("the request is not valid JSON" + where + ": " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new BadRequest(
                    "the request must be a JSON object: {\"conversation\": [...], \"draft\":" + " \"...\"}");
        }
        unknownFields(root, REQUEST_FIELDS, "the request");
        JsonNode draft = root.get("draft");
        if (draft == null || !draft.isTextual()) {
            throw new BadRequest("\"draft\" must be a string: the rep's reply as typed so far (\"\" when"
                    + " nothing is typed yet)");
        }
        if (draft.textValue().length() > Assistant.MAX_DRAFT_CHARS) {
            throw new BadRequest("\"draft\" is " + draft.textValue().length() + " characters; keep it" + " under "
                    + Assistant.MAX_DRAFT_CHARS);
        }
        return new Request(conversation(root.get("conversation")), draft.textValue());
    }

    private static List<ConversationLine> conversation(JsonNode node) {
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw new BadRequest("\"conversation\" must be a list of {\"speaker\": \"customer\" or \"rep\","
                    + " \"text\": \"...\"}, oldest first");
        }
        if (node.size() > Assistant.MAX_LINES) {
            throw new BadRequest("\"conversation\" has " + node.size() + " lines; send at most " + Assistant.MAX_LINES
                    + " (the latest ones)");
        }
        List<ConversationLine> lines = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            String where = "conversation[" + i + "]";
            JsonNode line = node.get(i);
            if (!line.isObject()) {
                throw new BadRequest(where + " must be an object: {\"speaker\": \"customer\", \"text\":" + " \"...\"}");
            }
            unknownFields(line, LINE_FIELDS, where);
            JsonNode speaker = line.get("speaker");
            ConversationLine.Speaker who = speaker == null || !speaker.isTextual()
                    ? null
                    : ConversationLine.Speaker.byId(speaker.textValue()).orElse(null);
            if (who == null) {
                throw new BadRequest(where + ".speaker must be \"customer\" or \"rep\", was "
                        + (speaker == null ? "missing" : speaker.toString()));
            }
            JsonNode text = line.get("text");
            if (text == null || !text.isTextual()) {
                throw new BadRequest(where + ".text must be a string: what was said");
            }
            if (text.textValue().length() > Assistant.MAX_LINE_CHARS) {
                throw new BadRequest(where + ".text is " + text.textValue().length()
                        + " characters; keep each line under " + Assistant.MAX_LINE_CHARS);
            }
            lines.add(new ConversationLine(who, text.textValue()));
        }
        return lines;
    }

    private static void unknownFields(JsonNode node, Set<String> known, String where) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                throw new BadRequest(where + " has an unknown field \"" + name + "\"; the fields are "
                        + String.join(", ", known.stream().sorted().toList()));
            }
        }
    }

    private String text(JsonNode node) {
        try {
            return json.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an assist tree always serialises", e);
        }
    }
}
