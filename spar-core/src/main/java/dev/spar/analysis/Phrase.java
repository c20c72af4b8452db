package dev.spar.analysis;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One phrase pattern of the {@link PhraseBook}: what it matches, which moves it makes and which habit it
 * shows.
 *
 * @param id stable identifier, {@code family.name}, used in tests and to recognise a repeated stock line
 * @param pattern compiled against {@link PhraseBook#normalize normalized} text
 * @param moves the moves a match makes, possibly none
 * @param category the habit a match shows, or null when it only makes moves
 * @param alternative for problem categories, a stronger way to say the matched words; otherwise empty
 * @param extent how much of the sentence around the match is the evidence
 * @param needsQuestion whether the pattern only applies to a sentence that ends with a question mark
 * @param unlessBefore a veto tested against the sentence text just before the match (anchored at its end), or
 *     null
 * @param unlessAfter a veto tested against the sentence text just after the match (anchored at its start), or
 *     null
 * @param need what every match contains ({@link Literals#need}), to skip the pattern cheaply where a text lacks it
 * @param anchored whether the pattern only matches at the start of a sentence, so one attempt is enough
 * @param quoteGroups the named groups ({@code q}, {@code q2}) that hold the words to quote, if any
 * @param answeredAfter whether a match that is its sentence's last words stands down when the turn goes on to say
 *     what the speaker means (a bare "No." followed by the answer is not the brush-off "No." alone is)
 * @param scripted whether it is a service script's formula, canned wherever it is said (see {@code
 *     PhraseBook.Builder.scripted})
 */
record Phrase(
        String id,
        Pattern pattern,
        Set<Move> moves,
        FindingCategory category,
        String alternative,
        Extent extent,
        boolean needsQuestion,
        Pattern unlessBefore,
        Pattern unlessAfter,
        Literals.Need need,
        boolean anchored,
        List<String> quoteGroups,
        boolean answeredAfter,
        boolean scripted) {

    /** How far the evidence of a match reaches. */
    enum Extent {
        /** Just the matched words (or the {@code q} group when the pattern names one). */
        PHRASE,
        /** From the match to the next comma, colon, semicolon or the end of the sentence. */
        CLAUSE,
        /** From the match to the end of the sentence. */
        REST,
        /** The whole sentence. */
        SENTENCE
    }

    Phrase {
        moves = Set.copyOf(moves);
        quoteGroups = List.copyOf(quoteGroups);
    }

    /** Returns whether a match shows a habit. */
    boolean flags() {
        return category != null;
    }

    /** Returns whether the pattern could match somewhere in this text, judged by its literals alone. */
    boolean mayMatch(String normalized) {
        return need.metBy(normalized);
    }
}
