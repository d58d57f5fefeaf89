package io.pixelscrub.scrubber.store;

import io.pixelscrub.testdata.env.RequiredTools;
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
            RequiredTools.require(false, "no PostgreSQL server: PIXELSCRUB_TEST_POSTGRES_URL is not set (scripts/test.sh starts one)");
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
