package io.pixelscrub.scrubber.header;

import java.util.Objects;

/**
 * What the header step needs to know about the rest of the run.
 *
 * @param pixelsCleaned whether burned-in text was removed from the pixels (Clean Pixel Data Option);
 *                      only then is BurnedInAnnotation set to NO
 * @param uidMapper     the run's UID mapping, shared by all files so references stay consistent
 * @param pseudonymizer replacement Patient's Name / Patient ID
 */
public record DeidentificationContext(boolean pixelsCleaned, UidMapper uidMapper, PatientPseudonymizer pseudonymizer) {

    public DeidentificationContext {
        Objects.requireNonNull(uidMapper, "uidMapper");
        Objects.requireNonNull(pseudonymizer, "pseudonymizer");
    }
}
