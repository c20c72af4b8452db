package dev.spar.files;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.spar.review.Checklist;
import dev.spar.review.ConversationReview;
import dev.spar.review.IntensityPoint;
import dev.spar.review.ReviewFinding;
import dev.spar.review.Role;
import dev.spar.review.SafetyNotice;
import dev.spar.review.Transcript;
import dev.spar.review.TurningPoint;
import dev.spar.review.Utterance;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A reviewed real conversation as one JSON object, shared by {@code spar review --format json} (one per line) and
 * the export of {@code /api/reviews/{id}/export}; and the redacted transcript as it is stored.
 *
 * <p>A review's fields: {@code source} (the file), {@code format}, {@code agent} (the speaker taken as the agent),
 * {@code turns} (each with {@code turn} counting from 1 in file order, {@code speaker}, {@code role}
 * agent|customer, {@code text} after redaction, {@code time} when the file gives one, and {@code findings}, each
 * with {@code category}, {@code kind} problem|strength, {@code quote}, {@code why} and, for a problem, {@code
 * rewrite}), {@code score} 0-100, {@code redacted} (how many of each kind of personal data were replaced),
 * {@code intensity} (the customer's, per turn of theirs), {@code turningPoints}, {@code ledger}, {@code followUp},
 * {@code checklist}, {@code customerStyle} and {@code styleMatched}. Nothing in it depends on the clock.
 */
public final class ConversationJson {
    private final ObjectMapper json = new ObjectMapper();
    private final AssistJson assist = new AssistJson();

    /**
     * What the import knew about a conversation besides its turns.
     *
     * @param source the file's name as given
     * @param format the format it was read as ({@code plain}, {@code webvtt}...)
     * @param agent the speaker taken as the agent, after redaction
     * @param redacted how many of each kind of personal data were replaced, by kind ({@code email}...)
     */
    public record Import(String source, String format, String agent, Map<String, Integer> redacted) {
        public Import {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(format, "format");
            Objects.requireNonNull(agent, "agent");
            redacted = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(redacted));
        }
    }

    /** Returns the review as a JSON tree. */
    public ObjectNode tree(ConversationReview review, Import about) {
        ObjectNode root = json.createObjectNode();
        root.put("source", about.source());
        root.put("format", about.format());
        root.put("agent", about.agent());
        // a customer turn about self-harm, violence or abuse comes first, with helplines, as practice shows it
        ArrayNode safety = root.putArray("safety");
        for (SafetyNotice n : review.safety()) {
            safety.addObject()
                    .put("turn", n.turn())
                    .put(
                            "kind",
                            n.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'))
                    .put("quote", n.quote())
                    .put("message", n.message());
        }
        ArrayNode turns = root.putArray("turns");
        List<Utterance> said = review.transcript().turns();
        for (int i = 0; i < said.size(); i++) {
            Utterance u = said.get(i);
            ObjectNode t = turns.addObject();
            t.put("turn", i + 1);
            t.put("speaker", u.speaker());
            t.put("role", u.role().id());
            t.put("text", u.text());
            u.time().ifPresent(time -> t.put("time", time));
            ArrayNode findings = t.putArray("findings");
            for (ReviewFinding f : review.at(i + 1)) {
                ObjectNode n = findings.addObject();
                n.put("category", f.category().id());
                n.put("kind", f.isProblem() ? "problem" : "strength");
                n.put("quote", f.quote());
                n.put("why", f.why());
                f.rewrite().ifPresent(r -> n.put("rewrite", r));
            }
        }
        root.put("score", review.score());
        ObjectNode redacted = root.putObject("redacted");
        about.redacted().forEach(redacted::put);
        ArrayNode intensity = root.putArray("intensity");
        for (IntensityPoint p : review.intensity()) {
            intensity.addObject().put("turn", p.turn()).put("intensity", p.intensity());
        }
        ArrayNode points = root.putArray("turningPoints");
        for (TurningPoint p : review.turningPoints()) {
            points.addObject()
                    .put("turn", p.turn())
                    .put("from", p.from())
                    .put("to", p.to())
                    .put("angrier", p.angrier())
                    .put("agentTurn", p.agentTurn())
                    .put("agentWords", p.agentWords());
        }
        root.set("ledger", assist.tree(review.ledger()).get("entries"));
        root.set("followUp", assist.tree(review.followUp()));
        ArrayNode checklist = root.putArray("checklist");
        for (Checklist.Coverage c : review.checklist()) {
            ObjectNode n = checklist
                    .addObject()
                    .put("id", c.item().id())
                    .put("label", c.item().label())
                    .put("covered", c.covered());
            if (c.covered()) {
                n.put("turn", c.turn()).put("quote", c.quote());
            }
        }
        root.put("customerStyle", review.customerStyle().name().toLowerCase(java.util.Locale.ROOT));
        root.put("styleMatched", review.styleMatched());
        return root;
    }

    /** Returns the review as one line of JSON, for JSON Lines. */
    public String line(ConversationReview review, Import about) {
        return text(tree(review, about));
    }

    /** Returns a transcript as compact JSON, the form it is stored in: {@code source}, {@code date}, {@code turns}. */
    public String write(Transcript transcript) {
        ObjectNode root = json.createObjectNode();
        root.put("source", transcript.source());
        transcript.date().ifPresent(d -> root.put("date", d.toString()));
        ArrayNode turns = root.putArray("turns");
        for (Utterance u : transcript.turns()) {
            ObjectNode t = turns.addObject()
                    .put("speaker", u.speaker())
                    .put("role", u.role().id())
                    .put("text", u.text());
            u.time().ifPresent(time -> t.put("time", time));
        }
        return text(root);
    }

    /**
     * Reads a transcript written by {@link #write(Transcript)}.
     *
     * @throws IllegalArgumentException if the text is not such a transcript
     */
    public Transcript readTranscript(String text) {
        JsonNode root;
        try {
            root = json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("a stored transcript is not JSON: " + e.getOriginalMessage(), e);
        }
        List<Utterance> turns = new ArrayList<>();
        for (JsonNode t : root.path("turns")) {
            Role role = Role.byId(t.path("role").asText())
                    .orElseThrow(() -> new IllegalArgumentException("a stored turn has no role agent|customer"));
            Optional<String> time =
                    t.hasNonNull("time") ? Optional.of(t.get("time").asText()) : Optional.empty();
            turns.add(new Utterance(
                    t.path("speaker").asText(), role, t.path("text").asText(), time));
        }
        return new Transcript(
                root.path("source").asText(), turns, date(root.path("date").asText("")));
    }

    /** Returns counts by kind as compact JSON, the form they are stored in. */
    public String writeCounts(Map<String, Integer> counts) {
        ObjectNode root = json.createObjectNode();
        counts.forEach(root::put);
        return text(root);
    }

    /** Reads counts written by {@link #writeCounts(Map)}, in their order. */
    public Map<String, Integer> readCounts(String text) {
        Map<String, Integer> out = new LinkedHashMap<>();
        try {
            json.readTree(text)
                    .properties()
                    .forEach(e -> out.put(e.getKey(), e.getValue().asInt()));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("stored counts are not JSON: " + e.getOriginalMessage(), e);
        }
        return out;
    }

    private static Optional<LocalDate> date(String text) {
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private String text(JsonNode node) {
        try {
            return json.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }
}
