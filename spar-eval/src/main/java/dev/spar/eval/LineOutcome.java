package dev.spar.eval;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the coach said about one critique item's line.
 *
 * @param item the item
 * @param findings the findings whose turn is the line's turn
 * @param error why the item could not be run, if it could not
 */
public record LineOutcome(CritiqueItem item, List<LineFinding> findings, Optional<String> error) {
    public LineOutcome {
        findings = List.copyOf(findings);
    }

    /** Returns the problem categories flagged on the line that the item judges, in finding order. */
    public Set<String> flagged() {
        Set<String> ids = new LinkedHashSet<>();
        findings.stream()
                .filter(LineFinding::problem)
                .map(LineFinding::category)
                .filter(item::judges)
                .forEach(ids::add);
        return ids;
    }

    /** Returns the expected categories the coach did not flag. */
    public Set<String> missed() {
        Set<String> missed = new LinkedHashSet<>(item.flags());
        missed.removeAll(flagged());
        return missed;
    }

    /** Returns the flagged categories that were not expected. */
    public Set<String> extra() {
        Set<String> extra = new LinkedHashSet<>(flagged());
        extra.removeAll(item.flags());
        return extra;
    }

    /** Returns whether the coach flagged exactly what was expected, and the item ran. */
    public boolean matched() {
        return error.isEmpty() && missed().isEmpty() && extra().isEmpty();
    }
}
