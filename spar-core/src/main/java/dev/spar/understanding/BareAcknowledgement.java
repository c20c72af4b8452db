package dev.spar.understanding;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An acknowledgement that says nothing of theirs back. "Okay, I hear you, that makes sense" could be said to anyone
 * about anything; "I hear you, the suit's stuck at the depot" says their matter back, and "missing the wedding photos
 * would be awful" names how it is for them. The counterpart is moved little by the first kind, and the critique
 * neither credits it as a summary nor as acknowledging the impact: both read it here.
 */
public final class BareAcknowledgement {
    private static final Pattern WORD_BREAK = Pattern.compile("[^\\p{L}\\p{N}']+");
    private static final Pattern EDGE_MARKS = Pattern.compile("^'+|'+$|'s$");

    /**
     * The words of a nod and of a summary's frame: what remains of "Okay, I get it, that makes sense" or "So if I've
     * got this right, is that correct?" is nothing of theirs.
     */
    private static final Set<String> FRAME = Set.of(
            "100",
            "100%",
            "a",
            "about",
            "absolutely",
            "accurate",
            "agree",
            "ah",
            "all",
            "alright",
            "am",
            "an",
            "and",
            "apologies",
            "apologise",
            "apologize",
            "appreciate",
            "are",
            "as",
            "at",
            "back",
            "be",
            "but",
            "can",
            "captured",
            "certainly",
            "clear",
            "coming",
            "completely",
            "confirm",
            "cool",
            "correct",
            "correctly",
            "could",
            "course",
            "definitely",
            "did",
            "do",
            "does",
            "enough",
            "fair",
            "feel",
            "feeling",
            "feelings",
            "fine",
            "for",
            "from",
            "fully",
            "get",
            "good",
            "got",
            "gotcha",
            "great",
            "have",
            "he",
            "hear",
            "heard",
            "hearing",
            "her",
            "here",
            "hey",
            "his",
            "hmm",
            "honestly",
            "how",
            "i",
            "i'm",
            "i've",
            "if",
            "im",
            "in",
            "is",
            "it",
            "it's",
            "its",
            "ive",
            "just",
            "know",
            "let",
            "let's",
            "like",
            "listen",
            "listening",
            "look",
            "lot",
            "loud",
            "made",
            "make",
            "makes",
            "me",
            "mean",
            "meant",
            "mm",
            "much",
            "must",
            "my",
            "noted",
            "now",
            "of",
            "oh",
            "ok",
            "okay",
            "on",
            "our",
            "percent",
            "play",
            "point",
            "really",
            "recap",
            "repeat",
            "right",
            "said",
            "say",
            "saying",
            "see",
            "seems",
            "sense",
            "sharing",
            "she",
            "so",
            "sorry",
            "sound",
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
            "thats",
            "the",
            "their",
            "them",
            "then",
            "there",
            "they",
            "thing",
            "things",
            "this",
            "to",
            "too",
            "totally",
            "truly",
            "uh",
            "um",
            "understand",
            "understanding",
            "understood",
            "up",
            "us",
            "valid",
            "very",
            "was",
            "way",
            "we",
            "well",
            "what",
            "where",
            "with",
            "ya",
            "yeah",
            "yep",
            "yes",
            "you",
            "you're",
            "your",
            "youre",
            "yup");

    /** The beginnings of words that name a feeling: a line that names how it is for them is not bare. */
    private static final List<String> FEELINGS = List.of(
            "frustrat",
            "upset",
            "angry",
            "anger",
            "annoy",
            "hurt",
            "worr",
            "scar",
            "stress",
            "disappoint",
            "unfair",
            "hard",
            "difficult",
            "awful",
            "horrib",
            "terrib",
            "tired",
            "exhaust",
            "embarrass",
            "sad",
            "afraid",
            "fear",
            "anxi",
            "nervous",
            "overwhelm",
            "let down",
            "betray",
            "insult",
            "shock",
            "lonel",
            "pushed out",
            "reject",
            "sting",
            "pain",
            "fed up",
            "sick of",
            "furious",
            "mad",
            "cross",
            "gutted",
            "devastat",
            "humiliat",
            "rough",
            "tough",
            "unsettl",
            "worse",
            "lousy",
            "nightmare",
            "mess",
            "wast",
            "ignor",
            "unheard",
            "dismiss",
            "blind");

    private BareAcknowledgement() {}

    /**
     * Returns the words of a text beyond a nod's and a summary's frame: three letters or more, or any with a digit,
     * lowercased, without a trailing "'s". "ok i hear you, the laptop has crashed all week" gives laptop, has,
     * crashed, week.
     */
    public static Set<String> wordsBeyond(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (String word : WORD_BREAK.split(text.toLowerCase(Locale.ROOT).replace('\u2019', '\''))) {
            String bare = EDGE_MARKS.matcher(word).replaceAll("");
            boolean counts = bare.length() >= 3 || bare.chars().anyMatch(Character::isDigit);
            if (counts && !FRAME.contains(bare)) {
                out.add(bare);
            }
        }
        return out;
    }

    /** Returns whether the words say something of theirs back, beyond the frame of a summary or a nod. */
    public static boolean saysSomethingBack(String text) {
        return !wordsBeyond(text).isEmpty();
    }

    /**
     * Returns whether a line acknowledges without naming anything of theirs: it names no feeling, and its words
     * beyond the frame (two at most) are none of their words nor of their situation, and carry no figure.
     *
     * @param line the learner's line
     * @param memory the conversation so far
     * @param particulars the words naming this person's situation
     */
    public static boolean namesNothing(String line, ConversationMemory memory, Set<String> particulars) {
        Set<String> words = wordsBeyond(line);
        if (words.isEmpty()) {
            return true;
        }
        String lower = line.toLowerCase(Locale.ROOT);
        if (FEELINGS.stream().anyMatch(lower::contains)) {
            return false;
        }
        Set<String> theirs = new LinkedHashSet<>(particulars);
        for (ConversationMemory.Remembered remembered : memory.lines()) {
            if (remembered.content().side() == Side.COUNTERPART) {
                theirs.addAll(wordsBeyond(remembered.content().text()));
            }
        }
        return words.stream().noneMatch(w -> theirs.contains(w) || w.chars().anyMatch(Character::isDigit))
                && words.size() <= 2;
    }
}
