package io.pixelscrub.scrubber.codec;

import io.pixelscrub.scrubber.dicom.InvalidDicomException;
import java.io.IOException;

/** Changes one decoded frame in place (e.g. redaction); frames are streamed through it one at a time. */
@FunctionalInterface
public interface FrameTransform {
    void apply(int frameIndex, byte[] frame) throws IOException, InvalidDicomException;
}
