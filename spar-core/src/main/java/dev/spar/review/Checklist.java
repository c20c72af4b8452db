package dev.spar.review;

import dev.spar.analysis.Move;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The steps a team expects in a support conversation, in any order: greeting, verification, issue summary,
 * resolution, confirmation. A step is covered when one of the agent's turns makes one of its moves (as the
 * analysis reads them) or says one of its phrases. A team can edit the steps: rename, drop, add phrases.
 *
 * @param items the steps, in the order they are shown
 */
public record Checklist(List<Item> items) {
    /** The most steps a checklist holds. */
    public static final int MAX_ITEMS = 20;

    /**
     * One step.
     *
     * @param id a short identifier ("greeting")
     * @param label what it is called on the page
     * @param moves the analysis's moves that cover it
     * @param phrases words that cover it when said, matched ignoring case
     */
    public record Item(String id, String label, Set<Move> moves, List<String> phrases) {
        public Item {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(label, "label");
            moves = Set.copyOf(moves);
            phrases = phrases.stream()
                    .map(p -> p.strip().toLowerCase(Locale.ROOT))
                    .filter(p -> !p.isEmpty())
                    .toList();
        }
    }

    public Checklist {
        items = List.copyOf(items);
        if (items.size() > MAX_ITEMS) {
            throw new IllegalArgumentException(
                    "a checklist has up to " + MAX_ITEMS + " steps, this one has " + items.size());
        }
    }

    /** Returns the usual support checklist. */
    public static Checklist standard() {
        return new Checklist(List.of(
                new Item("greeting", "Greeting", Set.of(Move.GREET), List.of("thanks for contacting", "welcome")),
                new Item(
                        "verification",
                        "Verification",
                        Set.of(Move.VERIFY),
                        List.of("order number", "confirm your", "email address", "account details", "postcode")),
                new Item(
                        "issue-summary",
                        "Issue summary",
                        Set.of(Move.PARAPHRASE),
                        List.of("so you", "if i understand", "to make sure i", "am i correct")),
                new Item(
                        "resolution",
                        "Resolution",
                        Set.of(Move.OFFER_OPTION, Move.NEXT_STEP, Move.PROMISE),
                        List.of("i have arranged", "i've arranged", "has been processed", "i have processed")),
                new Item(
                        "confirmation",
                        "Confirmation",
                        Set.of(Move.CLOSING_CHECK),
                        List.of("does that help", "does that answer", "is that ok", "does that work"))));
    }

    /**
     * Whether one step was covered, and where.
     *
     * @param item the step
     * @param turn the first turn that covered it, counting from 1; 0 when it was not covered
     * @param quote the agent's words that covered it; empty when not covered
     */
    public record Coverage(Item item, int turn, String quote) {
        /** Returns whether the step was covered. */
        public boolean covered() {
            return turn > 0;
        }
    }
}
