package dev.spar.assist;

import java.util.List;

/**
 * What the rep committed to during the conversation, and what still needs checking.
 *
 * @param entries in the order they were said
 */
public record Ledger(List<Entry> entries) {

    /** What kind of item a ledger entry is. */
    public enum Kind {
        /** Something the rep said will happen: a promise or a next step. */
        PROMISED("promised"),
        /** An option the rep put on the table. */
        OFFERED("offered"),
        /** A claim, guess or open question that someone has to check. */
        TO_VERIFY("to-verify");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        /** Returns the identifier used in reports. */
        public String id() {
            return id;
        }
    }

    /**
     * One item of the ledger.
     *
     * @param kind promised, offered or to verify
     * @param text what was said, in the rep's words, or what to check
     * @param line which line of the conversation, counting from 1
     * @param owner who acts on it: {@code rep}, {@code customer} or a named party ("the warehouse")
     */
    public record Entry(Kind kind, String text, int line, String owner) {}

    public Ledger {
        entries = List.copyOf(entries);
    }

    /** Returns the entries of one kind. */
    public List<Entry> of(Kind kind) {
        return entries.stream().filter(e -> e.kind() == kind).toList();
    }
}
