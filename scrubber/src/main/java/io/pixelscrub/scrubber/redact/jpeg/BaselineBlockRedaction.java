package io.pixelscrub.scrubber.redact.jpeg;

import io.pixelscrub.models.Box;
import java.util.List;

/**
 * Block-level redaction of one sequential 8-bit JPEG stream (Clunie and Gebow 2015), without recompression: decode the
 * Huffman data to coefficients, flatten the MCUs touching a box, re-code. Blocks not flattened keep their coefficients,
 * so they decode exactly as before. The output is decoded again and compared before it is returned, so a fault of ours
 * can never leave a broken or altered stream behind.
 */
public final class BaselineBlockRedaction {

    private BaselineBlockRedaction() {
    }

    /**
     * @param monochrome1 fill white instead of black (a one-component MONOCHROME1 image)
     * @return the redacted stream; the input itself when no box touches the image
     * @throws IllegalStateException when our own output fails the check (a defect here, never the input's fault)
     */
    public static byte[] apply(byte[] jpeg, List<Box> boxes, boolean monochrome1)
            throws CorruptJpegException, UnsupportedJpegException {
        ParsedJpeg parsed = JpegParser.parse(jpeg);
        if (BlockFlattener.flatten(parsed, boxes, monochrome1) == 0) {
            return jpeg;
        }
        byte[] out = JpegWriter.write(parsed);
        verify(out, parsed);
        return out;
    }

    private static void verify(byte[] out, ParsedJpeg intended) {
        ParsedJpeg again;
        try {
            again = JpegParser.parse(out);
        } catch (CorruptJpegException | UnsupportedJpegException e) {
            throw new IllegalStateException("re-coded stream does not parse: " + e.getMessage(), e);
        }
        if (!again.frame().equals(intended.frame()) || !again.coefficients().sameAs(intended.coefficients())) {
            throw new IllegalStateException("re-coded stream does not decode to the redacted coefficients");
        }
    }
}
