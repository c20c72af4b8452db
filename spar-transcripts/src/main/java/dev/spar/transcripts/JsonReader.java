package dev.spar.transcripts;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.spar.review.Role;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the JSON exports: a plain array of turns, Zendesk ticket comments, Intercom conversation parts, Freshdesk
 * conversations and Amazon Connect Contact Lens transcripts, told apart by their fields.
 */
final class JsonReader {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(JsonParser.Feature.ALLOW_COMMENTS)
            .build();

    private JsonReader() {}

    /** Parses the text as JSON, or says where it stops being JSON. */
    static JsonNode tree(String text) {
        try {
            return JSON.readTree(text);
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr());
            String why = e.getOriginalMessage();
            int cut = why.indexOf('\n');
            throw TranscriptException.atLine(
                    line, "not valid JSON: " + (cut < 0 ? why : why.substring(0, cut)).strip());
        }
    }

    /** Returns the export the tree is, by its fields; empty if it is none of them. */
    static Optional<Format> formatOf(JsonNode root) {
        if (root.isArray()) {
            JsonNode first = root.path(0);
            if (first.has("incoming") || first.has("body_text")) {
                return Optional.of(Format.FRESHDESK);
            }
            return Optional.of(Format.JSON_TURNS);
        }
        if (!root.isObject()) {
            return Optional.empty();
        }
        if (root.has("Transcript")) {
            return Optional.of(Format.AMAZON_CONNECT);
        }
        if (root.has("conversation_parts")) {
            return Optional.of(Format.INTERCOM);
        }
        if (root.has("comments") || root.path("ticket").has("comments")) {
            return Optional.of(Format.ZENDESK);
        }
        if (root.has("conversations")) {
            return Optional.of(Format.FRESHDESK);
        }
        return Optional.empty();
    }

    static Parsed read(JsonNode root, Format format) {
        return switch (format) {
            case JSON_TURNS -> turns(root);
            case ZENDESK -> zendesk(root);
            case INTERCOM -> intercom(root);
            case FRESHDESK -> freshdesk(root);
            case AMAZON_CONNECT -> connect(root);
            default -> throw new IllegalArgumentException("not a JSON format: " + format);
        };
    }

    private static Parsed turns(JsonNode root) {
        List<RawTurn> turns = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            String at = "[" + i + "]";
            JsonNode item = root.get(i);
            if (!item.isObject()) {
                throw TranscriptException.atField(
                        at,
                        "expected an object like {\"speaker\": \"Maria\", \"text\":" + " \"Hello\"}, found "
                                + kind(item));
            }
            String speaker = requiredText(item, "speaker", at);
            String text = words(item, "text", at);
            Optional<Role> role = Optional.empty();
            if (item.hasNonNull("role")) {
                String r = item.get("role").asText();
                role = Optional.of(Role.byId(r)
                        .orElseThrow(() -> TranscriptException.atField(
                                at + ".role", "'" + r + "' is not a role; use agent or customer")));
            }
            turns.add(new RawTurn(speaker, text.strip(), time(item.get("time")), role, "field " + at + ".text"));
        }
        return Parsed.of(turns);
    }

    private static Parsed zendesk(JsonNode root) {
        JsonNode ticket = root.has("comments") ? root : root.get("ticket");
        String prefix = root.has("comments") ? "" : "ticket.";
        JsonNode comments = array(ticket, "comments", prefix);
        Map<String, JsonNode> users = new HashMap<>();
        for (JsonNode u : root.path("users")) {
            users.put(u.path("id").asText(), u);
        }
        String requester = ticket.path("requester_id")
                .asText(root.path("ticket").path("requester_id").asText(""));
        List<RawTurn> turns = new ArrayList<>();
        int privateNotes = 0;
        for (int i = 0; i < comments.size(); i++) {
            String at = prefix + "comments[" + i + "]";
            JsonNode c = object(comments.get(i), at);
            if (c.has("public") && !c.get("public").asBoolean(true)) {
                privateNotes++;
                continue;
            }
            String field = c.hasNonNull("plain_body") ? "plain_body" : c.hasNonNull("body") ? "body" : "html_body";
            String text = Html.text(words(c, field, at));
            JsonNode author = c.path("author");
            String authorId = c.hasNonNull("author_id")
                    ? c.get("author_id").asText()
                    : author.path("id").asText("");
            if (authorId.isEmpty() && !author.hasNonNull("name")) {
                throw TranscriptException.atField(at + ".author_id", "missing: who wrote this comment?");
            }
            JsonNode user = users.getOrDefault(authorId, author);
            String speaker = user.hasNonNull("name") ? user.get("name").asText().strip() : "user " + authorId;
            Optional<Role> role =
                    switch (user.path("role").asText("").toLowerCase(Locale.ROOT)) {
                        case "agent", "admin" -> Optional.of(Role.AGENT);
                        case "end-user", "end_user" -> Optional.of(Role.CUSTOMER);
                        default ->
                            requester.isEmpty()
                                    ? Optional.<Role>empty()
                                    : Optional.of(requester.equals(authorId) ? Role.CUSTOMER : Role.AGENT);
                    };
            turns.add(new RawTurn(speaker, text, time(c.get("created_at")), role, "field " + at + "." + field));
        }
        return new Parsed(turns, skipped(privateNotes, "private note"));
    }

    private static Parsed intercom(JsonNode root) {
        List<RawTurn> turns = new ArrayList<>();
        int notes = 0;
        JsonNode source = root.path("source");
        if (source.hasNonNull("body") && !source.get("body").asText().isBlank()) {
            turns.add(intercomTurn(source, "source", root.get("created_at")));
        }
        JsonNode partsNode = root.get("conversation_parts");
        JsonNode parts =
                partsNode.isArray() ? partsNode : array(partsNode, "conversation_parts", "conversation_parts.");
        String prefix = partsNode.isArray() ? "conversation_parts" : "conversation_parts.conversation_parts";
        for (int i = 0; i < parts.size(); i++) {
            String at = prefix + "[" + i + "]";
            JsonNode p = object(parts.get(i), at);
            String type = p.path("part_type").asText("comment");
            if (type.equals("note") || type.startsWith("note_")) {
                notes++;
                continue;
            }
            if (!p.hasNonNull("body") || p.get("body").asText().isBlank()) {
                continue; // assignments, opening and closing carry no words
            }
            turns.add(intercomTurn(p, at, p.get("created_at")));
        }
        return new Parsed(turns, skipped(notes, "internal note"));
    }

    private static RawTurn intercomTurn(JsonNode part, String at, JsonNode createdAt) {
        JsonNode author = part.path("author");
        String type = author.path("type").asText("").toLowerCase(Locale.ROOT);
        Optional<Role> role =
                switch (type) {
                    case "admin", "bot", "team" -> Optional.of(Role.AGENT);
                    case "user", "lead", "contact" -> Optional.of(Role.CUSTOMER);
                    case "" -> throw TranscriptException.atField(at + ".author.type", "missing: admin, bot or user?");
                    default ->
                        throw TranscriptException.atField(
                                at + ".author.type",
                                "'" + type + "' is not an Intercom author type (admin, bot, user, lead)");
                };
        String name = author.hasNonNull("name") && !author.get("name").asText().isBlank()
                ? author.get("name").asText().strip()
                : type + " " + author.path("id").asText("").strip();
        return new RawTurn(
                name.strip(), Html.text(part.get("body").asText()), time(createdAt), role, "field " + at + ".body");
    }

    private static Parsed freshdesk(JsonNode root) {
        List<RawTurn> turns = new ArrayList<>();
        JsonNode list = root.isArray() ? root : array(root, "conversations", "");
        String prefix = root.isArray() ? "" : "conversations";
        String requester = root.path("requester_id").asText("");
        if (!root.isArray()) {
            String description = root.path("description_text")
                    .asText(Html.text(root.path("description").asText("")));
            if (!description.isBlank()) {
                String speaker = requester.isEmpty() ? "customer" : "customer " + requester;
                turns.add(new RawTurn(
                        speaker,
                        description.strip(),
                        time(root.get("created_at")),
                        Optional.of(Role.CUSTOMER),
                        "field description_text"));
            }
        }
        int privateNotes = 0;
        for (int i = 0; i < list.size(); i++) {
            String at = prefix + "[" + i + "]";
            JsonNode c = object(list.get(i), at);
            if (c.path("private").asBoolean(false)) {
                privateNotes++;
                continue;
            }
            String field = c.hasNonNull("body_text") ? "body_text" : "body";
            String text = Html.text(words(c, field, at));
            String user = c.path("user_id").asText("");
            boolean customer = c.path("incoming").asBoolean(false) || (!requester.isEmpty() && requester.equals(user));
            String speaker = (customer ? "customer" : "agent") + (user.isEmpty() ? "" : " " + user);
            turns.add(new RawTurn(
                    speaker,
                    text,
                    time(c.get("created_at")),
                    Optional.of(customer ? Role.CUSTOMER : Role.AGENT),
                    "field " + at + "." + field));
        }
        return new Parsed(turns, skipped(privateNotes, "private note"));
    }

    private static Parsed connect(JsonNode root) {
        Map<String, String> roles = new HashMap<>();
        for (JsonNode p : root.path("Participants")) {
            if (p.hasNonNull("ParticipantRole")) {
                roles.put(
                        p.path("ParticipantId").asText(),
                        p.get("ParticipantRole").asText());
            }
        }
        JsonNode list = array(root, "Transcript", "");
        List<RawTurn> turns = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String at = "Transcript[" + i + "]";
            JsonNode t = object(list.get(i), at);
            String id = requiredText(t, "ParticipantId", at);
            String participant = t.path("ParticipantRole").asText(roles.getOrDefault(id, id));
            Role role =
                    switch (participant.toUpperCase(Locale.ROOT)) {
                        case "AGENT" -> Role.AGENT;
                        case "CUSTOMER" -> Role.CUSTOMER;
                        case "SYSTEM", "CUSTOM_BOT" -> null;
                        default ->
                            throw TranscriptException.atField(
                                    at + ".ParticipantId", "'" + participant + "' is neither AGENT nor CUSTOMER");
                    };
            if (role == null) {
                continue;
            }
            String text = words(t, "Content", at);
            Optional<String> time = t.has("BeginOffsetMillis")
                    ? Optional.of(offset(t.get("BeginOffsetMillis").asLong()))
                    : time(t.get("AbsoluteTime"));
            String speaker = role == Role.AGENT ? "Agent" : "Customer";
            turns.add(new RawTurn(speaker, text.strip(), time, Optional.of(role), "field " + at + ".Content"));
        }
        return Parsed.of(turns);
    }

    private static String offset(long millis) {
        long s = millis / 1000;
        return s >= 3600
                ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%02d:%02d", s / 60, s % 60);
    }

    private static List<String> skipped(int n, String what) {
        return n == 0
                ? List.of()
                : List.of(n + " " + what + (n == 1 ? "" : "s") + " skipped: internal to the team, not said to the"
                        + " customer");
    }

    /** The time as the file gives it; epoch seconds (Intercom) become an ISO instant. */
    private static Optional<String> time(JsonNode node) {
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (node.isIntegralNumber() && node.asLong() > 100_000_000L) {
            long v = node.asLong();
            return Optional.of((v > 100_000_000_000L ? Instant.ofEpochMilli(v) : Instant.ofEpochSecond(v)).toString());
        }
        String s = node.asText().strip();
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }

    private static JsonNode array(JsonNode parent, String field, String prefix) {
        JsonNode node = parent.get(field);
        if (node == null || !node.isArray()) {
            throw TranscriptException.atField(
                    prefix + field, node == null ? "missing" : "expected a list, found " + kind(node));
        }
        return node;
    }

    private static JsonNode object(JsonNode node, String at) {
        if (!node.isObject()) {
            throw TranscriptException.atField(at, "expected an object, found " + kind(node));
        }
        return node;
    }

    /** What someone said: text only, so {@code "text": 42} is an error and not a turn that says "42". */
    private static String words(JsonNode item, String field, String at) {
        String text = requiredText(item, field, at);
        if (!item.get(field).isTextual()) {
            throw TranscriptException.atField(at + "." + field, "expected text, found " + kind(item.get(field)));
        }
        return text;
    }

    private static String requiredText(JsonNode item, String field, String at) {
        JsonNode v = item.get(field);
        if (v == null || v.isNull()) {
            throw TranscriptException.atField(at + "." + field, "missing");
        }
        if (!v.isValueNode()) {
            throw TranscriptException.atField(at + "." + field, "expected text, found " + kind(v));
        }
        return v.asText();
    }

    private static String kind(JsonNode n) {
        return switch (n.getNodeType()) {
            case ARRAY -> "a list";
            case OBJECT -> "an object";
            case STRING -> "text";
            case NUMBER -> "a number";
            case BOOLEAN -> "true/false";
            case NULL -> "null";
            default -> n.getNodeType().name().toLowerCase(Locale.ROOT);
        };
    }
}
