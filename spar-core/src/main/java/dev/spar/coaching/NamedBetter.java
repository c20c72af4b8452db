package dev.spar.coaching;

import dev.spar.analysis.FindingCategory;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Trouble that one category names better than another when both land on the same words: a hopeful guess is false
 * hope, fault put on them in words that attack who they are ("you always do this") is an accusation, and in practice
 * defending oneself or telling them how to behave is heat. The coach keeps one finding, under the better name; a
 * rewrite for it must then be free of the others as well.
 */
final class NamedBetter {
    private static final Map<FindingCategory, FindingCategory> BETTER = Map.of(
            FindingCategory.GUESSING, FindingCategory.FALSE_HOPE,
            FindingCategory.BLAME, FindingCategory.ACCUSATION,
            // In practice defending oneself and telling them how to behave are heat (see LineFindings.asHeat).
            FindingCategory.DEFENSIVE, FindingCategory.REACTIVE,
            FindingCategory.SCOLDING, FindingCategory.REACTIVE);

    private NamedBetter() {}

    /** Returns the category that names these words better, if one does. */
    static Optional<FindingCategory> than(FindingCategory named) {
        return Optional.ofNullable(BETTER.get(named));
    }

    /** Returns the category itself and those it names better: none of them may be left in its rewrite. */
    static Set<FindingCategory> coveredBy(FindingCategory better) {
        Set<FindingCategory> covered = EnumSet.of(better);
        BETTER.forEach((named, by) -> {
            if (by == better) {
                covered.add(named);
            }
        });
        return covered;
    }

    /** Keeps one finding for the same words, under the more telling name. */
    static void keepBetterNamed(List<Finding> findings) {
        findings.removeIf(f -> than(f.category())
                .filter(better -> sameWordsNamedBetter(f, findings, f.category(), better))
                .isPresent());
    }

    /** Whether a finding of one category has its words, or words around them, named as the better category. */
    private static boolean sameWordsNamedBetter(
            Finding f, List<Finding> findings, FindingCategory named, FindingCategory better) {
        return f.category() == named
                && findings.stream()
                        .anyMatch(h -> h.turn() == f.turn()
                                && h.category() == better
                                && (h.quote().contains(f.quote()) || f.quote().contains(h.quote())));
    }
}
