package io.pixelscrub.scrubber.header;

/**
 * Maps a patient to the replacement Patient's Name and Patient ID and the patient's date offset (Modified Dates).
 * The same patient must always get the same mapping; implementations must be thread-safe and never log.
 */
public interface PatientMapper {

    /** The mapping for a patient known by {@code patientId} and {@code patientName} (either may be empty). */
    PatientMapping map(String patientId, String patientName);

    /**
     * @param dateOffsetDays whole days every date of this patient moves by, within the {@link DateShifter} range
     */
    record PatientMapping(String name, String id, int dateOffsetDays) { }

    /** What identifies a patient for mapping: the ID, or the name when there is no ID. */
    static String basis(String patientId, String patientName) {
        String id = patientId == null ? "" : patientId.trim();
        return id.isEmpty() ? "name:" + (patientName == null ? "" : patientName.trim()) : "id:" + id;
    }
}
