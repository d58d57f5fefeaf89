package io.pixelscrub.testdata.env;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * The tests' PostgreSQL server (PIXELSCRUB_TEST_POSTGRES_URL, which scripts/test.sh sets): a fresh schema per test, so
 * tests share the server without meeting each other's mappings. Without a server the test is skipped, or fails under
 * CI=true ({@link RequiredTools}).
 */
public final class TestPostgres {
    private TestPostgres() {
    }

    /** A JDBC URL of a new, empty schema named {@code prefix} plus a random suffix. */
    public static String freshSchema(String prefix) throws SQLException {
        String base = System.getenv("PIXELSCRUB_TEST_POSTGRES_URL");
        if (base == null || base.isBlank()) {
            RequiredTools.require(false, "no PostgreSQL server: PIXELSCRUB_TEST_POSTGRES_URL is not set (scripts/test.sh starts one)");
        }
        String schema = prefix + UUID.randomUUID().toString().replace("-", "");
        try (Connection c = DriverManager.getConnection(base); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        return base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }
}
