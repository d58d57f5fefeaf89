package io.pixelscrub.scrubber.inspect;

/**
 * Whether a released value is an original identifier of the collection, by keyed lookup in the audit store (which holds
 * no original in clear). {@link #NONE} when there is no store to ask.
 */
public interface OriginalLookup {

    OriginalLookup NONE = new OriginalLookup() {
        @Override
        public boolean isOriginalUid(String value) { return false; }

        @Override
        public boolean isOriginalPatient(String value) { return false; }
    };

    boolean isOriginalUid(String value);

    /** An original Patient ID or Patient's Name of any patient in the store. */
    boolean isOriginalPatient(String value);
}
