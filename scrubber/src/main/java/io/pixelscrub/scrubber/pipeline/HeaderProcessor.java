package io.pixelscrub.scrubber.pipeline;

import com.pixelmed.dicom.AttributeList;
import io.pixelscrub.detector.Finding;
import io.pixelscrub.scrubber.dicom.InvalidDicomException;
import java.util.List;

/** De-identifies a header in place once the pixel outcome is known (BurnedInAnnotation depends on it). */
@FunctionalInterface
public interface HeaderProcessor {

    void apply(AttributeList header, boolean pixelsCleaned) throws InvalidDicomException;

    /** With the regions redacted from the pixels (Clean Graphics clears overlays there too). */
    default void apply(AttributeList header, boolean pixelsCleaned, List<Finding> redacted) throws InvalidDicomException {
        apply(header, pixelsCleaned);
    }

    /** As {@link #apply(AttributeList, boolean, List)}, returning what was done (null when this step keeps no record). */
    default HeaderOutcome deidentify(AttributeList header, boolean pixelsCleaned, List<Finding> redacted)
            throws InvalidDicomException {
        apply(header, pixelsCleaned, redacted);
        return null;
    }
}
