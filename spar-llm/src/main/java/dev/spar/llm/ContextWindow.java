package dev.spar.llm;

import dev.spar.simulation.Speaker;
import dev.spar.simulation.Turn;
import java.util.ArrayList;
import java.util.List;

/**
 * Fits a conversation into what is left of the model's context: the latest turns word for word, the ones
 * before them summarised to their opening words, and the oldest counted, not quoted.
 *
 * @param summary the earlier turns in short, empty when everything fits
 * @param recent the latest turns, word for word, oldest first
 */
record ContextWindow(String summary, List<Turn> recent) {
    /** Characters per token, on the safe side for English with most tokenizers. */
    static final int CHARS_PER_TOKEN = 3;

    private static final int SUMMARY_WORDS = 12;

    ContextWindow {
        recent = List.copyOf(recent);
    }

    /**
     * Keeps as many of the latest turns as fit in the budget, summarising the rest in at most a quarter of it.
     *
     * @param turns the conversation so far, oldest first
     * @param budgetChars how many characters the transcript may take
     * @param counterpartName what to call the counterpart in the summary
     */
    static ContextWindow fit(List<Turn> turns, int budgetChars, String counterpartName) {
        int summaryBudget = budgetChars / 4;
        int left = budgetChars - summaryBudget;
        int first = turns.size();
        while (first > 0) {
            int cost = line(turns.get(first - 1), counterpartName).length() + 1;
            if (cost > left) {
                break;
            }
            left -= cost;
            first--;
        }
        if (first == turns.size() && first > 0) {
            // Not even the last turn fits whole: keep its start, it is what is being answered.
            Turn last = turns.getLast();
            String start =
                    last.text().substring(0, Math.max(0, Math.min(last.text().length(), left - 40)));
            Turn cut = new Turn(
                    last.number(),
                    last.speaker(),
                    start + " [...]",
                    last.analysis(),
                    last.intent(),
                    last.state(),
                    last.simulatorLine());
            return new ContextWindow(
                    summarise(turns.subList(0, first - 1), summaryBudget, counterpartName), List.of(cut));
        }
        return new ContextWindow(
                summarise(turns.subList(0, first), summaryBudget, counterpartName), turns.subList(first, turns.size()));
    }

    /** Returns one transcript line for a turn. */
    static String line(Turn turn, String counterpartName) {
        return "[" + (turn.speaker() == Speaker.LEARNER ? "learner" : Fence.flatten(counterpartName)) + "] "
                + Fence.flatten(turn.text());
    }

    private static String summarise(List<Turn> older, int budget, String counterpartName) {
        if (older.isEmpty()) {
            return "";
        }
        List<String> lines = new ArrayList<>();
        int used = 0;
        int kept = 0;
        for (int i = older.size() - 1; i >= 0; i--) {
            String line = "[" + (older.get(i).speaker() == Speaker.LEARNER ? "learner" : Fence.flatten(counterpartName))
                    + "] " + Fence.flatten(opening(older.get(i).text(), SUMMARY_WORDS));
            if (used + line.length() + 1 > budget - 60) {
                break;
            }
            lines.addFirst(line);
            used += line.length() + 1;
            kept++;
        }
        int dropped = older.size() - kept;
        String head = dropped > 0 ? "(" + dropped + " earlier turns left out)\n" : "";
        return head + String.join("\n", lines);
    }

    /** Returns the first words of a text, with an ellipsis if there were more. */
    static String opening(String text, int words) {
        String[] all = text.strip().split("\\s+");
        return all.length <= words ? text.strip() : String.join(" ", java.util.Arrays.copyOf(all, words)) + " ...";
    }
}
