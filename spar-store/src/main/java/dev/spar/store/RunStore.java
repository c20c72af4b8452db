package dev.spar.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** Keeps finished runs in an embedded database, migrated by Flyway on open. */
public final class RunStore {
    private final DataSource dataSource;

    private RunStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Opens (creating if needed) the store in a folder, migrating its schema. The database is the folder's
     * {@link EmbeddedDatabase}: while a server has it open, this process cannot open it.
     */
    public static RunStore open(Path folder) {
        DataSource ds = EmbeddedDatabase.in(folder).dataSource();
        Flyway.configure()
                .dataSource(ds)
                .locations("classpath:db/migration/h2")
                .load()
                .migrate();
        return new RunStore(ds);
    }

    /** Saves a run. */
    public void save(SavedRun run) {
        String sql = "INSERT INTO runs (id, scenario_id, scenario_title, seed, difficulty, outcome, score,"
                + " learner_turns, saved_at, report) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, run.id());
            s.setString(2, run.scenarioId());
            s.setString(3, run.scenarioTitle());
            s.setLong(4, run.seed());
            s.setInt(5, run.difficulty());
            s.setString(6, run.outcome());
            s.setInt(7, run.score());
            s.setInt(8, run.learnerTurns());
            s.setTimestamp(9, Timestamp.from(run.savedAt()));
            s.setString(10, run.report());
            s.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("could not save the run", e);
        }
    }

    /** Returns saved runs, newest first, optionally of one scenario only. */
    public List<SavedRun> list(Optional<String> scenarioId) {
        return query(scenarioId.isPresent() ? " WHERE scenario_id = ?" : "", scenarioId);
    }

    /** Returns one saved run. */
    public Optional<SavedRun> find(String id) {
        return query(" WHERE id = ?", Optional.of(id)).stream().findFirst();
    }

    private List<SavedRun> query(String where, Optional<String> parameter) {
        String sql = "SELECT id, scenario_id, scenario_title, seed, difficulty, outcome, score, learner_turns,"
                + " saved_at, report FROM runs" + where + " ORDER BY saved_at DESC, id";
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            if (parameter.isPresent()) {
                s.setString(1, parameter.get());
            }
            List<SavedRun> runs = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    runs.add(new SavedRun(
                            r.getString(1),
                            r.getString(2),
                            r.getString(3),
                            r.getLong(4),
                            r.getInt(5),
                            r.getString(6),
                            r.getInt(7),
                            r.getInt(8),
                            r.getTimestamp(9).toInstant(),
                            r.getString(10)));
                }
            }
            return runs;
        } catch (SQLException e) {
            throw new StoreException("could not read the run history", e);
        }
    }
}
