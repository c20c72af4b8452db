package dev.spar.understanding;

import dev.spar.scenario.Cues;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the scenario fact a question asks for when it does not name it: by the kind of thing asked for ("how
 * much", "who", "where") and the words that describe each fact of that kind (its name, its value, the words of
 * the lines that say it, and their {@link TopicFamilies}). "What did they charge you for the diagnostic?" asks
 * for the diagnostic fee; "who should I chase about the invoice?" for the accounts contact, not the invoice
 * number the question names.
 */
final class FactFinder {
    /** A fact that is the amount itself, not a fee or a cost of something in particular. */
    private static final Pattern PLAIN_AMOUNT = Pattern.compile("amount|price|total|cost|sum");

    private FactFinder() {}

    /**
     * Returns the topic a question asks about.
     *
     * @param topics the scenario's topics
     * @param words the question, normalised
     * @param named the topic the question names, if any
     * @return the fact of the asked kind the question's words describe best, else what it names
     */
    static Optional<Topic> askedFor(Topics topics, String words, Optional<Topic> named) {
        Optional<FactKind> kind = FactKind.askedIn(words);
        if (kind.isEmpty()) {
            return named;
        }
        List<String> asked = Topics.contentWords(words);
        List<String> askedAll = List.of(words.split("[^\\p{L}\\p{N}']+"));
        List<Topic> fitting =
                topics.all().stream().filter(t -> kind.get().fits(t)).toList();
        Topic best = null;
        int bestScore = 0;
        for (Topic fact : fitting) {
            int score = score(asked, askedAll, topics, fact)
                    + (named.filter(fact::equals).isPresent() ? 1 : 0);
            if (score > bestScore) {
                best = fact;
                bestScore = score;
            }
        }
        if (best != null && !named.filter(best::equals).isPresent()) {
            // Another fact of the asked kind is described better than the one named, or only an answer line was
            // named: the fact is what was asked for.
            int namedScore = named.filter(fitting::contains)
                    .map(n -> score(asked, askedAll, topics, n) + 1)
                    .orElse(0);
            return bestScore > namedScore ? Optional.of(best) : named;
        }
        if (named.isEmpty() && kind.get() == FactKind.HOW_MUCH) {
            // "How much is owing?" where only one fact is an amount of money, or "how much was the suit?" where
            // one is the amount itself; a "when" may be about anything.
            List<Topic> plain = fitting.stream()
                    .filter(t ->
                            fitting.size() == 1 || PLAIN_AMOUNT.matcher(t.id()).matches())
                    .toList();
            if (plain.size() == 1) {
                return Optional.of(plain.getFirst());
            }
        }
        return named;
    }

    /**
     * Returns how well the asked words describe a fact: two for a word of its name, value or their families,
     * one for a word of the lines that say it and of no other fact's name.
     */
    private static int score(List<String> asked, List<String> askedAll, Topics topics, Topic fact) {
        Set<String> own = direct(fact);
        Set<String> around = new HashSet<>(topics.contextOf(fact.id()));
        topics.all().stream()
                .filter(t -> !t.equals(fact) && t.value().isPresent())
                .forEach(t -> around.removeIf(w -> direct(t).contains(w)));
        int score = 0;
        // A value's own words count even when common ("this morning" for "7:02 this morning").
        String value = fact.value().map(Wording::normalise).orElse("");
        for (String word : askedAll) {
            if (asked.contains(word)) {
                continue;
            }
            if ((word.length() >= 5 && Cues.mentions(value, word)) || (word.length() >= 3 && own.contains(word))) {
                // A short or common word counts when it is the fact's own ("now" for the current salary).
                score += 2;
            }
        }
        for (String word : asked) {
            if (own.stream().anyMatch(d -> alike(word, d))) {
                score += 2;
            } else if (around.stream().anyMatch(d -> alike(word, d))) {
                score += 1;
            }
        }
        return score;
    }

    /** Returns the words of a fact's name and value, with their families. */
    private static Set<String> direct(Topic fact) {
        List<String> words = new ArrayList<>(List.of(fact.id().split("[_-]")));
        words.addAll(Topics.contentWords(fact.label()));
        fact.words().forEach(w -> words.addAll(Topics.contentWords(w)));
        fact.value().ifPresent(v -> words.addAll(Topics.contentWords(v)));
        Set<String> all = new HashSet<>(words);
        for (Set<String> family : TopicFamilies.FAMILIES) {
            if (words.stream().anyMatch(family::contains)) {
                all.addAll(family);
            }
        }
        return all;
    }

    private static boolean alike(String said, String word) {
        return said.equals(word)
                || (word.length() >= 4 && Fuzzy.withEnding(said, word))
                || (said.length() >= 4 && Fuzzy.withEnding(word, said))
                || (word.length() >= TopicWords.MIN_LENGTH_FOR_A_TYPO && Fuzzy.withinOneEdit(said, word));
    }
}
