package dev.spar.web;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A fresh, empty database for one test's server. By default an in-memory H2; when {@code SPAR_TEST_PG_URL}
 * names a PostgreSQL server (as {@code .ci/run} does), a new database on it, so the same tests run against
 * both.
 */
public final class TestDatabase {
    private TestDatabase() {}

    /** Returns whether the tests run against PostgreSQL. */
    public static boolean postgres() {
        return adminUrl().isPresent();
    }

    /** Returns the datasource properties of a new, empty database. */
    public static Map<String, String> fresh() {
        String name = "spar_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        Optional<String> admin = adminUrl();
        if (admin.isEmpty()) {
            return Map.of(
                    "spring.datasource.url", "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1",
                    "spring.datasource.username", "spar",
                    "spring.datasource.password", "");
        }
        try (Connection c = DriverManager.getConnection(admin.get(), user(), "");
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "cannot create a test database on " + admin.get() + ": " + e.getMessage(), e);
        }
        String base = admin.get().substring(0, admin.get().lastIndexOf('/') + 1);
        return Map.of(
                "spring.datasource.url",
                base + name,
                "spring.datasource.username",
                user(),
                "spring.datasource.password",
                "");
    }

    private static Optional<String> adminUrl() {
        return Optional.ofNullable(System.getenv("SPAR_TEST_PG_URL")).filter(s -> !s.isBlank());
    }

    private static String user() {
        return Optional.ofNullable(System.getenv("SPAR_TEST_PG_USER")).orElse("postgres");
    }
}
