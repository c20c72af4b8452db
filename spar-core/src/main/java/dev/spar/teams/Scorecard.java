package dev.spar.teams;

import static dev.spar.teams.Criterion.automatic;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A team's scorecard: the criteria its coach scores every conversation on.
 *
 * @param name what the team calls it, 1 to 100 characters
 * @param criteria 1 to 30 criteria, each with its own id
 */
public record Scorecard(String name, List<Criterion> criteria) {
    /** The most criteria a card may have. */
    public static final int MOST_CRITERIA = 30;

    public Scorecard {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("A scorecard needs a name.");
        }
        if (name.length() > 100) {
            throw new IllegalArgumentException(
                    "A scorecard's name has " + name.length() + " characters; the most is 100.");
        }
        criteria = List.copyOf(criteria);
        if (criteria.isEmpty() || criteria.size() > MOST_CRITERIA) {
            throw new IllegalArgumentException(
                    "A scorecard has 1 to " + MOST_CRITERIA + " criteria, '" + name + "' has " + criteria.size() + ".");
        }
        Set<String> ids = new HashSet<>();
        for (Criterion c : criteria) {
            if (!ids.add(c.id())) {
                throw new IllegalArgumentException(
                        "Two criteria of '" + name + "' share the id '" + c.id() + "'; each needs its own.");
            }
        }
    }

    /** Returns the criterion with this id. */
    public Optional<Criterion> criterion(String id) {
        return criteria.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** Returns a card for a support team, all scored automatically; blaming the customer fails it. */
    public static Scorecard serviceDefault() {
        return new Scorecard(
                "Support conversation",
                List.of(
                        automatic(
                                "acknowledges",
                                "Acknowledges the impact first",
                                20,
                                Scale.YES_NO,
                                Check.ACKNOWLEDGES_BEFORE_SOLVING,
                                false),
                        automatic("no-blame", "No blame", 20, Scale.YES_NO, Check.NO_BLAME, true),
                        automatic("stays-calm", "Stays calm", 15, Scale.ONE_TO_FIVE, Check.STAYS_CALM, false),
                        automatic("listens", "Listens and asks", 15, Scale.ONE_TO_FIVE, Check.LISTENS, false),
                        automatic(
                                "no-over-promise",
                                "Promises only what can be kept",
                                10,
                                Scale.YES_NO,
                                Check.NO_OVER_PROMISE,
                                false),
                        automatic("clear-next-step", "Clear next step", 10, Scale.YES_NO, Check.CLEAR_NEXT_STEP, false),
                        automatic(
                                "checks-before-closing",
                                "Checks before closing",
                                10,
                                Scale.YES_NO,
                                Check.CHECKS_BEFORE_CLOSING,
                                false)));
    }

    /** Returns a card for personal and workplace conversations: no closing checks, and holding ground counts. */
    public static Scorecard conversationDefault() {
        return new Scorecard(
                "Hard conversation",
                List.of(
                        automatic(
                                "acknowledges",
                                "Acknowledges how they feel",
                                20,
                                Scale.YES_NO,
                                Check.ACKNOWLEDGES,
                                false),
                        automatic("listens", "Listens and asks", 20, Scale.ONE_TO_FIVE, Check.LISTENS, false),
                        automatic("stays-calm", "Stays calm", 15, Scale.ONE_TO_FIVE, Check.STAYS_CALM, false),
                        automatic("no-blame", "No blame", 15, Scale.YES_NO, Check.NO_BLAME, false),
                        automatic("holds-ground", "Holds ground", 15, Scale.ONE_TO_FIVE, Check.HOLDS_GROUND, false),
                        automatic(
                                "makes-the-point",
                                "Says what they came to say",
                                15,
                                Scale.YES_NO,
                                Check.MAKES_THE_POINT,
                                false)));
    }
}
