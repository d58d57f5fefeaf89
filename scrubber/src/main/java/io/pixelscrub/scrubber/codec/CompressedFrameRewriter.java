package io.pixelscrub.scrubber.codec;

import io.pixelscrub.models.Box;
import io.pixelscrub.scrubber.dicom.InvalidDicomException;
import io.pixelscrub.scrubber.redact.jpeg.CorruptJpegException;
import java.util.List;

/**
 * Blacks out regions of one compressed frame without decoding it whole, the alternative to a {@link FrameSource} and
 * {@link FrameEncoder} pair for a syntax where re-encoding would lose quality again: baseline JPEG, rewritten block by
 * block with every untouched block bit-exact. {@link Codecs#rewriter} says which syntaxes have one.
 */
@FunctionalInterface
public interface CompressedFrameRewriter {

    /** The frame with {@code boxes} black; the frame itself when there are none. */
    byte[] rewrite(byte[] frame, List<Box> boxes) throws CorruptJpegException, InvalidDicomException;
}
