package io.pixelscrub.scrubber.store;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * The same contract against a real PostgreSQL server. scripts/test.sh starts a throwaway cluster and passes its URL in
 * PIXELSCRUB_TEST_POSTGRES_URL. Without it these tests are skipped on a developer machine, and fail in CI.
 */
class PostgresMappingStoreTest extends MappingStoreContract {

    static String baseUrl() {
        String url = System.getenv("PIXELSCRUB_TEST_POSTGRES_URL");
        if (url == null || url.isBlank()) {
            url = System.getProperty("pixelscrub.test.postgres.url");
        }
        if (url == null || url.isBlank()) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("PIXELSCRUB_TEST_POSTGRES_URL is not set: in CI the PostgreSQL tests must run (use scripts/test.sh)");
            }
            Assumptions.abort("no PostgreSQL server: run scripts/test.sh, or set PIXELSCRUB_TEST_POSTGRES_URL");
        }
        return url;
    }

    @BeforeAll
    static void serverIsThere() {
        baseUrl();
    }

    /** Each test gets its own schema in the test database. */
    @Override
    String freshUrl() throws Exception {
        String base = baseUrl();
        String schema = "t" + UUID.randomUUID().toString().replace("-", "");
        try (Connection c = DriverManager.getConnection(base); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        return base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }
}
