package dev.spar.eval;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One labelled utterance to analyse and score.
 *
 * @param id where it comes from, unique within the dataset (for example {@code 109/12})
 * @param conversationId the conversation it belongs to
 * @param speaker who says it within the conversation
 * @param utterance what is said
 * @param context what the other speaker said just before (their last run of lines), or empty
 * @param gold the dataset's labels for it, in the dataset's own vocabulary of {@link LabelMapping}; labels
 *     that are not scored (such as ESConv's {@code others}) are kept to explain false positives
 * @param annotations when several annotators labelled it independently, each annotator's labels; else empty
 */
public record Example(
        String id,
        String conversationId,
        String speaker,
        String utterance,
        String context,
        Set<String> gold,
        List<Set<String>> annotations) {
    public Example {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(utterance, "utterance");
        Objects.requireNonNull(context, "context");
        gold = Set.copyOf(gold);
        annotations = annotations.stream().map(Set::copyOf).toList();
    }

    /** Creates an example labelled once. */
    public static Example of(
            String id, String conversationId, String speaker, String utterance, String context, Set<String> gold) {
        return new Example(id, conversationId, speaker, utterance, context, gold, List.of());
    }
}
