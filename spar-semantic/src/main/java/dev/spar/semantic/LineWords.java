package dev.spar.semantic;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words and word pairs of a line, for the line classifier: lowercased words (with their apostrophes), "!" and
 * "?", and each pair of neighbours. "oh great, another week" gives {@code oh}, {@code great}, {@code another},
 * {@code week}, {@code oh great}, {@code great another}, {@code another week}. They carry what a sentence
 * embedding hears least: the few words that make a line sarcastic or curt.
 */
final class LineWords {
    private static final Pattern TOKEN = Pattern.compile("[a-z0-9']+|[!?]");

    private LineWords() {}

    /** Returns the line's distinct words and word pairs, in order of first appearance. */
    static Set<String> of(String line) {
        List<String> words = new ArrayList<>();
        Matcher m = TOKEN.matcher(line.toLowerCase(Locale.ROOT).replace('\u2019', '\''));
        while (m.find()) {
            words.add(m.group());
        }
        Set<String> out = new LinkedHashSet<>(words);
        for (int i = 1; i < words.size(); i++) {
            out.add(words.get(i - 1) + " " + words.get(i));
        }
        return out;
    }
}
