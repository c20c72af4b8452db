package dev.spar.web.teams;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What coaches and administrators did: who, when, what, to what. Never the text of a run or a password. */
@Repository
public class AuditLog {
    private static final int MAX_SUBJECT = 300;

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** One entry. */
    public record Entry(Instant at, String actor, Optional<String> teamId, String action, String subject) {}

    /** Records an action. */
    public void record(String actor, Optional<String> teamId, String action, String subject) {
        String s = subject.length() <= MAX_SUBJECT ? subject : subject.substring(0, MAX_SUBJECT - 3) + "...";
        jdbc.sql("INSERT INTO audit_log (id, at, actor, team_id, action, subject) VALUES (?, ?, ?, ?, ?, ?)")
                .params(UUID.randomUUID().toString(), OffsetDateTime.now(clock), actor, teamId.orElse(null), action, s)
                .update();
    }

    /** Returns a team's entries, newest first, at most {@code limit}. */
    public List<Entry> of(String teamId, int limit) {
        return jdbc.sql("SELECT at, actor, team_id, action, subject FROM audit_log WHERE team_id = ?"
                        + " ORDER BY at DESC, id LIMIT ?")
                .params(teamId, limit)
                .query((r, n) -> new Entry(
                        r.getObject(1, OffsetDateTime.class).toInstant(),
                        r.getString(2),
                        Optional.ofNullable(r.getString(3)),
                        r.getString(4),
                        r.getString(5)))
                .list();
    }

    static OffsetDateTime at(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
