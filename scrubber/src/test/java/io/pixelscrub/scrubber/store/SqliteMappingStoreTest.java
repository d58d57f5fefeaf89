package io.pixelscrub.scrubber.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertFalse;

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
}
