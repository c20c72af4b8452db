package dev.spar.batch;

import dev.spar.analysis.Analyzer;
import dev.spar.review.Checklist;
import dev.spar.review.ConversationReview;
import dev.spar.review.ConversationReviewer;
import dev.spar.review.Transcript;
import dev.spar.review.report.ConversationSummary;
import dev.spar.review.report.TeamReport;
import dev.spar.transcripts.Imported;
import dev.spar.transcripts.TranscriptException;
import dev.spar.transcripts.TranscriptReader;
import dev.spar.transcripts.redaction.Redactor;
import java.util.Objects;

/**
 * What happens to each file of a batch: read (format detected), redacted, reviewed, summed up. A file that cannot
 * be read or reviewed becomes a report that lists it with the reason; nothing here throws for a bad file, so one
 * file never stops a batch. One pipeline per thread.
 */
public final class ReviewPipeline {
    private final TranscriptReader reader = new TranscriptReader();
    private final Redactor redactor = new Redactor();
    private final ConversationReviewer reviewer;
    private final Checklist checklist;

    /** Creates a pipeline that reviews with this analyzer against the standard checklist. */
    public ReviewPipeline(Analyzer analyzer) {
        this(analyzer, Checklist.standard());
    }

    /** Creates a pipeline that reviews with this analyzer against this checklist. */
    public ReviewPipeline(Analyzer analyzer, Checklist checklist) {
        this.reviewer = new ConversationReviewer(Objects.requireNonNull(analyzer, "analyzer"));
        this.checklist = Objects.requireNonNull(checklist, "checklist");
    }

    /**
     * Returns the report of one file: its conversation summed up, or the file listed as skipped with the reason.
     *
     * @param source the file's name as the report shows it (a path relative to the folder given)
     * @param content the file's bytes
     */
    public TeamReport review(String source, byte[] content) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(content, "content");
        try {
            Imported imported = reader.read(source, content);
            Transcript redacted = redactor.redact(imported.transcript()).transcript();
            ConversationReview review =
                    reviewer.review(new Transcript(source, redacted.turns(), redacted.date()), checklist);
            return TeamReport.of(ConversationSummary.of(review, imported.agent()));
        } catch (TranscriptException | IllegalArgumentException e) {
            return TeamReport.skipped(source, message(e));
        } catch (RuntimeException | StackOverflowError e) {
            // A fault of ours on one file is reported with that file; the rest of the batch goes on.
            return TeamReport.skipped(
                    source, "could not review it (" + e.getClass().getSimpleName() + ": " + message(e) + ")");
        }
    }

    private static String message(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
