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
        try (Connection c = db.dataSource().getConnection();
                Statement s = c.createStatement();
                var r = s.executeQuery("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS"
                        + " WHERE SETTING_NAME = 'WRITE_DELAY'")) {
            assertThat(r.next()).isTrue();
            assertThat(r.getString(1)).isEqualTo("0");
            try (Stream<Path> files = Files.list(parent)) {
                assertThat(files.map(f -> f.getFileName().toString()))
                        .as("no lock file carrying a server address and key")
                        .noneMatch(name -> name.endsWith(".lock.db"));
            }
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
