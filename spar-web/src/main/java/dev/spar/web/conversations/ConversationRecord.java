package dev.spar.web.conversations;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A reviewed real conversation as stored: the redacted transcript and what the import knew, never the review.
 *
 * @param id its id, a UUID
 * @param owner whose it is
 * @param source the file's name as given, or "pasted"
 * @param format the format it was read as
 * @param agent the speaker taken as the agent, after redaction
 * @param turns how many turns it has
 * @param score the score when it was last reviewed, for the list (the page reviews it again)
 * @param transcript the redacted transcript as JSON
 * @param redactions how many of each kind of personal data were replaced, as JSON
 * @param original the file as given, only when its owner chose to keep it
 * @param createdAt when it was imported
 */
public record ConversationRecord(
        String id,
        String owner,
        String source,
        String format,
        String agent,
        int turns,
        int score,
        String transcript,
        String redactions,
        Optional<String> original,
        Instant createdAt) {
    public ConversationRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(agent, "agent");
        Objects.requireNonNull(transcript, "transcript");
        Objects.requireNonNull(redactions, "redactions");
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
