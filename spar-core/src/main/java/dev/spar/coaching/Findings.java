package dev.spar.coaching;

import dev.spar.analysis.FindingCategory;
import java.util.List;

/** Looks up the critique's findings so far. */
final class Findings {
    private Findings() {}

    /** Returns whether a turn already has a finding of this category. */
    static boolean already(List<Finding> findings, int turn, FindingCategory category) {
        return findings.stream().anyMatch(f -> f.turn() == turn && f.category() == category);
    }
}
