package dev.spar.transcripts;

import com.fasterxml.jackson.databind.JsonNode;
import dev.spar.review.Role;
import dev.spar.review.Transcript;
import dev.spar.review.Utterance;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads a real conversation from an exported file: detects the format (by content first, the file name's
 * extension as a hint), reads the turns, and infers which speaker is the agent. Either the whole conversation
 * is returned or a {@link TranscriptException} says what is wrong and where; never half of it.
 */
public final class TranscriptReader {
    private static final Pattern ISO_DATE = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");

    private final Limits limits;

    /** Creates a reader with the {@link Limits#standard() standard limits}. */
    public TranscriptReader() {
        this(Limits.standard());
    }

    /** Creates a reader with these limits. */
    public TranscriptReader(Limits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /**
     * Detects the format from name and content, parses, infers which speaker is the agent.
     *
     * @throws TranscriptException when the file is not a conversation Spar can read, naming the line or field
     */
    public Imported read(String fileName, byte[] content) {
        return read(fileName, content, Optional.empty());
    }

    /**
     * Same, with the user's correction: this speaker (as named in the file) is the agent, every other speaker the
     * customer side.
     *
     * @throws TranscriptException when the file cannot be read or has no speaker of that name
     */
    public Imported read(String fileName, byte[] content, Optional<String> agentSpeaker) {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(agentSpeaker, "agentSpeaker");
        String text = Decoding.text(content, limits);
        Detected detected = detect(fileName, text);
        Parsed parsed = detected.parse();
        List<RawTurn> turns =
                parsed.turns().stream().filter(t -> !t.text().isBlank()).toList();
        check(turns);
        RoleInference.Roles roles = RoleInference.infer(turns, detected.format(), agentSpeaker);
        List<Utterance> utterances = turns.stream()
                .map(t -> new Utterance(t.speaker(), roles.bySpeaker().get(t.speaker()), t.text(), t.time()))
                .toList();
        checkBothSides(utterances, roles);
        Optional<LocalDate> date = turns.stream()
                .map(RawTurn::time)
                .flatMap(Optional::stream)
                .map(TranscriptReader::date)
                .flatMap(Optional::stream)
                .findFirst();
        Transcript transcript = new Transcript(fileName, utterances, date);
        return new Imported(transcript, detected.format(), roles.speakers(), roles.agent(), parsed.notes());
    }

    private void check(List<RawTurn> turns) {
        if (turns.isEmpty()) {
            throw new TranscriptException("no turns found: the file has no messages with words in them");
        }
        if (turns.size() > limits.maxTurns()) {
            throw new TranscriptException(String.format(
                    Locale.ROOT,
                    "the conversation has %,d turns; the limit is %,d: split it into smaller files",
                    turns.size(),
                    limits.maxTurns()));
        }
        for (RawTurn t : turns) {
            if (t.text().length() > limits.maxLineChars()) {
                throw t.problem(String.format(
                        Locale.ROOT,
                        "this turn is %,d characters long; the limit is %,d characters a turn",
                        t.text().length(),
                        limits.maxLineChars()));
            }
        }
    }

    private static void checkBothSides(List<Utterance> turns, RoleInference.Roles roles) {
        if (roles.speakers().size() < 2) {
            throw new TranscriptException(
                    "only one speaker ('" + roles.speakers().getFirst() + "'): a conversation"
                            + " to review needs both the agent and the customer");
        }
        for (Role side : Role.values()) {
            if (turns.stream().noneMatch(u -> u.role() == side)) {
                throw new TranscriptException("every turn is on the "
                        + (side == Role.AGENT ? Role.CUSTOMER : Role.AGENT).id() + "'s side ("
                        + String.join(", ", roles.speakers()) + "): a conversation to review needs the "
                        + side.id() + "'s turns too");
            }
        }
    }

    /** A detected format and how to read it. */
    private record Detected(Format format, java.util.function.Supplier<Parsed> parser) {
        Parsed parse() {
            return parser.get();
        }
    }

    private Detected detect(String fileName, String text) {
        String ext = extension(fileName);
        String start = text.stripLeading();
        if (start.startsWith("WEBVTT")) {
            return new Detected(Format.WEBVTT, () -> Captions.webVtt(text));
        }
        if (Captions.looksSrt(start)) {
            return new Detected(Format.SRT, () -> Captions.srt(text));
        }
        if (start.startsWith("{") || start.startsWith("[") && (ext.equals("json") || !PlainReader.looksPlain(text))) {
            JsonNode root = JsonReader.tree(text);
            Format format = JsonReader.formatOf(root)
                    .orElseThrow(() -> new TranscriptException("this JSON is not a conversation export Spar knows:"
                            + " expected a list of {\"speaker\", \"text\"} turns, or a Zendesk, Intercom, Freshdesk or"
                            + " Amazon Connect export (top-level fields found: " + fields(root) + ")"));
            return new Detected(format, () -> JsonReader.read(root, format));
        }
        if (ext.equals("json")) {
            throw TranscriptException.atLine(1, "a .json file should start with { or [");
        }
        if (ext.equals("vtt")) {
            throw TranscriptException.atLine(1, "a WebVTT file starts with the line WEBVTT");
        }
        if (CsvReader.looksCsv(text, ext.equals("csv") || ext.equals("tsv"))) {
            return new Detected(Format.CSV, () -> CsvReader.read(text));
        }
        return new Detected(Format.PLAIN, () -> PlainReader.read(text));
    }

    private static String fields(JsonNode root) {
        if (!root.isObject()) {
            return "none, it is not an object";
        }
        List<String> names = new ArrayList<>();
        root.fieldNames().forEachRemaining(names::add);
        return names.isEmpty() ? "none" : names.stream().limit(8).collect(Collectors.joining(", "));
    }

    private static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** The day a time stamp names, when it names one (an ISO date or instant). */
    static Optional<LocalDate> date(String time) {
        Matcher m = ISO_DATE.matcher(time);
        if (m.find()) {
            try {
                if (time.endsWith("Z") && time.contains("T")) {
                    return Optional.of(LocalDate.ofInstant(Instant.parse(time.strip()), ZoneOffset.UTC));
                }
                return Optional.of(LocalDate.of(
                        Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
            } catch (RuntimeException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
