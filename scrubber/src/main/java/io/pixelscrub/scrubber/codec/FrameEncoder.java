package io.pixelscrub.scrubber.codec;

import io.pixelscrub.scrubber.dicom.InvalidDicomException;
import java.io.IOException;

/**
 * Encodes decoded frames, each changed by {@code transform} on the way (redaction), into output pixel data: the
 * counterpart of {@link FrameSource}. {@link Codecs#encoder} chooses one per transfer syntax family.
 */
@FunctionalInterface
public interface FrameEncoder {
    EncodedPixels encode(FrameSource frames, FrameTransform transform) throws IOException, InvalidDicomException;
}
