package io.pixelscrub.scrubber.store;

import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.function.Supplier;

/**
 * The persistent memory of a collection: original UID to new UID, original patient to pseudonym and date offset,
 * and the audit trail. Rows are keyed by a keyed hash of the original ({@link LookupKeys}); originals themselves are
 * only ever stored sealed. Thread-safe; safe for several processes sharing one database (first writer wins).
 */
public interface MappingStore extends AutoCloseable {

    Optional<String> meta(String name);

    /** Sets a meta value unless one is there; returns the value now stored. */
    String metaIfAbsent(String name, String value);

    /** The new UID stored for {@code lookup}, storing {@code fresh}'s value first if there is none. */
    String uid(String lookup, Supplier<String> fresh, byte[] originalSealed);

    /** The patient stored for {@code lookup}, creating it from the next patient number if there is none. */
    StoredPatient patient(String lookup, LongFunction<StoredPatient> create, byte[] originalSealed);

    /** Begins a run; the id ties its audit records together. */
    long startRun(String tool, String profile, String options, String pseudonymScheme);

    void record(AuditRecord record);

    /** Every record for an output SOP Instance UID, oldest first (the same output may be written again later). */
    List<AuditRecord> audit(String outputSopInstanceUid);

    /** The sealed original of a UID row found by its new UID (honest-broker lookup), if it was kept. */
    Optional<byte[]> sealedOriginalOfUid(String newUid);

    /** Whether a UID row exists for {@code lookup} (read only: verify asks whether a value is an original UID). */
    boolean hasUid(String lookup);

    /** Whether a patient row exists for {@code lookup} (read only). */
    boolean hasPatient(String lookup);

    /** What an earlier run recorded when it finished the output keyed {@code outputLookup}, if it did. */
    Optional<FinishedFile> finished(String outputLookup);

    /** Records (or replaces) that the output keyed {@code outputLookup} was written from the input keyed {@code inputLookup}. */
    void recordFinished(long runId, String outputLookup, FinishedFile file);

    /** Counts of rows, for reports and tests: uids, patients, runs, files. */
    Counts counts();

    @Override
    void close();

    /** A patient's mapping as stored; {@code seq} is the patient's number in this store. */
    record StoredPatient(long seq, String pseudonymName, String pseudonymId, int dateOffsetDays) { }

    record Counts(long uids, long patients, long runs, long files) { }

    /**
     * A finished output, for {@code scrub --resume}: the keyed hash of the input's bytes it came from, the SHA-256 of
     * the output as written, and its status (scrubbed or clean-untouched).
     */
    record FinishedFile(String inputLookup, String outputSha256, String status) { }
}
