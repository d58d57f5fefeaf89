package io.pixelscrub.scrubber.codec;

import io.pixelscrub.scrubber.dicom.InvalidDicomException;
import io.pixelscrub.scrubber.dicom.PixelModule;

/**
 * Decodes one frame's codestream to the native little-endian, colour-by-pixel layout of {@code module}. A codestream
 * that does not match the module (size, components, bit depth) or does not decode is refused with
 * {@link InvalidDicomException}, the file's quarantine reason.
 */
@FunctionalInterface
interface FrameDecompressor {
    byte[] decompress(byte[] codestream, PixelModule module) throws InvalidDicomException;
}
