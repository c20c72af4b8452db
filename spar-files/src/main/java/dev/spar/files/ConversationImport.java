package dev.spar.files;

import dev.spar.review.Role;
import dev.spar.review.Transcript;
import dev.spar.review.Utterance;
import dev.spar.transcripts.Imported;
import dev.spar.transcripts.TranscriptException;
import dev.spar.transcripts.TranscriptReader;
import dev.spar.transcripts.redaction.PiiType;
import dev.spar.transcripts.redaction.Redacted;
import dev.spar.transcripts.redaction.Redactor;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A real conversation from a file, ready to review and to keep: read (the format detected, the agent inferred or
 * named by the user), then redacted. Everything after this step sees only the redacted transcript; the file as
 * given goes no further unless its owner asks to keep it.
 */
public final class ConversationImport {
    private final TranscriptReader reader;
    private final Redactor redactor;

    /** Creates an import with the standard limits and redaction. */
    public ConversationImport() {
        this(new TranscriptReader(), new Redactor());
    }

    /** Creates an import that reads and redacts with these. */
    public ConversationImport(TranscriptReader reader, Redactor redactor) {
        this.reader = Objects.requireNonNull(reader, "reader");
        this.redactor = Objects.requireNonNull(redactor, "redactor");
    }

    /**
     * A conversation read and redacted.
     *
     * @param transcript the redacted transcript: speakers and text as placeholders where they named someone
     * @param format the format it was read as, by its id ({@code plain}, {@code webvtt}...)
     * @param speakers the speakers after redaction, in order of first appearance
     * @param agent the speaker taken as the agent, after redaction
     * @param redacted how many of each kind of personal data were replaced, by kind id, only kinds found
     */
    public record Prepared(
            Transcript transcript, String format, List<String> speakers, String agent, Map<String, Integer> redacted) {
        public Prepared {
            Objects.requireNonNull(transcript, "transcript");
            Objects.requireNonNull(format, "format");
            speakers = List.copyOf(speakers);
            Objects.requireNonNull(agent, "agent");
            redacted = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(redacted));
        }

        /** Returns what the JSON of a review says about the import. */
        public ConversationJson.Import about() {
            return new ConversationJson.Import(transcript.source(), format, agent, redacted);
        }

        /** Returns the same conversation with another speaker taken as the agent. */
        public Prepared withAgent(String speaker) {
            return new Prepared(ConversationImport.withAgent(transcript, speaker), format, speakers, speaker, redacted);
        }
    }

    /**
     * Reads and redacts a file.
     *
     * @param fileName the file's name, which helps tell its format
     * @param content the file's bytes
     * @param agent the speaker the user says is the agent, as the file names them; empty to infer it
     * @throws TranscriptException if the file cannot be read, naming the line or field
     */
    public Prepared prepare(String fileName, byte[] content, Optional<String> agent) {
        Imported imported = reader.read(fileName, content, agent.filter(a -> !a.isBlank()));
        Redacted redacted = redactor.redact(imported.transcript());
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (PiiType type : PiiType.values()) {
            int n = redacted.counts().getOrDefault(type, 0);
            if (n > 0) {
                counts.put(type.id(), n);
            }
        }
        Transcript t = redacted.transcript();
        return new Prepared(t, imported.format().id(), speakers(t), t.agent(), counts);
    }

    /** Returns the speakers of a transcript, in order of first appearance. */
    public static List<String> speakers(Transcript transcript) {
        LinkedHashSet<String> seen = new LinkedHashSet<>();
        transcript.turns().forEach(u -> seen.add(u.speaker()));
        return List.copyOf(seen);
    }

    /**
     * Returns the transcript with this speaker's turns as the agent's and everyone else's as the customer's: the
     * user's correction of who the agent is, applied to the redacted transcript (the original is not needed).
     *
     * @throws IllegalArgumentException if nobody of that name speaks in it
     */
    public static Transcript withAgent(Transcript transcript, String speaker) {
        List<String> speakers = speakers(transcript);
        if (!speakers.contains(speaker)) {
            throw new IllegalArgumentException("Nobody called '" + shorten(speaker) + "' speaks in this conversation;"
                    + " the speakers are " + String.join(", ", speakers) + ".");
        }
        List<Utterance> turns = transcript.turns().stream()
                .map(u -> new Utterance(
                        u.speaker(), u.speaker().equals(speaker) ? Role.AGENT : Role.CUSTOMER, u.text(), u.time()))
                .toList();
        return new Transcript(transcript.source(), turns, transcript.date());
    }

    private static String shorten(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}
