package dev.spar.assist;

import java.util.List;
import java.util.Optional;

/**
 * How the customer comes across so far, read from their own words.
 *
 * @param intensity how angry or distressed they are now, 0 (calm) to 100 (furious), the latest line
 *     weighing most
 * @param style whether they want the fix (task) or to be heard first (relationship)
 * @param asks what they asked for, in their words turned towards them ("your money back")
 * @param missingFacts the facts still missing to resolve it, most useful first, phrased as what to find out
 * @param personal whether they are attacking the rep as a person rather than the problem
 * @param abusive whether they are insulting, swearing at or threatening the rep
 * @param cues the customer's words that this reading rests on, latest line first
 * @param safety set when they mention harm to themselves or others: what to do about it
 */
public record CustomerRead(
        int intensity,
        Style style,
        List<String> asks,
        List<String> missingFacts,
        boolean personal,
        boolean abusive,
        List<String> cues,
        Optional<String> safety) {

    /** What the customer wants most from the exchange. */
    public enum Style {
        /** Short and direct: wants the fix, the facts and the time. */
        TASK("task"),
        /** Wants to be heard and taken seriously before the fix. */
        RELATIONSHIP("relationship");

        private final String id;

        Style(String id) {
            this.id = id;
        }

        /** Returns the identifier used in reports. */
        public String id() {
            return id;
        }
    }

    public CustomerRead {
        if (intensity < 0 || intensity > 100) {
            throw new IllegalArgumentException("intensity is 0 to 100, was " + intensity);
        }
        asks = List.copyOf(asks);
        missingFacts = List.copyOf(missingFacts);
        cues = List.copyOf(cues);
    }
}
