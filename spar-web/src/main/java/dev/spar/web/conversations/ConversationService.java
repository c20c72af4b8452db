package dev.spar.web.conversations;

import dev.spar.analysis.Analyzer;
import dev.spar.files.ConversationImport;
import dev.spar.files.ConversationJson;
import dev.spar.files.ScenarioFileException;
import dev.spar.review.ConversationReview;
import dev.spar.review.ConversationReviewer;
import dev.spar.review.Drill;
import dev.spar.review.PracticeFromConversation;
import dev.spar.review.Transcript;
import dev.spar.scenario.Scenario;
import dev.spar.scenario.ScenarioProblem;
import dev.spar.scenario.ScenarioValidator;
import dev.spar.transcripts.Limits;
import dev.spar.transcripts.TranscriptException;
import dev.spar.web.practice.NotFound;
import dev.spar.web.practice.ScenarioCatalog;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;

/**
 * Real conversations for review: read, redacted, kept per owner, reviewed when shown. Only the redacted
 * transcript is stored; the file as given only when its owner asks. The review is not stored: it is read again
 * from the redacted transcript each time (about a millisecond a turn), so improvements to the reading show up on
 * conversations imported before them, and there is no stored review to go stale or to migrate.
 */
@Service
public class ConversationService {
    /** The largest file taken, in bytes. */
    public static final int MAX_BYTES = Limits.standard().maxBytes();

    /** The longest file name kept, in characters. */
    public static final int MAX_NAME = 255;

    /** The longest agent name taken, in characters. */
    public static final int MAX_AGENT = 200;

    /** The most conversations on one page of the list. */
    public static final int MAX_PAGE = 100;

    /** The longest title of a scenario made from a conversation. */
    static final int MAX_TITLE = dev.spar.files.ScenarioYaml.MAX_TITLE_CHARS;

    /** The name of a conversation pasted rather than uploaded. */
    public static final String PASTED = "pasted";

    private static final Pattern ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final ConversationRepository conversations;
    private final ScenarioCatalog catalog;
    private final ConversationReviewer reviewer;
    private final Drill drill;
    private final ConversationImport importer = new ConversationImport();
    private final ConversationJson json = new ConversationJson();
    private final Clock clock;

    ConversationService(ConversationRepository conversations, ScenarioCatalog catalog, Analyzer analyzer, Clock clock) {
        this.conversations = conversations;
        this.catalog = catalog;
        this.reviewer = new ConversationReviewer(analyzer);
        this.drill = new Drill(analyzer);
        this.clock = clock;
    }

    /** One page of a user's conversations, newest first, and how many there are in all. */
    public record Page(List<ConversationRecord> items, int page, int size, int total) {
        public Page {
            items = List.copyOf(items);
        }

        /** Returns whether there is a later page. */
        public boolean more() {
            return (long) (page + 1) * size < total;
        }
    }

    /**
     * Reads, redacts, reviews and stores a conversation.
     *
     * @param fileName the file's name (its extension helps tell the format), or {@link #PASTED}
     * @param agent the speaker who is the agent, as the file names them; empty to infer it
     * @param keepOriginal whether to keep the file as given besides the redacted transcript
     * @throws TooLarge if the file or a name is over its limit
     * @throws IllegalArgumentException if the file cannot be read, naming the line or field
     */
    public ConversationView importConversation(
            String owner, String fileName, byte[] content, Optional<String> agent, boolean keepOriginal) {
        String name = fileName == null || fileName.isBlank() ? PASTED : fileName.strip();
        if (name.length() > MAX_NAME) {
            throw new IllegalArgumentException(
                    "The file name is " + name.length() + " characters; the limit is " + MAX_NAME + ".");
        }
        if (content.length > MAX_BYTES) {
            throw new TooLarge("The conversation is " + content.length + " bytes; the limit is " + MAX_BYTES
                    + " bytes (" + MAX_BYTES / (1024 * 1024) + " MB).");
        }
        if (agent.isPresent() && agent.get().length() > MAX_AGENT) {
            throw new IllegalArgumentException("The agent's name is over " + MAX_AGENT + " characters.");
        }
        ConversationImport.Prepared prepared;
        try {
            prepared = importer.prepare(name, content, agent);
        } catch (TranscriptException e) {
            throw new IllegalArgumentException(name + ": " + e.getMessage(), e);
        }
        ConversationReview review = reviewer.review(prepared.transcript());
        ConversationRecord record = new ConversationRecord(
                UUID.randomUUID().toString(),
                owner,
                // The file name as redacted with the text: "chat-maria-lopez.txt" names the customer too.
                prepared.transcript().source(),
                prepared.format(),
                prepared.agent(),
                prepared.transcript().turns().size(),
                review.score(),
                json.write(prepared.transcript()),
                json.writeCounts(prepared.redacted()),
                keepOriginal ? Optional.of(new String(content, StandardCharsets.UTF_8)) : Optional.empty(),
                clock.instant());
        conversations.insert(record);
        return new ConversationView(record, prepared.speakers(), prepared.redacted(), review);
    }

