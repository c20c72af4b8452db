package dev.spar.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedDatabaseTests {
    @TempDir
    Path parent;

    @Test
    void makesAPrivateFolderAndARandomCredentialOnlyTheOwnerCanRead() throws Exception {
        Path folder = parent.resolve("data");

        EmbeddedDatabase db = EmbeddedDatabase.in(folder);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)))
                .isEqualTo("rwx------");
        Path credential = folder.resolve(EmbeddedDatabase.CREDENTIAL_FILE);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(credential)))
                .isEqualTo("rw-------");
        assertThat(db.password())
                .hasSize(64)
                .isEqualTo(Files.readString(credential).strip());
        assertThat(EmbeddedDatabase.in(parent.resolve("other")).password()).isNotEqualTo(db.password());
        assertThat(db.toString()).doesNotContain(db.password());
    }

    @Test
    void opensWithoutWriteDelayAndWithoutANetworkListener() throws Exception {
        EmbeddedDatabase db = EmbeddedDatabase.in(parent);

        assertThat(db.url()).contains(";WRITE_DELAY=0").doesNotContainIgnoringCase("AUTO_SERVER");
        assertThat(setting(db, "WRITE_DELAY")).isEqualTo("0");
        try (Stream<Path> files = Files.list(parent)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .as("no lock file carrying a server address and key")
                    .noneMatch(name -> name.endsWith(".lock.db"));
        }
    }

    @Test
    void writesEveryCommitAtTheEndOfTheFileWhereTheRecoveryAfterACrashFindsIt() throws Exception {
        EmbeddedDatabase db = EmbeddedDatabase.in(parent);

        assertThat(setting(db, "REUSE_SPACE")).isEqualToIgnoringCase("false");
    }

    /** Returns the value of one of the open database's settings. */
    private static String setting(EmbeddedDatabase db, String name) throws SQLException {
        try (Connection c = db.dataSource().getConnection();
                Statement s = c.createStatement();
                var r = s.executeQuery(
                        "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = '" + name + "'")) {
            assertThat(r.next()).as("the setting " + name).isTrue();
            return r.getString(1);
        }
    }

    @Test
    void compactsTheFileWhenItOpensTheDatabaseSoItDoesNotOnlyGrow() throws Exception {
        EmbeddedDatabase db = EmbeddedDatabase.in(parent);
        Path file = parent.resolve("spar.mv.db");
        try (Connection c = db.dataSource().getConnection();
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE runs (id INT PRIMARY KEY, review CLOB)");
            for (int i = 0; i < 300; i++) {
                s.execute("MERGE INTO runs VALUES (" + (i % 10) + ", REPEAT('a turn and its review ', 500))");
            }
            // Closed as a crash leaves it: no compaction on the way out.
            s.execute("SHUTDOWN IMMEDIATELY");
        } catch (SQLException e) {
            // The connection is gone with the database.
        }
        long grown = Files.size(file);

        EmbeddedDatabase.in(parent);

        assertThat(Files.size(file)).as("the file after the next start").isLessThan(grown / 4);
        try (Connection c = db.dataSource().getConnection();
                Statement s = c.createStatement();
                var r = s.executeQuery("SELECT COUNT(*) FROM runs")) {
            assertThat(r.next()).isTrue();
            assertThat(r.getInt(1)).as("nothing lost to the compaction").isEqualTo(10);
        }
    }

    @Test
    void movesADatabaseWithTheEmptyPasswordOfOldToTheCredential() throws Exception {
        String url = "jdbc:h2:file:" + parent.resolve("spar").toAbsolutePath();
        try (Connection c = DriverManager.getConnection(url, "spar", "");
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE kept (v VARCHAR(10))");
            s.execute("INSERT INTO kept VALUES ('old run')");
        }

        EmbeddedDatabase db = EmbeddedDatabase.in(parent);

        try (Connection c = db.dataSource().getConnection();
                Statement s = c.createStatement();
                var r = s.executeQuery("SELECT v FROM kept")) {
            assertThat(r.next()).isTrue();
            assertThat(r.getString(1)).isEqualTo("old run");
        }
        assertThatThrownBy(() -> DriverManager.getConnection(url, "spar", "").close())
                .isInstanceOf(SQLException.class);
        assertThat(EmbeddedDatabase.in(parent).password())
                .as("the second start reads the same credential")
                .isEqualTo(db.password());
    }

    @Test
    void tightensAFolderAndCredentialThatOthersCanRead() throws Exception {
        EmbeddedDatabase.in(parent);
        Files.setPosixFilePermissions(parent, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path credential = parent.resolve(EmbeddedDatabase.CREDENTIAL_FILE);
        Files.setPosixFilePermissions(credential, PosixFilePermissions.fromString("rw-r--r--"));

        EmbeddedDatabase.in(parent);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(parent)))
                .isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(credential)))
                .isEqualTo("rw-------");
    }
}
