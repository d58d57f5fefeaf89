package io.pixelscrub.spark;

import io.pixelscrub.HeaderOptions;
import io.pixelscrub.cli.UserInputException;
import io.pixelscrub.scrubber.store.JdbcMappingStore;
import io.pixelscrub.scrubber.store.MappingStore;
import io.pixelscrub.scrubber.store.PersistentMappings;
import io.pixelscrub.scrubber.store.PseudonymScheme;

/**
 * The driver opens the shared store once before any task does: a wrong key, password or URL is then one line before
 * the job starts, instead of a failure in every task, and the store's tables and key exist before executors meet them.
 */
final class StoreInit {
    private StoreInit() {
    }

    static void prepare(HeaderOptions h) {
        String key = h.key() != null ? h.key() : System.getenv("PIXELSCRUB_KEY");
        try (MappingStore store = JdbcMappingStore.open(h.auditStore(), h.auditPassword())) {
            PersistentMappings.open(store, key, new PseudonymScheme(PseudonymScheme.parseKind(h.pseudonymScheme()),
                    h.pseudonymPrefix()), h.originalsKey());
        } catch (RuntimeException e) {
            throw new UserInputException("the audit store cannot be used: " + e.getMessage());
        }
    }
}
