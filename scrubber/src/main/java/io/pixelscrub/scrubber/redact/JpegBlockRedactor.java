package io.pixelscrub.scrubber.redact;

import io.pixelscrub.models.Box;
import io.pixelscrub.scrubber.dicom.InvalidDicomException;
import io.pixelscrub.scrubber.redact.jpeg.BaselineBlockRedaction;
import io.pixelscrub.scrubber.redact.jpeg.CorruptJpegException;
import io.pixelscrub.scrubber.redact.jpeg.UnsupportedJpegException;
import java.util.List;

/**
 * Redacts a baseline JPEG frame without recompressing it (Clunie and Gebow 2015): only the MCUs touching a box are
 * rewritten, flat black (white for MONOCHROME1); every other block keeps its coefficients. Failures keep their cause apart: a stream that breaks
 * the JPEG rules is {@link CorruptJpegException} (the caller cross-checks that claim), a valid one we cannot rewrite is
 * "not supported", and anything else is our own defect, never blamed on the file.
 */
public final class JpegBlockRedactor {

    private JpegBlockRedactor() {
    }

    /** @param monochrome1 the image is MONOCHROME1, so black is the highest value */
    public static byte[] redact(byte[] jpeg, List<Box> boxes, boolean monochrome1)
            throws CorruptJpegException, InvalidDicomException {
        try {
            return BaselineBlockRedaction.apply(jpeg, boxes, monochrome1);
        } catch (UnsupportedJpegException e) {
            throw new InvalidDicomException("JPEG stream not supported by block redaction (" + e.getMessage() + ")", e);
        } catch (RuntimeException e) {
            throw new InvalidDicomException("internal error in JPEG block redaction (" + e.getClass().getSimpleName()
                    + "); please report", e);
        }
    }
}
