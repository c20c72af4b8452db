package dev.spar.teams;

/**
 * The mark a criterion got: by Spar's check, by a coach's hand, or by an override.
 *
 * <p>Worth as a share of the criterion: yes 1, no 0, points 1 to 5 as 0, ¼, ½, ¾ and 1 (the bottom of the scale
 * is worth nothing, as a no is). Not applicable leaves the criterion out of the total.
 */
public sealed interface Mark {

    /** Returns a yes. */
    static Mark yes() {
        return new Yes();
    }

    /** Returns a no. */
    static Mark no() {
        return new No();
    }

    /** Returns points from 1 to 5. */
    static Mark points(int value) {
        return new Points(value);
    }

    /** Returns not applicable. */
    static Mark notApplicable() {
        return new NotApplicable();
    }

    /** Returns the share of the criterion's weight this mark earns, 0 to 1; 0 for not applicable. */
    default double share() {
        return switch (this) {
            case Yes _ -> 1.0;
            case No _ -> 0.0;
            case Points p -> (p.value() - 1) / 4.0;
            case NotApplicable _ -> 0.0;
        };
    }

    /** Returns whether this mark fails a critical criterion: a no, or 1 or 2 points. */
    default boolean failsCritical() {
        return switch (this) {
            case Yes _ -> false;
            case No _ -> true;
            case Points p -> p.value() <= 2;
            case NotApplicable _ -> false;
        };
    }

    /** Returns whether the criterion counts towards the total. */
    default boolean applicable() {
        return !(this instanceof NotApplicable);
    }

    /** Returns whether this mark can be given on that scale: yes or no on yes/no, points on 1 to 5, n/a on both. */
    default boolean fits(Scale scale) {
        return switch (this) {
            case Yes _ -> scale == Scale.YES_NO;
            case No _ -> scale == Scale.YES_NO;
            case Points _ -> scale == Scale.ONE_TO_FIVE;
            case NotApplicable _ -> true;
        };
    }

    /** Returns what a coach reads: "Yes", "No", "3 of 5" or "Not applicable". */
    default String label() {
        return switch (this) {
            case Yes _ -> "Yes";
            case No _ -> "No";
            case Points p -> p.value() + " of 5";
            case NotApplicable _ -> "Not applicable";
        };
    }

    /** The criterion was met. */
    record Yes() implements Mark {}

    /** The criterion was not met. */
    record No() implements Mark {}

    /**
     * Points on a 1 to 5 scale.
     *
     * @param value 1 (poor) to 5 (excellent)
     */
    record Points(int value) implements Mark {
        public Points {
            if (value < 1 || value > 5) {
                throw new IllegalArgumentException("Points are 1 to 5, was " + value + ".");
            }
        }
    }

    /** The criterion does not apply to this conversation; the total is re-based without it. */
    record NotApplicable() implements Mark {}
}
