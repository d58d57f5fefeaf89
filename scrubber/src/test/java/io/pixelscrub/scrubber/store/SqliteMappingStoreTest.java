package io.pixelscrub.scrubber.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SqliteMappingStoreTest extends MappingStoreContract {

    @TempDir
    Path dir;
    private final AtomicInteger n = new AtomicInteger();

    @Override
    String freshUrl() {
        return "jdbc:sqlite:" + dir.resolve("store-" + n.incrementAndGet() + ".sqlite");
    }

    @Test
    void theDatabaseFileItselfHoldsNoOriginal() throws Exception {
        String url = freshUrl();
        try (MappingStore store = JdbcMappingStore.open(url, null)) {
            mappings(store, KEY, PseudonymScheme.Kind.COUNTER, null).uidMapper().map("1.2.3.4.5.6.7.8.9.123456");
            mappings(store, KEY, PseudonymScheme.Kind.COUNTER, null).patientMapper().map("MRN-55443322", "ROE^RICHARD");
        }
        StringBuilder all = new StringBuilder();
        try (var files = Files.list(dir)) {
            for (Path p : files.toList()) {
                all.append(new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1));
            }
        }
        assertFalse(all.toString().contains("1.2.3.4.5.6.7.8.9.123456"));
        assertFalse(all.toString().contains("MRN-55443322"));
        assertFalse(all.toString().contains("ROE^RICHARD"));
    }

    /**
     * A store handed over by a user keeps its own table definitions: one without the NOT NULL constraints can hold an
     * empty action code. Reading it is a one-line refusal that names the column, not a NullPointerException (found by
     * {@code AuditStoreFuzzTest} in CI).
     */
    @Test
    void anEmptyRequiredColumnIsRefusedAsADamagedStore() throws Exception {
        String url = freshUrl();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE audit_actions (file_id BIGINT, seq INTEGER, tag_path TEXT, action CHAR(1), step VARCHAR(16), "
                    + "rule TEXT, PRIMARY KEY (file_id, seq))");
        }
        try (MappingStore store = JdbcMappingStore.open(url, null)) {
            store.record(new AuditRecord(store.startRun("t", "basic", "", "counter:PSEUDO-"), "2.25.42", "a.dcm", "scrubbed", null,
                    "113100", List.of(new AuditRecord.Action("(0010,0010)", "Z", "profile", "basic")), List.of(), null, "now"));
        }
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            assertEquals(1, s.executeUpdate("UPDATE audit_actions SET action = NULL"));
        }
        try (MappingStore store = JdbcMappingStore.open(url, null)) {
            StoreException refused = assertThrows(StoreException.class, () -> store.audit("2.25.42"));
            assertEquals("audit store is damaged: audit_actions.action is empty", refused.getMessage());
        }
    }
}
