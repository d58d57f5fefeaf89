package io.pixelscrub.scrubber.pipeline;

import com.pixelmed.dicom.AttributeList;
import io.pixelscrub.scrubber.dicom.InvalidDicomException;

/** De-identifies a header in place once the pixel outcome is known (BurnedInAnnotation depends on it). */
@FunctionalInterface
public interface HeaderProcessor {

    void apply(AttributeList header, boolean pixelsCleaned) throws InvalidDicomException;
}
