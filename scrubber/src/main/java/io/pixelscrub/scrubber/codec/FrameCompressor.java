package io.pixelscrub.scrubber.codec;

import io.pixelscrub.scrubber.dicom.InvalidDicomException;
import io.pixelscrub.scrubber.dicom.PixelModule;
import java.io.IOException;

/** Compresses one frame (native little-endian layout, as {@code module} describes it) to one codestream, losslessly. */
@FunctionalInterface
interface FrameCompressor {
    byte[] compress(byte[] frame, PixelModule module) throws IOException, InvalidDicomException;
}