    /**
     * Returns one of the owner's conversations, reviewed.
     *
     * @throws NotFound if there is none with that id, or it is someone else's
     */
    public ConversationView view(String owner, String id) {
        ConversationRecord record = conversations.find(owner, checked(id)).orElseThrow(() -> notFound(id));
        Transcript transcript = json.readTranscript(record.transcript());
        return new ConversationView(
                record,
                ConversationImport.speakers(transcript),
                json.readCounts(record.redactions()),
                reviewer.review(transcript));
    }

    /**
     * Takes another speaker as the agent of one of the owner's conversations, and reviews it again.
     *
     * @throws NotFound if there is no such conversation of theirs
     * @throws IllegalArgumentException if nobody of that name speaks in it
     */
    public ConversationView changeAgent(String owner, String id, String speaker) {
        ConversationRecord record = conversations.find(owner, checked(id)).orElseThrow(() -> notFound(id));
        Transcript changed = ConversationImport.withAgent(json.readTranscript(record.transcript()), speaker);
        ConversationReview review = reviewer.review(changed);
        if (!conversations.updateAgent(owner, record.id(), speaker, json.write(changed), review.score())) {
            throw notFound(id);
        }
        return view(owner, record.id());
    }

    /**
     * Saves one of the owner's conversations as their own practice scenario (the customer as the persona, with
     * their redacted lines), replacing the one saved from it before; returns the scenario's id.
     *
     * @throws NotFound if there is no such conversation of theirs
     */
    public String saveAsScenario(String owner, String id) {
        ConversationView v = view(owner, id);
        String title = "Real conversation: " + v.record().source();
        if (title.length() > MAX_TITLE) {
            title = title.substring(0, MAX_TITLE - 3) + "...";
        }
        Scenario scenario =
                PracticeFromConversation.from("real-" + v.record().id().substring(0, 8), title, v.review());
        List<ScenarioProblem> problems = new ScenarioValidator().validate(scenario);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("This conversation does not make a playable scenario: "
                    + problems.getFirst().describe());
        }
        try {
            catalog.save(owner, scenario);
        } catch (ScenarioFileException e) {
            throw new IllegalStateException(
                    "This conversation does not make a playable scenario: " + e.getMessage(), e);
        }
        return scenario.id();
    }

    /**
     * Reads a rewrite of one of the agent's replies in one of the owner's conversations, for one pattern.
     *
     * @param pattern the pattern's id ({@code empathy-before-policy}...)
     * @throws NotFound if there is no such conversation of theirs
     * @throws IllegalArgumentException if the pattern, the turn or the rewrite is not right, saying which
     */
    public Drill.Result drill(String owner, String id, int turn, String pattern, String rewrite) {
        Drill.Pattern p = Drill.Pattern.of(pattern);
        ConversationView v = view(owner, id);
        return drill.score(v.review().transcript(), turn, p, rewrite);
    }

    /** Returns a page of the owner's conversations, newest first; pages count from 0. */
    public Page list(String owner, int page, int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE) {
            throw new IllegalArgumentException("Pages count from 0 and hold 1 to " + MAX_PAGE + " conversations.");
        }
        long offset = (long) page * size;
        int total = conversations.count(owner);
        List<ConversationRecord> items = offset >= total ? List.of() : conversations.list(owner, (int) offset, size);
        return new Page(items, page, size, total);
    }

    /**
     * Deletes one of the owner's conversations.
     *
     * @throws NotFound if there is no such conversation of theirs
     */
    public void delete(String owner, String id) {
        if (!conversations.delete(owner, checked(id))) {
            throw notFound(id);
        }
    }

    /** Deletes all of the owner's conversations; returns how many. */
    public int deleteAll(String owner) {
        return conversations.deleteAll(owner);
    }

    /** Returns the review as JSON: the same object as a line of {@code spar review --format json}. */
    public String export(ConversationView view) {
        return json.tree(view.review(), view.about()).toPrettyString();
    }

    /** Returns the review as a JSON tree, to add fields to. */
    public com.fasterxml.jackson.databind.node.ObjectNode tree(ConversationView view) {
        return json.tree(view.review(), view.about());
    }

    private static String checked(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw notFound(id);
        }
        return id;
    }

    private static NotFound notFound(String id) {
        return new NotFound("There is no conversation '" + dev.spar.web.practice.Limits.shorten(id) + "'.");
    }
}
