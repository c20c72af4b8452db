package dev.spar.understanding;

import dev.spar.analysis.Meaning;
import dev.spar.analysis.MeaningMatch;
import java.util.List;
import java.util.Optional;

/**
 * What one line says: the acts it makes, in order of appearance.
 *
 * @param text the line as said
 * @param side who said it
 * @param acts what it does with its content
 * @param likeCoached for a learner's line read with meaning, the problems a coach flagged on the example lines
 *     closest to it ({@link Meaning#likeCoachedLines}); empty otherwise
 */
public record Content(String text, Side side, List<Act> acts, List<MeaningMatch> likeCoached) {
    public Content {
        acts = List.copyOf(acts);
        likeCoached = List.copyOf(likeCoached);
    }

    /** Returns what a line says, read by the rules and the sentence meanings alone. */
    public Content(String text, Side side, List<Act> acts) {
        this(text, side, acts, List.of());
    }

    /**
     * Returns whether the line only takes back what they heard ("I'm not saying you're not welcome."), making no
     * charge of its own.
     */
    public boolean onlyDeniesACharge() {
        return JabWords.ONLY_DENIES_IT.matcher(text).matches();
    }

    /** Returns whether the line makes an act of this kind. */
    public boolean has(ActKind kind) {
        return acts.stream().anyMatch(a -> a.kind() == kind);
    }

    /** Returns the first act of this kind, if any. */
    public Optional<Act> first(ActKind kind) {
        return acts.stream().filter(a -> a.kind() == kind).findFirst();
    }

    /** Returns the acts of this kind, in order. */
    public List<Act> all(ActKind kind) {
        return acts.stream().filter(a -> a.kind() == kind).toList();
    }

    /**
     * Returns whether the line offers something in particular: an offer of help or effort alone ("I can help with
     * that", "let's find out together") puts nothing on the table to take or turn down.
     */
    public boolean offersSomething() {
        return !offersOfSomething().isEmpty();
    }

    /**
     * Returns the offers that put something in particular on the table, in order: not those of help or effort alone
     * ("I can help with that").
     */
    public List<Act> offersOfSomething() {
        return acts.stream()
                .filter(a -> a.kind() == ActKind.OFFER
                        && !OfferPhrases.ONLY_HELP.matcher(a.detail().strip()).matches())
                .toList();
    }

    /** Returns whether every offer the line makes is of help or effort alone, with nothing in particular to take. */
    public boolean offersOnlyHelp() {
        return has(ActKind.OFFER) && !offersSomething();
    }

    /** Returns whether this line only greets ({@link Greeting}). */
    public boolean onlyGreets() {
        return Greeting.only(text);
    }

    /** Returns the topics this line asks about, in order, without repeats. */
    public List<String> topicsAsked() {
        return acts.stream()
                .filter(a -> a.kind() == ActKind.ASK || a.kind() == ActKind.REASK)
                .flatMap(a -> a.topic().stream())
                .distinct()
                .toList();
    }
}
