package dev.spar.llm;

import dev.spar.analysis.FindingCategory;
import java.util.List;

/**
 * The coach's narrative from a language model: what the learner reads around the critique's findings, which
 * stay the analysis layer's. Every quote in it is the learner's own words from the transcript; quotes the
 * model made up were dropped.
 *
 * @param summary a few sentences to the learner about how the conversation went and why
 * @param rewrites stronger versions of the learner's own lines, in their context
 * @param nextTime what to try in the next run, at most three
 * @param droppedQuotes how many of the model's quotes were not in the transcript and were dropped
 * @param findings what the model noticed that the analysis did not, each quoting the learner word for word;
 *     shown beside the analysis's findings as the model's
 */
public record Narrative(
        String summary, List<Rewrite> rewrites, List<String> nextTime, int droppedQuotes, List<Finding> findings) {
    public Narrative {
        rewrites = List.copyOf(rewrites);
        nextTime = List.copyOf(nextTime);
        // Notes stored before the model's findings existed have none.
        findings = findings == null ? List.of() : List.copyOf(findings);
    }

    /**
     * Something the model noticed in a learner's line that the analysis did not flag.
     *
     * @param turn the learner's turn the quote is from
     * @param quote the learner's exact words, checked against that turn
     * @param category what it is about
     * @param why why it matters there
     */
    public record Finding(int turn, String quote, FindingCategory category, String why) {}

    /**
     * A stronger version of one of the learner's lines.
     *
     * @param turn the learner's turn the quote is from
     * @param quote the learner's exact words
     * @param rewrite what to say instead
     * @param why why it works better here
     */
    public record Rewrite(int turn, String quote, String rewrite, String why) {}
}
