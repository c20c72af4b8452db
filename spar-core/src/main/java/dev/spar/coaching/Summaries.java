package dev.spar.coaching;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells a summary from a bare acknowledgement: "ok i hear you." says nothing of theirs back, so it shows no more
 * understanding than a nod, while "ok i hear you, the suit's stuck at the depot" does.
 */
final class Summaries {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\d][\\p{L}\\d'’]*");

    /** The words of a summary's frame and of a plain acknowledgement: none of them is anything of theirs. */
    private static final Set<String> FRAME = Set.of(
            "a",
            "about",
            "absolutely",
            "accurate",
            "alright",
            "am",
            "and",
            "are",
            "back",
            "captured",
            "clear",
            "confirm",
            "cool",
            "correct",
            "correctly",
            "did",
            "do",
            "enough",
            "fair",
            "get",
            "got",
            "have",
            "hear",
            "heard",
            "hearing",
            "hmm",
            "i",
            "i'm",
            "if",
            "is",
            "it",
            "just",
            "let",
            "let's",
            "like",
            "loud",
            "make",
            "me",
            "mm",
            "my",
            "noted",
            "of",
            "ok",
            "okay",
            "play",
            "recap",
            "repeat",
            "right",
            "said",
            "say",
            "saying",
            "see",
            "so",
            "sorry",
            "sounds",
            "sum",
            "summarise",
            "summarize",
            "sure",
            "take",
            "tell",
            "telling",
            "thank",
            "thanks",
            "that",
            "that's",
            "the",
            "then",
            "this",
            "to",
            "totally",
            "understand",
            "understanding",
            "understood",
            "up",
            "was",
            "well",
            "what",
            "yeah",
            "yep",
            "yes",
            "you",
            "you're",
            "ya",
            "yup");

    private Summaries() {}

    /** Returns whether the words say something of theirs back, beyond the frame of a summary or a nod. */
    static boolean saysSomethingBack(String words) {
        Matcher w = WORD.matcher(words.toLowerCase(Locale.ROOT).replace('’', '\''));
        while (w.find()) {
            if (!FRAME.contains(w.group())) {
                return true;
            }
        }
        return false;
    }
}
