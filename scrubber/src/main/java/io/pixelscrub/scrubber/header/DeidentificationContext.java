package io.pixelscrub.scrubber.header;

import io.pixelscrub.detector.Finding;

import java.util.List;
import java.util.Objects;

/**
 * What the header step needs to know about the rest of the run and about this file's pixels.
 *
 * @param pixelsCleaned whether burned-in text was removed from the pixels (Clean Pixel Data Option);
 *                      only then is BurnedInAnnotation set to NO
 * @param redacted      the regions redacted from the pixels; Clean Graphics clears overlay bits there too
 * @param uidMapper     the run's UID mapping, shared by all files so references stay consistent
 * @param patients      replacement Patient's Name / Patient ID and the patient's date offset
 */
public record DeidentificationContext(boolean pixelsCleaned, List<Finding> redacted, UidMapper uidMapper,
                                      PatientMapper patients) {

    public DeidentificationContext {
        redacted = List.copyOf(redacted);
        Objects.requireNonNull(uidMapper, "uidMapper");
        Objects.requireNonNull(patients, "patients");
    }

    public DeidentificationContext(boolean pixelsCleaned, UidMapper uidMapper, PatientMapper patients) {
        this(pixelsCleaned, List.of(), uidMapper, patients);
    }
}
