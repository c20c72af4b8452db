package dev.spar.assist;

import java.util.List;

/**
 * The note to file after the conversation, drafted from what was said.
 *
 * @param issue what the problem is, in neutral words
 * @param mainConcern what matters most to the customer
 * @param promised what the rep promised or offered, in the rep's words
 * @param toVerify what someone still has to check or find out
 * @param owner who owns the next action: {@code rep}, {@code customer} or a named party
 * @param nextAction the next action, or a reminder to agree one
 */
public record FollowUpNote(
        String issue,
        String mainConcern,
        List<String> promised,
        List<String> toVerify,
        String owner,
        String nextAction) {
    public FollowUpNote {
        promised = List.copyOf(promised);
        toVerify = List.copyOf(toVerify);
    }

    /** Returns the note as plain text, ready to paste into a ticket. */
    public String asText() {
        StringBuilder out = new StringBuilder();
        out.append("Issue: ").append(issue).append('\n');
        out.append("Main concern: ").append(mainConcern).append('\n');
        out.append("Promised:");
        list(out, promised);
        out.append("To verify:");
        list(out, toVerify);
        out.append("Next action: ")
                .append(nextAction)
                .append(" (owner: ")
                .append(owner)
                .append(")\n");
        return out.toString();
    }

    private static void list(StringBuilder out, List<String> items) {
        if (items.isEmpty()) {
            out.append(" nothing\n");
            return;
        }
        out.append('\n');
        for (String item : items) {
            out.append("  - ").append(item).append('\n');
        }
    }
}
