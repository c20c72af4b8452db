package dev.spar.analysis;

import java.util.Set;

/**
 * Whether a sentence opens with the speaker telling something of their own life ("I lost my job last year",
 * "My brother went through it") rather than with what they think, feel towards the listener, can do or have
 * just done for them ("I think...", "I'm sorry...", "I'll call...", "I've refunded it").
 */
final class OwnExperience {

    /** The subjects that open a story of one's own. */
    private static final Set<String> SUBJECTS = Set.of("i", "i'm", "im", "i've", "ive", "my", "myself");

    /** Words between the subject and its verb that change nothing here: "I really", "I also", "I don't". */
    private static final Set<String> SKIPPED = Set.of(
            "really",
            "just",
            "also",
            "too",
            "still",
            "always",
            "so",
            "very",
            "truly",
            "totally",
            "completely",
            "definitely",
            "honestly",
            "actually",
            "personally",
            "do",
            "did",
            "don't",
            "dont",
            "didn't",
            "not",
            "pretty",
            "quite",
            "sincerely",
            "deeply",
            "genuinely",
            "absolutely",
            "myself",
            "am",
            "have");

    /**
     * What follows "I" when the speaker states a view, a feeling towards the listener, an ability, an intention
     * or a service action, not an experience.
     */
    private static final Set<String> STANCE = Set.of(
            "think",
            "thought",
            "believe",
            "understand",
            "know",
            "see",
            "hear",
            "hope",
            "wish",
            "guess",
            "suppose",
            "agree",
            "mean",
            "get",
            "appreciate",
            "imagine",
            "wonder",
            "can",
            "can't",
            "cannot",
            "cant",
            "could",
            "couldn't",
            "will",
            "won't",
            "would",
            "wouldn't",
            "should",
            "shouldn't",
            "must",
            "need",
            "want",
            "like",
            "suggest",
            "recommend",
            "encourage",
            "feel",
            "care",
            "apologise",
            "apologize",
            "promise",
            "bet",
            "trust",
            "sorry",
            "glad",
            "happy",
            "here",
            "listening",
            "sure",
            "afraid",
            "going",
            "gonna",
            "trying",
            "doing",
            "good",
            "fine",
            "well",
            "ok",
            "okay",
            "great",
            "alright",
            "pleased",
            "thankful",
            "grateful",
            "able",
            "unable",
            "available",
            "confident",
            "certain",
            "positive",
            "curious",
            "interested",
            "wondering",
            "hoping",
            "concerned",
            "worried",
            "checking",
            "looking",
            "calling",
            "updating",
            "sending",
            "checked",
            "updated",
            "refunded",
            "processed",
            "cancelled",
            "canceled",
            "escalated",
            "booked",
            "issued",
            "logged",
            "raised",
            "emailed",
            "sent",
            "arranged",
            "confirmed",
            "added",
            "removed",
            "reset",
            "fixed",
            "noted",
            "telling",
            "saying",
            "asking",
            "offering",
            "proud",
            "impressed",
            "amazed",
            "touched",
            "honored",
            "honoured",
            "rooting",
            "praying",
            "love",
            "hate");

    /** What follows "my" when it is not part of the speaker's life but of the conversation or the job. */
    private static final Set<String> NOT_MY_LIFE = Set.of(
            "name",
            "pleasure",
            "advice",
            "suggestion",
            "recommendation",
            "guess",
            "thoughts",
            "thought",
            "opinion",
            "understanding",
            "apologies",
            "colleague",
            "colleagues",
            "team",
            "manager",
            "supervisor",
            "system",
            "records",
            "notes",
            "screen",
            "job",
            "role",
            "point",
            "question",
            "heart",
            "condolences",
            "sympathies",
            "goal",
            "hope",
            "wish",
            "door",
            "inbox");

    private OwnExperience() {}

    /** Returns whether the sentence's body opens with the speaker's own experience. */
    static boolean opens(Shape shape) {
        int at = shape.body();
        String subject = shape.word(at);
        if (!SUBJECTS.contains(subject)) {
            return false;
        }
        if (subject.equals("my")) {
            return !NOT_MY_LIFE.contains(shape.word(at + 1));
        }
        int next = at + 1;
        while (SKIPPED.contains(shape.word(next))) {
            next++;
        }
        String verb = shape.word(next);
        return !verb.isEmpty() && !STANCE.contains(verb);
    }
}
