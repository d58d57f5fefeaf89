package io.pixelscrub.scrubber.header;

/**
 * Maps original UIDs to replacement UIDs. Implementations must be consistent (same input, same output)
 * and thread-safe, and must never log the UIDs they see (a UID can identify a study and hence a patient).
 */
public interface UidMapper {

    /** The replacement for {@code originalUid}: a valid UID (at most 64 characters), the same every time. */
    String map(String originalUid);

    /** Whether a UID is a well-known DICOM UID (SOP classes, transfer syntaxes, coding schemes) that must stay as it is. */
    static boolean isStandardUid(String uid) {
        return uid.startsWith("1.2.840.10008.");
    }
}
