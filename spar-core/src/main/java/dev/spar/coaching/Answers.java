package dev.spar.coaching;

import dev.spar.analysis.FindingCategory;
import dev.spar.analysis.Move;
import dev.spar.analysis.UtteranceAnalysis;
import dev.spar.scenario.Scenario;
import dev.spar.simulation.Turn;
import dev.spar.understanding.ActKind;
import dev.spar.understanding.ConversationMemory;
import dev.spar.understanding.Side;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Answers the questions people ask after a hard conversation (where did I sound apologetic, where did I give
 * ground, what did I avoid saying, did I get reactive, did I say what I came to say, what did I promise) from the
 * findings, quoting the learner.
 */
final class Answers {
    private Answers() {}

    /** Answers each question from the findings, the key points of the brief and what the learner committed to. */
    static List<Answer> of(Scenario scenario, List<Turn> learner, List<Finding> findings, ConversationMemory memory) {
        List<Answer> answers = new ArrayList<>();
        answers.add(new Answer(
                "Where did I sound apologetic when I shouldn't have?",
                quoted(findings, "You did not over-apologise.", FindingCategory.OVER_APOLOGY)));
        answers.add(new Answer(
                "Where did I give them room to push me off my position?",
                quoted(
                        findings,
                        "Nowhere obvious: you held your position without hedging or giving ground.",
                        FindingCategory.CONCESSION,
                        FindingCategory.HEDGING)));
        answers.add(new Answer(
                "What did I avoid that I should have said directly?",
                findings.stream().anyMatch(f -> f.category() == FindingCategory.UNSAID_KEY_POINT)
                        ? "You never said: "
                                + String.join(
                                        "; ",
                                        findings.stream()
                                                .filter(f -> f.category() == FindingCategory.UNSAID_KEY_POINT)
                                                .map(f -> BriefWords.stripStop(
                                                        f.rewrite().orElse("")))
                                                .toList())
                                + "."
                        : "Nothing you came to say was left out."));
        answers.add(new Answer(
                "Did I get reactive?",
                quoted(
                        findings,
                        "No: you stayed composed.",
                        FindingCategory.REACTIVE,
                        FindingCategory.BLAME,
                        FindingCategory.DISMISSAL,
                        FindingCategory.CONDESCENSION,
                        FindingCategory.JUDGEMENTAL_FRAMING,
                        FindingCategory.SARCASM,
                        FindingCategory.ACCUSATION)));
        long made = findings.stream()
                .filter(f -> f.category() == FindingCategory.KEY_POINT_MADE)
                .count();
        int total = scenario.learner().keyPoints().size();
        answers.add(new Answer(
                "Did I say what I came to say?",
                keyPointsSaid(
                        made,
                        total,
                        findings.stream()
                                .filter(f -> f.category() == FindingCategory.UNSAID_KEY_POINT)
                                .count(),
                        answers.get(2).answer())));
        answers.add(
                new Answer("Did I promise anything that now needs follow-up?", promises(learner, findings, memory)));
        return answers;
    }

    /**
     * Returns how many key points were made and which were never said; a point said only in a line with a jab in it
     * is neither ("Partly: 3 of 4" and nothing named would contradict itself), so it is said where it went.
     */
    private static String keyPointsSaid(long made, int total, long unsaid, String avoided) {
        if (total == 0) {
            return "Your brief named no key points.";
        }
        if (made == total) {
            return total == 1 ? "Yes: your key point." : "Yes: all " + total + " of your key points.";
        }
        String count = made == 0
                ? "No: none of your " + (total == 1 ? "key point" : total + " key points") + "."
                : "Partly: " + made + " of " + total + " key points.";
        String answer = unsaid > 0 ? count + " " + avoided : count;
        long rest = total - made - unsaid;
        if (rest <= 0) {
            return answer;
        }
        String which = rest == total - made
                ? (rest == 1 ? "The other one" : "The other " + rest)
                : rest == 1 ? "One more" : rest + " more";
        return answer + " " + which + " you said only in a line that gave ground, talked down to them, mocked or"
                + " snapped, so it did not land.";
    }

    /**
     * Returns what the learner committed to: promises and next steps the moves found, and the promises and offers
     * the content reading found ("Ill call the depot by 3pm", "I can refund the $18 today"), each once.
     */
    private static String promises(List<Turn> learner, List<Finding> findings, ConversationMemory memory) {
        Map<Integer, List<String>> byTurn = new java.util.TreeMap<>();
        for (Turn t : learner) {
            UtteranceAnalysis a = t.analysis().orElseThrow();
            a.moves().stream()
                    .filter(m -> m.move() == Move.PROMISE || m.move() == Move.NEXT_STEP)
                    .forEach(m -> addOnce(byTurn, t.number(), m.quote()));
        }
        for (ConversationMemory.Remembered line : memory.lines()) {
            if (line.content().side() != Side.LEARNER) {
                continue;
            }
            line.content().acts().stream()
                    .filter(act -> act.kind() == ActKind.PROMISE || act.kind() == ActKind.OFFER)
                    .forEach(act -> addOnce(byTurn, line.turn(), act.quote()));
        }
        List<String> promised = new ArrayList<>();
        byTurn.forEach((turn, quotes) -> quotes.forEach(q -> promised.add("turn " + turn + ": \"" + q + "\"")));
        String risky = quoted(
                findings, "", FindingCategory.OVER_PROMISE, FindingCategory.GUESSING, FindingCategory.FALSE_HOPE);
        if (promised.isEmpty() && risky.isEmpty()) {
            return "No: you made no commitments to follow up on.";
        }
        String base = promised.isEmpty() ? "" : "Follow up on " + String.join("; ", promised) + ".";
        return risky.isEmpty() ? base : (base + " Risky: " + risky).strip();
    }

    /** Adds a quote to a turn's list unless one of them already holds it or is held by it. */
    private static void addOnce(Map<Integer, List<String>> byTurn, int turn, String quote) {
        List<String> quotes = byTurn.computeIfAbsent(turn, k -> new ArrayList<>());
        String q = quote.strip();
        if (quotes.stream().noneMatch(held -> held.contains(q) || q.contains(held))) {
            quotes.add(q);
        }
    }

    private static String quoted(List<Finding> findings, String none, FindingCategory... categories) {
        List<String> quotes = new ArrayList<>();
        for (Finding f : findings) {
            for (FindingCategory c : categories) {
                if (f.category() == c) {
                    quotes.add("turn " + f.turn() + ": \"" + f.quote() + "\" ("
                            + c.title().toLowerCase(Locale.ROOT) + ")");
                }
            }
        }
        return quotes.isEmpty() ? none : String.join("; ", quotes) + ".";
    }
}
