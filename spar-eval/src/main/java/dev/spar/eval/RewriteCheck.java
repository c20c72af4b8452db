package dev.spar.eval;

import java.util.List;

/**
 * Whether a rewrite fixes its line: fewer problem flags, no new problem category, the line's facts kept, and nothing
 * a reader would see as broken.
 *
 * @param rewrite the rewritten line
 * @param fewerProblems the rewrite has fewer problem categories than the original line
 * @param newProblems problem categories the rewrite has that the original did not
 * @param lostFacts numbers, amounts, dates and names of the original line missing from the rewrite
 * @param flaws what reads broken: a word cut short, the other person's sentence pasted in, the flagged words kept
 */
public record RewriteCheck(
        String rewrite, boolean fewerProblems, List<String> newProblems, List<String> lostFacts, List<String> flaws) {
    public RewriteCheck {
        newProblems = List.copyOf(newProblems);
        lostFacts = List.copyOf(lostFacts);
        flaws = List.copyOf(flaws);
    }

    /** A check of a rewrite that reads whole. */
    public RewriteCheck(String rewrite, boolean fewerProblems, List<String> newProblems, List<String> lostFacts) {
        this(rewrite, fewerProblems, newProblems, lostFacts, List.of());
    }

    /** Returns whether the rewrite passes every check. */
    public boolean passed() {
        return fewerProblems && newProblems.isEmpty() && lostFacts.isEmpty() && flaws.isEmpty();
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
        if (!flaws.isEmpty()) {
            why.append(why.isEmpty() ? "" : "; ").append(String.join("; ", flaws));
        }
        return why.toString();
    }
}
