package dev.spar.eval;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One learner line to critique, and the problems a coach would flag on that line.
 *
 * @param id a stable identifier, unique across both splits
 * @param scenario the scenario id
 * @param seed the run's seed
 * @param difficulty the run's difficulty, 1-5
 * @param context the conversation before the line, in order
 * @param line the learner line
 * @param flags the problem categories a coach would flag on this line; empty for a good line
 * @param notFlags conversation-level categories that must not land on this line (e.g. a next step said with a
 *     typo must not get {@code missing-next-step})
 */
public record CritiqueItem(
        String id,
        String scenario,
        long seed,
        int difficulty,
        List<ContextLine> context,
        String line,
        Set<String> flags,
        Set<String> notFlags) {
    public CritiqueItem {
        context = List.copyOf(context);
        // In the file's order: Set.copyOf iterates in an order that changes from one run to the next, and so
        // did the report's lists of missed and extra categories.
        flags = Collections.unmodifiableSet(new LinkedHashSet<>(flags));
        notFlags = Collections.unmodifiableSet(new LinkedHashSet<>(notFlags));
        for (String category : flags) {
            if (!FlagIds.isProblem(category)) {
                throw new IllegalArgumentException("item " + id + ": '" + category + "' is not a problem category");
            }
        }
    }

    /** Returns whether a coach would flag nothing on this line. */
    public boolean isGood() {
        return flags.isEmpty();
    }

    /** Returns the learner's lines of the context, in order. */
    public List<String> learnerContext() {
        return ScriptedConversation.learnerLines(context);
    }

    /** Returns whether a category is judged on this line: phrase-level always, conversation-level only if named. */
    public boolean judges(String category) {
        return !FlagIds.isConversationLevel(category) || flags.contains(category) || notFlags.contains(category);
    }
}
