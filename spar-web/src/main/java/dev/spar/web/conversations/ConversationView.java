package dev.spar.web.conversations;

import dev.spar.files.ConversationJson;
import dev.spar.review.ConversationReview;
import java.util.List;
import java.util.Map;

/**
 * A stored conversation with its review, read again from the redacted transcript.
 *
 * @param record the stored row
 * @param speakers the speakers after redaction, in order of first appearance
 * @param redacted how many of each kind of personal data were replaced
 * @param review the review of the redacted transcript
 */
public record ConversationView(
        ConversationRecord record, List<String> speakers, Map<String, Integer> redacted, ConversationReview review) {
    public ConversationView {
        speakers = List.copyOf(speakers);
        redacted = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(redacted));
    }

    /**
     * How many of one kind of personal data were replaced.
     *
     * @param kind the kind's id ({@code email}...)
     * @param count how many
     */
    public record Redaction(String kind, int count) {}

    /** Returns how many of each kind were replaced, as a list in the redactor's order. */
    public List<Redaction> redactions() {
        return redacted.entrySet().stream()
                .map(e -> new Redaction(e.getKey(), e.getValue()))
                .toList();
    }

    /** Returns what the JSON of the review says about the import. */
    public ConversationJson.Import about() {
        return new ConversationJson.Import(record.source(), record.format(), record.agent(), redacted);
    }
}
