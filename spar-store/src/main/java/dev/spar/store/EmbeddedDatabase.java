package dev.spar.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Set;
import javax.sql.DataSource;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The embedded H2 database in a data folder, opened so that it is safe by default: every commit reaches the file
 * before it returns (no write delay) and is written at the end of the file (no reuse of freed space), so an
 * acknowledged write survives {@code kill -9}; nothing listens on the network (no {@code AUTO_SERVER}), the folder is
 * the owner's alone (0700), and the database user has a random password kept in a file only the owner can read
 * (0600). A database made before, with the empty password, is moved to the new password the first time it is opened
 * here.
 *
 * <p>Why no reuse of freed space: reusing it, H2 2.5 writes a commit into a gap in the file, where the recovery after
 * a crash does not always find it. On a database with some history, a {@code kill -9} soon after the database was
 * opened lost the commits made since (92 of 200 acknowledged commits over ten kills; opened straight after a crash,
 * 200 of 200; six writers killed at random, 106 of 850); appended at the end of the file, none was lost. The file
 * then only grows while the database is open, so {@link #in} compacts it each time it opens the database before
 * handing it out.
 *
 * @param url the JDBC URL
 * @param user the database user
 * @param password the database user's password
 */
public record EmbeddedDatabase(String url, String user, String password) {
    /** The database user. */
    public static final String USER = "spar";

    /** The file in the data folder that holds the database user's password. */
    public static final String CREDENTIAL_FILE = "db-credential";

    /** What the URL sets: no write delay and no reuse of freed space (see above); no {@code AUTO_SERVER}. */
    static final String SETTINGS = ";WRITE_DELAY=0;REUSE_SPACE=FALSE";

    private static final Set<PosixFilePermission> OWNER_ONLY_FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");
    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    public String toString() {
        return "EmbeddedDatabase[url=" + url + ", user=" + user + "]";
    }

    /**
     * Prepares the database in a folder: creates the folder (0700) and the credential (0600) when missing, tightens
     * them when they are open to others, moves a database that still has the empty password to the credential, and
     * compacts the file (what the appended commits left behind while it was last open).
     *
     * @throws StoreException if the folder or the credential cannot be written, the database is open in another
     *     process, or it refuses both the credential and the empty password
     */
    public static EmbeddedDatabase in(Path folder) {
        Path dir = folder.toAbsolutePath();
        ownerOnlyFolder(dir);
        String password = credential(dir.resolve(CREDENTIAL_FILE));
        EmbeddedDatabase db = new EmbeddedDatabase("jdbc:h2:file:" + dir.resolve("spar") + SETTINGS, USER, password);
        db.check(roomToCompact(dir.resolve("spar.mv.db")));
        return db;
    }

    /** Returns a (non-pooling) data source for the database. */
    public DataSource dataSource() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL(url);
        ds.setUser(user);
        ds.setPassword(password);
        return ds;
    }

    /**
     * Opens the database once, with the credential (else with the empty password of old, which it then replaces),
     * and closes it compacted.
     */
    private void check(boolean compact) {
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            if (compact) {
                closeCompacted(c);
            }
            return;
        } catch (SQLException e) {
            if (e.getErrorCode() != ErrorCode.WRONG_USER_OR_PASSWORD) {
                throw failure(e);
            }
        }
        try (Connection c = DriverManager.getConnection(url, user, "");
                Statement s = c.createStatement()) {
            // The password is hex, so it needs no escaping.
            s.execute("ALTER USER " + user + " SET PASSWORD '" + password + "'");
            if (compact) {
                closeCompacted(c);
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /**
     * Closes the database, rewriting the file whole under another name and renaming it over the old one, so a crash
     * meanwhile leaves one or the other. When that fails, the file is left as it was: the database works as well,
     * only larger, and the next start tries again.
     */
    private static void closeCompacted(Connection c) {
        try (Statement s = c.createStatement()) {
            s.execute("SHUTDOWN COMPACT");
        } catch (SQLException e) {
            // Not compacted this time; see above.
        }
    }

    /**
     * Returns whether the disk has room for a compacted copy of the file next to it. Without, the file is not
     * compacted this time: H2 leaves the file as it was when the copy fails, but also a thread that keeps the JVM
     * from exiting.
     */
    private static boolean roomToCompact(Path file) {
        try {
            return !Files.exists(file) || Files.getFileStore(file).getUsableSpace() > 2 * Files.size(file);
        } catch (IOException e) {
            return false;
        }
    }

    private StoreException failure(SQLException e) {
        if (e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
            return StoreException.plain(
                    "the database is open in another Spar process (is `spar serve` running? stop it first)", e);
        }
        if (e.getErrorCode() == ErrorCode.WRONG_USER_OR_PASSWORD) {
            return new StoreException(
                    "the database refuses the password in " + CREDENTIAL_FILE + " (was the file replaced?)", e);
        }
        return new StoreException("cannot open the database " + url, e);
    }

    private static void ownerOnlyFolder(Path dir) {
        try {
            if (!posix(dir.getRoot())) {
                Files.createDirectories(dir);
                return;
            }
            if (!Files.isDirectory(dir)) {
                Files.createDirectories(dir.getParent());
                try {
                    Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(OWNER_ONLY_FOLDER));
                } catch (FileAlreadyExistsException e) {
                    // Made by another process meanwhile; its permissions are set below.
                }
            }
            if (!Files.getPosixFilePermissions(dir).equals(OWNER_ONLY_FOLDER)) {
                Files.setPosixFilePermissions(dir, OWNER_ONLY_FOLDER);
            }
        } catch (IOException e) {
            throw new StoreException("cannot make the data folder " + dir + " private", e);
        }
    }

    /** Returns the password in the file, first writing a new random one there when there is none. */
    private static String credential(Path file) {
        try {
            if (Files.exists(file)) {
                if (posix(file) && !Files.getPosixFilePermissions(file).equals(OWNER_ONLY_FILE)) {
                    Files.setPosixFilePermissions(file, OWNER_ONLY_FILE);
                }
                String kept = Files.readString(file, StandardCharsets.UTF_8).strip();
                if (!kept.matches("[0-9a-f]{32,128}")) {
                    throw new IOException("it does not hold a password Spar wrote; delete it only if the database"
                            + " still has the empty password of old");
                }
                return kept;
            }
            byte[] bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            String password = HexFormat.of().formatHex(bytes);
            // Written whole and synced under another name, then renamed: a crash leaves no half-written credential.
            Path temporary = file.resolveSibling(CREDENTIAL_FILE + ".new");
            Files.deleteIfExists(temporary);
            if (posix(file.getParent())) {
                Files.createFile(temporary, PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE));
            } else {
                Files.createFile(temporary);
            }
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                channel.write(StandardCharsets.UTF_8.encode(password + "\n"));
                channel.force(true);
            }
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
            return password;
        } catch (IOException e) {
            throw new StoreException("cannot keep the database credential in " + file, e);
        }
    }

    private static boolean posix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
