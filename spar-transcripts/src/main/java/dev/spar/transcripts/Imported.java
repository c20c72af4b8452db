package dev.spar.transcripts;

import dev.spar.review.Transcript;
import java.util.List;
import java.util.Objects;

/**
 * A conversation read from a file.
 *
 * @param transcript the turns with their roles (not yet redacted)
 * @param format the format the file was read as
 * @param speakers the speakers as the file names them, in order of first appearance
 * @param agent the speaker taken as the agent (the user can correct it with {@link TranscriptReader#read(String,
 *     byte[], java.util.Optional)})
 * @param notes what was left out on purpose, for the user ("2 private notes skipped: ..."); usually empty
 */
public record Imported(Transcript transcript, Format format, List<String> speakers, String agent, List<String> notes) {
    public Imported {
        Objects.requireNonNull(transcript, "transcript");
        Objects.requireNonNull(format, "format");
        speakers = List.copyOf(speakers);
        Objects.requireNonNull(agent, "agent");
        notes = List.copyOf(notes);
    }

    /** Creates one with nothing left out. */
    public Imported(Transcript transcript, Format format, List<String> speakers, String agent) {
        this(transcript, format, speakers, agent, List.of());
    }
}
