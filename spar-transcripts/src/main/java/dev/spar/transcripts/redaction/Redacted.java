package dev.spar.transcripts.redaction;

import dev.spar.review.Transcript;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * A conversation with its personal data replaced.
 *
 * @param transcript the conversation, speakers and text redacted
 * @param counts how many distinct items of each type were replaced (a type with none is absent)
 */
public record Redacted(Transcript transcript, Map<PiiType, Integer> counts) {
    public Redacted {
        Objects.requireNonNull(transcript, "transcript");
        counts = counts.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(counts));
    }

    /** Returns how many distinct items were replaced in all. */
    public int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
}
