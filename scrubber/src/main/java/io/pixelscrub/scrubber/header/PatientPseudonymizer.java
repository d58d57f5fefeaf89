package io.pixelscrub.scrubber.header;

/** Chooses the replacement Patient's Name and Patient ID; the same patient must get the same pseudonym. */
public interface PatientPseudonymizer {

    /** Replacement name and ID for a patient known by {@code patientId} and {@code patientName} (either may be empty). */
    Pseudonym pseudonymFor(String patientId, String patientName);

    record Pseudonym(String name, String id) { }
}
