package dev.spar.simulation;

import dev.spar.analysis.FindingCategory;
import dev.spar.analysis.Move;
import dev.spar.understanding.ActKind;
import dev.spar.understanding.Content;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads an honest limit said plainly, with or without one apology ("I can't put more money in. I'm sorry."): a
 * clear answer, not a hedge or a no too sorry to mean it, so the reply neither throws the apology back nor asks
 * for a straight answer it was just given.
 */
final class HonestLimit {
    private HonestLimit() {}

    /**
     * Lines that ask for a straight answer, or take the last one for a maybe: "If you're saying no, just say no",
     * "I need a yes or a no", "So that's a maybe?".
     */
    private static final Pattern ASKS_FOR_A_STRAIGHT_ANSWER =
            Pattern.compile("(?i)\\bjust say (?:no|it|so)\\b|\\ba yes or a no\\b|\\byes or no\\b|\\btell me straight\\b"
                    + "|\\bthe polite thing\\b|\\bthat's a maybe\\b|\\bis that a no\\b|\\bare you out\\b");

    /** Returns whether a line states a limit plainly: a limit read, no hedge and no more than one apology. */
    static boolean said(Content content, Set<String> ids) {
        boolean limit = content.has(ActKind.HONEST_LIMIT) || ids.contains(Move.STATE_LIMIT.id());
        return limit
                && !ids.contains(Move.HEDGE.id())
                && !ids.contains(FindingCategory.OVER_APOLOGY.id())
                && !ids.contains(FindingCategory.HEDGING.id());
    }

    /** Returns whether a line asks for the straight answer a plain limit has just given. */
    static boolean asksForAStraightAnswer(String line) {
        return ASKS_FOR_A_STRAIGHT_ANSWER.matcher(line).find();
    }
}
