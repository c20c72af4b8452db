package dev.spar.web.conversations;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reviewed conversations in the database. Every read and write names the owner. */
@Repository
class ConversationRepository {
    private static final String COLUMNS =
            "id, owner, source, format, agent, turns, score, transcript, redactions, original, created_at";

    private final JdbcClient jdbc;

    ConversationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a conversation: one row, so it is all there or not at all. */
    void insert(ConversationRecord c) {
        jdbc.sql("INSERT INTO reviewed_conversations (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        c.id(),
                        c.owner(),
                        c.source(),
                        c.format(),
                        c.agent(),
                        c.turns(),
                        c.score(),
                        c.transcript(),
                        c.redactions(),
                        c.original().orElse(null),
                        OffsetDateTime.ofInstant(c.createdAt(), ZoneOffset.UTC))
                .update();
    }

    /** Returns one of the owner's conversations; another user's is not found. */
    Optional<ConversationRecord> find(String owner, String id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM reviewed_conversations WHERE owner = ? AND id = ?")
                .params(owner, id)
                .query(ConversationRepository::record)
                .optional();
    }

    /** Returns a page of the owner's conversations, newest first. */
    List<ConversationRecord> list(String owner, int offset, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM reviewed_conversations WHERE owner = ?"
                        + " ORDER BY created_at DESC, id OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")
                .params(owner, offset, limit)
                .query(ConversationRepository::record)
                .list();
    }

    /** Returns how many conversations the owner has. */
    int count(String owner) {
        return jdbc.sql("SELECT COUNT(*) FROM reviewed_conversations WHERE owner = ?")
                .param(owner)
                .query(Integer.class)
                .single();
    }

    /** Records another speaker as the agent of one of the owner's conversations; returns whether there was one. */
    boolean updateAgent(String owner, String id, String agent, String transcript, int score) {
        return jdbc.sql("UPDATE reviewed_conversations SET agent = ?, transcript = ?, score = ?"
                                + " WHERE owner = ? AND id = ?")
                        .params(agent, transcript, score, owner, id)
                        .update()
                > 0;
    }

    /** Deletes one of the owner's conversations; returns whether there was one. */
    boolean delete(String owner, String id) {
        return jdbc.sql("DELETE FROM reviewed_conversations WHERE owner = ? AND id = ?")
                        .params(owner, id)
                        .update()
                > 0;
    }

    /** Deletes all of the owner's conversations; returns how many. */
    int deleteAll(String owner) {
        return jdbc.sql("DELETE FROM reviewed_conversations WHERE owner = ?")
                .param(owner)
                .update();
    }

    private static ConversationRecord record(ResultSet r, int row) throws SQLException {
        return new ConversationRecord(
                r.getString("id"),
                r.getString("owner"),
                r.getString("source"),
                r.getString("format"),
                r.getString("agent"),
                r.getInt("turns"),
                r.getInt("score"),
                r.getString("transcript"),
                r.getString("redactions"),
                Optional.ofNullable(r.getString("original")),
                r.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
