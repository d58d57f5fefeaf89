package io.pixelscrub.scrubber.thumbnail;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** SHA-256 of a file's Patient ID and Patient's Name, held in memory only: the report keys it ({@link ReportKeys}). */
public final class PatientDigest {
    private PatientDigest() {
    }

    public static byte[] of(String patientId, String patientName) {
        try {
            return MessageDigest.getInstance("SHA-256").digest((patientId.trim() + "\u0000" + patientName.trim())
                    .getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
