package io.pixelscrub.scrubber.redact.jpeg;

import java.util.Arrays;

/** The quantized DCT coefficients of a frame, 64 per 8x8 block in zigzag order, per component on its whole-MCU grid. */
final class Coefficients {
    private final short[][] blocks;
    private final int[] perLine;
    private final int[] rows;

    /** The most coefficients one component may hold: a Java array's limit (65535 x 65535 samples would need 4.3 G). */
    static final long MAX_PER_COMPONENT = Integer.MAX_VALUE - 64;

    /**
     * @throws UnsupportedJpegException when a component holds more coefficients than an array can: a 65535 x 65535
     *     frame header (found by JpegBlockRedactionFuzzTest: NegativeArraySizeException). In a scrub the pixel limits
     *     refuse such an image long before, from the DICOM header it must agree with.
     */
    Coefficients(FrameHeader frame) throws UnsupportedJpegException {
        int n = frame.components().size();
        blocks = new short[n][];
        perLine = new int[n];
        rows = new int[n];
        for (int c = 0; c < n; c++) {
            perLine[c] = frame.storedBlocksPerLine(c);
            rows[c] = frame.storedBlockRows(c);
            long size = (long) perLine[c] * rows[c] * 64;
            if (size > MAX_PER_COMPONENT) {
                throw new UnsupportedJpegException("frame too large for block-level redaction (" + frame.samplesPerLine()
                        + "x" + frame.lines() + ")");
            }
        }
        // A frame header may claim far more samples than the DICOM header it must agree with (65025 x 63543 in a
        // 640x480 file, found by JpegBlockRedactionFuzzTest: OutOfMemoryError): refuse what would take over half the heap.
        long bytes = 0;
        for (int c = 0; c < n; c++) {
            bytes += 2L * perLine[c] * rows[c] * 64;
        }
        if (bytes > Runtime.getRuntime().maxMemory() / 2) {
            throw new UnsupportedJpegException("frame too large for block-level redaction (" + frame.samplesPerLine()
                    + "x" + frame.lines() + ", " + n + " components)");
        }
        for (int c = 0; c < n; c++) {
            blocks[c] = new short[perLine[c] * rows[c] * 64];
        }
    }

    short[] component(int c) {
        return blocks[c];
    }

    int offset(int c, int bx, int by) {
        return (by * perLine[c] + bx) * 64;
    }

    int blocksPerLine(int c) {
        return perLine[c];
    }

    int blockRows(int c) {
        return rows[c];
    }

    boolean sameAs(Coefficients o) {
        return Arrays.deepEquals(blocks, o.blocks);
    }
}
