package dev.spar.eval;

import dev.spar.analysis.FindingCategory;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The problem categories a critique item may name: today's and those the content reading adds. */
final class FlagIds {

    /** Categories the content-reading work adds; they may not exist in {@link FindingCategory} yet. */
    static final List<String> ANNOUNCED =
            List.of("sarcasm", "accusation", "tangent", "re-ask", "blaming-others", "false-hope");

    private static final List<FindingCategory> CONVERSATION_LEVEL = List.of(
            FindingCategory.MISSING_ACKNOWLEDGEMENT,
            FindingCategory.MISSING_PARAPHRASE,
            FindingCategory.MISSING_QUESTION,
            FindingCategory.MISSING_NEXT_STEP,
            FindingCategory.MISSING_CLOSING_CHECK,
            FindingCategory.UNSAID_KEY_POINT);

    private FlagIds() {}

    /** Returns every problem id, today's in declaration order, then the announced ones not yet declared. */
    static Set<String> problems() {
        Set<String> ids = new LinkedHashSet<>();
        Arrays.stream(FindingCategory.values())
                .filter(FindingCategory::isProblem)
                .map(FindingCategory::id)
                .forEach(ids::add);
        ids.addAll(ANNOUNCED);
        return ids;
    }

    /** Returns whether an id names a problem category, declared or announced. */
    static boolean isProblem(String id) {
        return problems().contains(id);
    }

    /** Returns whether a category is about the conversation as a whole rather than one line's words. */
    static boolean isConversationLevel(String id) {
        return CONVERSATION_LEVEL.stream().anyMatch(c -> c.id().equals(id));
    }
}
