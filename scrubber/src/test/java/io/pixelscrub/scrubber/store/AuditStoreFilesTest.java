package io.pixelscrub.scrubber.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A store is recognised by its name or its schema, and looking never changes the folder. */
class AuditStoreFilesTest {

    @TempDir
    Path tmp;

    @Test
    void namesPixelscrubGivesAStoreAndItsSideFiles() {
        for (String n : List.of("out-audit.sqlite", "pixelscrub-audit.sqlite", "pixelscrub-audit.sqlite-wal", "x-audit.sqlite-shm",
                "x-audit.sqlite-journal")) {
            assertTrue(AuditStoreFiles.hasStoreName(Path.of("/d", n)), n);
        }
        for (String n : List.of("audit.sqlite", "ct.dcm", "pixelscrub-audit.sqlite.txt", "out-audit")) {
            assertFalse(AuditStoreFiles.hasStoreName(Path.of("/d", n)), n);
        }
    }

    @Test
    void aStoreUnderAnyNameIsFoundByItsSchemaWithoutTouchingTheFolder() throws Exception {
        Path store = tmp.resolve("keys.db");
        JdbcMappingStore.open("jdbc:sqlite:" + store, null).close();
        Path other = tmp.resolve("other.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + other); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (x INTEGER)");
        }
        Path text = Files.writeString(tmp.resolve("notes.txt"), "SQLite format 3 is not enough");
        List<Path> before = list();

        assertTrue(AuditStoreFiles.isStore(store));
        assertFalse(AuditStoreFiles.isStore(other), "an SQLite database without pixelscrub's schema");
        assertTrue(AuditStoreFiles.isSqlite(other));
        assertFalse(AuditStoreFiles.isStore(text));
        assertFalse(AuditStoreFiles.isStore(tmp), "a folder");
        assertEquals(before, list(), "no -wal or -shm file appears beside a probed database");
    }

    private List<Path> list() throws Exception {
        try (Stream<Path> s = Files.list(tmp)) {
            return s.sorted().toList();
        }
    }
}
