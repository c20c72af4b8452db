package dev.spar.eval;

import java.util.List;

/**
 * Whether a rewrite fixes its line: fewer problem flags, no new problem category, the line's facts kept.
 *
 * @param rewrite the rewritten line
 * @param fewerProblems the rewrite has fewer problem categories than the original line
 * @param newProblems problem categories the rewrite has that the original did not
 * @param lostFacts numbers, amounts, dates and names of the original line missing from the rewrite
 */
public record RewriteCheck(String rewrite, boolean fewerProblems, List<String> newProblems, List<String> lostFacts) {
    public RewriteCheck {
        newProblems = List.copyOf(newProblems);
        lostFacts = List.copyOf(lostFacts);
    }

    /** Returns whether the rewrite passes every check. */
    public boolean passed() {
        return fewerProblems && newProblems.isEmpty() && lostFacts.isEmpty();
    }

    /** Returns why it failed, in words, or an empty string when it passed. */
    public String why() {
        StringBuilder why = new StringBuilder();
        if (!fewerProblems) {
            why.append("no fewer problems");
        }
        if (!newProblems.isEmpty()) {
            why.append(why.isEmpty() ? "" : "; ").append("new: ").append(String.join(", ", newProblems));
        }
        if (!lostFacts.isEmpty()) {
            why.append(why.isEmpty() ? "" : "; ").append("lost: ").append(String.join(", ", lostFacts));
        }
        return why.toString();
    }
}
