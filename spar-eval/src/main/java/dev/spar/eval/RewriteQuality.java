package dev.spar.eval;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a reader notices in a rewrite that the analysis does not flag: a word cut short by an edit ("olleague"), the
 * other person's sentence pasted in, or the very words the line was flagged for kept.
 */
final class RewriteQuality {
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'’]*");
    private static final Pattern SENTENCE = Pattern.compile("[^.!?\\n]+");
    private static final int SHORTEST_CUT = 5;
    private static final int THEIR_SENTENCE_WORDS = 5;

    private RewriteQuality() {}

    /**
     * Returns what reads broken in a rewrite, in words ("cut word: olleague"), or nothing.
     *
     * @param line the learner's line
     * @param rewrite the rewrite offered for it
     * @param theirLines what the other person said before it
     * @param flagged the words the line was flagged for, where they are more than a word or two
     */
    static List<String> flaws(String line, String rewrite, List<String> theirLines, List<String> flagged) {
        List<String> out = new ArrayList<>();
        // A word cut short by an edit is followed by the same word as the whole one was: "olleague Dave" where the
        // line said "colleague Dave". A word of the rewrite's own ("here's", "thing") is followed by other words.
        List<String> lineWords = words(line);
        List<String> rewriteWords = words(rewrite);
        for (int i = 0; i + 1 < rewriteWords.size(); i++) {
            String w = rewriteWords.get(i);
            String next = rewriteWords.get(i + 1);
            for (int j = 0; j + 1 < lineWords.size(); j++) {
                String whole = lineWords.get(j);
                boolean cut = w.length() >= SHORTEST_CUT
                        && whole.endsWith(w)
                        && whole.length() > w.length()
                        && whole.length() - w.length() <= 2
                        && lineWords.get(j + 1).equals(next)
                        && !lineWords.contains(w)
                        // "in front of Maya" where the line typed "infront of Maya" is the word spelled apart.
                        && !(i > 0 && (rewriteWords.get(i - 1) + w).equals(whole));
                if (cut) {
                    out.add("cut word: " + w);
                }
            }
        }
        String said = rewrite.toLowerCase(Locale.ROOT);
        for (String their : theirLines) {
            Matcher s = SENTENCE.matcher(their);
            while (s.find()) {
                String sentence = s.group().strip().toLowerCase(Locale.ROOT);
                if (sentence.split("\\s+").length >= THEIR_SENTENCE_WORDS && said.contains(sentence)) {
                    out.add("their words: " + s.group().strip());
                }
            }
        }
        for (String quote : flagged) {
            String q = quote.strip().toLowerCase(Locale.ROOT);
            if (said.contains(q)) {
                out.add("kept: " + quote.strip());
            }
        }
        return List.copyOf(new LinkedHashSet<>(out));
    }

    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT).replace('’', '\''));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }
}
