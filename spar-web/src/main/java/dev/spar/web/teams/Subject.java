package dev.spar.web.teams;

/**
 * What a coach comments on, a learner disputes and a scorecard scores: a practice run or a reviewed real
 * conversation, with its owner.
 */
public record Subject(Kind kind, String id, String owner) {

    /** The two kinds, each with its table and the column other tables name it by. */
    public enum Kind {
        /** A practice run. */
        RUN("practice_sessions", "session_id"),
        /** A reviewed real conversation. */
        CONVERSATION("reviewed_conversations", "conversation_id");

        private final String table;
        private final String column;

        Kind(String table, String column) {
            this.table = table;
            this.column = column;
        }

        /** Returns the table the subjects of this kind are in. */
        String table() {
            return table;
        }

        /** Returns the column comments, disputes and marks name such a subject by. */
        String column() {
            return column;
        }
    }

    /** Returns the column comments, disputes and marks name this subject by. */
    String column() {
        return kind.column();
    }
}
