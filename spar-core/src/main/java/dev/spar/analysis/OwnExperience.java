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
            "praying");

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

    /** Words that may join a view to the experience it introduces: "I know that I...", "I think personally I...". */
    private static final Set<String> JOINS =
            Set.of("that", "personally", "honestly", "myself", "when", "as", "because");

    /** Past tenses that, after "I", tell what happened to the speaker wherever they sit in the sentence. */
    private static final Set<String> PAST = Set.of("was", "had", "used");

    /**
     * Returns whether the sentence tells the speaker's own experience: its body opens with it, or opens with a
     * view that introduces it ("I know I've had days like that"), or it says what the speaker was, had or
     * used to do ("I understand, as I was in the same spot").
     */
    static boolean opens(Shape shape) {
        return opensAt(shape, shape.body(), 0) || tellsThePast(shape);
    }

    private static boolean opensAt(Shape shape, int at, int depth) {
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
        if (verb.isEmpty()) {
            return false;
        }
        if (!STANCE.contains(verb)) {
            return true;
        }
        int after = next + 1;
        while (JOINS.contains(shape.word(after))) {
            after++;
        }
        return depth == 0 && !shape.word(after).equals("my") && opensAt(shape, after, 1);
    }

    /** What may follow "your" in a story of one's own that compares: "I've been in your shoes". */
    private static final Set<String> COMPARED = Set.of("shoes", "place", "position", "situation", "boat", "age");

    /**
     * Returns whether the sentence is about the listener, beyond a comparison ("like you", "in your shoes")
     * or a filler ("you know").
     */
    static boolean addressesThem(Shape shape) {
        for (int i = 0; i < shape.words().size(); i++) {
            String w = shape.word(i);
            if (!Shape.isSecondPerson(w)) {
                continue;
            }
            String before = shape.word(i - 1);
            String after = shape.word(i + 1);
            boolean compares =
                    (w.equals("you") && (before.equals("like") || before.equals("as") || after.equals("know")))
                            || (w.equals("your") && COMPARED.contains(after));
            if (!compares) {
                return true;
            }
        }
        return false;
    }

    private static boolean tellsThePast(Shape shape) {
        for (int i = shape.body() + 1; i < shape.words().size(); i++) {
            String w = shape.word(i);
            String next = shape.word(i + 1);
            boolean past =
                    w.equals("i") && (PAST.contains(next) || (next.equals("have") && isBeenOrHad(shape.word(i + 2))));
            if (past || ((w.equals("i've") || w.equals("ive")) && isBeenOrHad(next))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isBeenOrHad(String word) {
        return word.equals("been") || word.equals("had");
    }
}
