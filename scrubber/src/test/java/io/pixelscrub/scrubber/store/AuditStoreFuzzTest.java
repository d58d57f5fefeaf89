package io.pixelscrub.scrubber.store;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.pixelscrub.scrubber.FuzzTempFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Fuzzes reading an audit store a user hands over ({@code audit UID --audit DB}, {@code verify --audit DB --key K},
 * {@code scrub --audit DB --resume}): the bytes are an SQLite file. It is recognised as {@code verify} and
 * {@code audit} recognise one ({@link AuditStoreFiles}), then opened ({@link JdbcMappingStore}), its key checked
 * ({@link PersistentMappings}), the audit records of the seeds' output UIDs read, their sealed originals opened with the
 * seed's originals key (derived once per salt seen: it is slow by design), and the finished-files journal and counts
 * read. A clean refusal is {@link StoreException} (one line, exit 2), a sealed value that does not open
 * ({@link OriginalsCipher.WrongKeyException}, one line) or a file that is not recognised as a store; anything else
 * thrown is a finding.
 *
 * <p>Seeds: two stores written by {@code scrub} of two bundled files (one with {@code --key} and
 * {@code --keep-originals}, one with its own generated secret), in
 * {@code src/test/resources/io/pixelscrub/scrubber/store/AuditStoreFuzzTestInputs/openStore/}, replayed by every
 * {@code mvn test}; {@code scripts/fuzz.sh} fuzzes it. SQLite itself is native code: only what pixelscrub does with
 * what it returns is instrumented.
 */
class AuditStoreFuzzTest {

    private static final Path FILE = FuzzTempFiles.create("store.sqlite");
    /** The seeds were written with this key and originals passphrase; their output UIDs follow. */
    private static final String KEY = "fuzz-seed-key-0123456789";
    private static final char[] ORIGINALS_KEY = "fuzz-originals-passphrase".toCharArray();
    private static final List<String> UIDS = List.of("2.25.284634788596442140547989560959705769213",
            "2.25.67950565139928547038901135969801119047", "2.25.137988096801609169579181977475423870214");

    /**
     * Ciphers by the store's salt and check value. Deriving the originals key costs about 300 ms by design (a slow key
     * derivation); the same salt and check give the same cipher, so it is derived once for each pair seen.
     */
    private static final Map<List<String>, OriginalsCipher> CIPHERS = new HashMap<>();

    private static OriginalsCipher cipher(MappingStore store) {
        List<String> meta = List.of(store.meta("originals_salt").orElse(""), store.meta("originals_check").orElse(""));
        OriginalsCipher known = CIPHERS.get(meta);
        if (known != null) {
            return known;
        }
        OriginalsCipher derived = PersistentMappings.originalsCipher(store, ORIGINALS_KEY);
        if (CIPHERS.size() > 64) {
            CIPHERS.clear();
        }
        CIPHERS.put(meta, derived);
        return derived;
    }

    @FuzzTest
    void openStore(byte[] bytes) throws IOException {
        for (String side : List.of("-wal", "-shm", "-journal")) {
            Files.deleteIfExists(FILE.resolveSibling(FILE.getFileName() + side));
        }
        Files.write(FILE, bytes);
        if (!AuditStoreFiles.isStore(FILE) || !AuditStoreFiles.hasStoreSchema(FILE)) {
            return;   // "not a pixelscrub audit store": refused with one line
        }
        try (MappingStore store = JdbcMappingStore.open("jdbc:sqlite:" + FILE, null)) {
            boolean ownSecret = store.meta("generated_secret").isPresent();
            PersistentMappings.open(store, ownSecret ? null : KEY, new PseudonymScheme(PseudonymScheme.Kind.COUNTER, "PSEUDO-"), null);
            OriginalsCipher cipher = PersistentMappings.keepsOriginals(store) ? cipher(store) : null;
            for (String uid : UIDS) {
                for (AuditRecord r : store.audit(uid)) {
                    if (cipher != null && r.originalsSealed() != null) {
                        try {
                            cipher.open(r.originalsSealed(), "file:" + r.outputSopInstanceUid());
                        } catch (OriginalsCipher.WrongKeyException refused) {
                            // a damaged sealed value: audit --reveal-originals says so in one line
                        }
                    }
                }
                store.sealedOriginalOfUid(uid);
            }
            store.finished("CT_small_explicitLE.dcm");
            store.counts();
        } catch (StoreException refused) {
            // one line, exit 2
        }
    }
}
