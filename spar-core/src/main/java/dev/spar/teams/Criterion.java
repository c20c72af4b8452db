package dev.spar.teams;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One line of a scorecard.
 *
 * @param id a short stable name, 1 to 40 lower-case letters, digits or dashes, such as {@code no-blame}
 * @param name what a coach and a learner read, 1 to 100 characters
 * @param weight its share of the total relative to the other criteria, 1 to 100
 * @param scale yes/no or 1 to 5
 * @param check the automatic check that scores it from Spar's findings; empty when a coach marks it by hand
 * @param critical whether failing it (a no, or 1 or 2 of 5) fails the whole card
 */
public record Criterion(String id, String name, int weight, Scale scale, Optional<Check> check, boolean critical) {
    private static final Pattern ID = Pattern.compile("[a-z0-9-]{1,40}");

    public Criterion {
        Objects.requireNonNull(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("A criterion's id is 1 to 40 lower-case letters, digits or dashes,"
                    + " such as 'no-blame'; '" + id + "' is not.");
        }
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("Criterion '" + id + "' needs a name.");
        }
        if (name.length() > 100) {
            throw new IllegalArgumentException(
                    "Criterion '" + id + "' has a name of " + name.length() + " characters; the most is 100.");
        }
        if (weight < 1 || weight > 100) {
            throw new IllegalArgumentException(
                    "Criterion '" + id + "' needs a weight from 1 to 100, it has " + weight + ".");
        }
        Objects.requireNonNull(scale, "scale");
        Objects.requireNonNull(check, "check");
    }

    /** Returns a criterion scored by an automatic check. */
    public static Criterion automatic(String id, String name, int weight, Scale scale, Check check, boolean critical) {
        return new Criterion(id, name, weight, scale, Optional.of(check), critical);
    }

    /** Returns a criterion a coach marks by hand. */
    public static Criterion byHand(String id, String name, int weight, Scale scale, boolean critical) {
        return new Criterion(id, name, weight, scale, Optional.empty(), critical);
    }

    /** Returns whether a coach marks it by hand (it has no automatic check). */
    public boolean markedByHand() {
        return check.isEmpty();
    }
}
