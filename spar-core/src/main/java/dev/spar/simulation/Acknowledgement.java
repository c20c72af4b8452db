package dev.spar.simulation;

import dev.spar.understanding.ConversationMemory;
import dev.spar.understanding.Side;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides whether an acknowledgement names anything of theirs. "I hear you." or "That makes sense." could be said to
 * anyone about anything: it moves a person little. "Missing the wedding photos would be awful" names their facts
 * or their feelings, and lands. A line names something of theirs when it uses a word of what they said, of their
 * situation, or names a feeling.
 */
final class Acknowledgement {
    private Acknowledgement() {}

    /** Words that acknowledge without saying what: what remains of "Okay, I get it, that makes sense" is nothing. */
    private static final Set<String> GENERIC = Set.of(
            "i",
            "i'm",
            "im",
            "i've",
            "ive",
            "you",
            "your",
            "you're",
            "youre",
            "we",
            "it",
            "it's",
            "its",
            "that",
            "that's",
            "thats",
            "this",
            "what",
            "the",
            "a",
            "an",
            "and",
            "so",
            "but",
            "oh",
            "ah",
            "well",
            "ok",
            "okay",
            "alright",
            "right",
            "yeah",
            "yes",
            "yep",
            "sure",
            "totally",
            "completely",
            "absolutely",
            "definitely",
            "really",
            "truly",
            "fully",
            "hear",
            "heard",
            "hearing",
            "understand",
            "understood",
            "understanding",
            "get",
            "got",
            "see",
            "know",
            "mean",
            "meant",
            "saying",
            "say",
            "said",
            "makes",
            "make",
            "made",
            "sense",
            "fair",
            "point",
            "enough",
            "of",
            "course",
            "for",
            "to",
            "do",
            "does",
            "can",
            "could",
            "is",
            "am",
            "are",
            "be",
            "just",
            "now",
            "there",
            "where",
            "coming",
            "from",
            "thank",
            "thanks",
            "hmm",
            "mm",
            "um",
            "uh",
            "gotcha",
            "noted",
            "agree",
            "valid",
            "all",
            "how",
            "feel",
            "feeling",
            "feelings",
            "way",
            "honestly",
            "appreciate",
            "sharing",
            "telling",
            "me",
            "with",
            "on",
            "in",
            "at",
            "too",
            "as",
            "like",
            "things",
            "thing",
            "here",
            "must",
            "sounds",
            "sound",
            "seems",
            "certainly",
            "100%",
            "100",
            "percent",
            "hey",
            "look",
            "listen",
            "listening",
            "sorry",
            "apologise",
            "apologize",
            "apologies",
            "my",
            "our",
            "us",
            "them",
            "they",
            "he",
            "she",
            "his",
            "her",
            "their",
            "very",
            "much",
            "lot",
            "good",
            "great",
            "fine");

    /** The beginnings of words that name a feeling: a line that names how it is for them is not generic. */
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

    /**
     * Returns whether a line acknowledges without naming anything of theirs: none of its words is a word of their
     * lines so far or of their situation, and it names no feeling.
     *
     * @param line the learner's line
     * @param memory the conversation so far
     * @param particulars the words naming this person's situation
     */
    static boolean namesNothing(String line, ConversationMemory memory, Set<String> particulars) {
        Set<String> words = contentWords(line);
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
                theirs.addAll(contentWords(remembered.content().text()));
            }
        }
        return words.stream().noneMatch(w -> theirs.contains(w) || w.chars().anyMatch(Character::isDigit))
                && words.size() <= 2;
    }

    private static Set<String> contentWords(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (String word : text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').split("[^\\p{L}\\p{N}']+")) {
            String bare = word.replaceAll("^'+|'+$", "").replaceAll("'s$", "");
            if (bare.length() >= 3 && !GENERIC.contains(bare)) {
                out.add(bare);
            }
        }
        return out;
    }
}
