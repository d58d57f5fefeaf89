package io.pixelscrub.scrubber.codec;

import io.pixelscrub.scrubber.dicom.InvalidDicomException;
import io.pixelscrub.scrubber.dicom.PixelModule;
import java.io.IOException;

/**
 * Decoded frames, one at a time, in the native little-endian layout of uncompressed DICOM pixel data
 * (planar configuration and YBR_FULL_422 subsampling as {@link #module()} says).
 */
public interface FrameSource extends AutoCloseable {

    /** How the decoded samples are laid out; its photometric interpretation may differ from the file's (JPEG decodes to RGB). */
    PixelModule module();

    int frameCount();

    /** A fresh array the caller may modify. */
    byte[] frame(int index) throws IOException, InvalidDicomException;

    @Override
    default void close() throws IOException {
    }
}
