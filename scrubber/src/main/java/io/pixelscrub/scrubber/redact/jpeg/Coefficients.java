package io.pixelscrub.scrubber.redact.jpeg;

import java.util.Arrays;

/** The quantized DCT coefficients of a frame, 64 per 8x8 block in zigzag order, per component on its whole-MCU grid. */
final class Coefficients {
    private final short[][] blocks;
    private final int[] perLine;
    private final int[] rows;

    Coefficients(FrameHeader frame) {
        int n = frame.components().size();
        blocks = new short[n][];
        perLine = new int[n];
        rows = new int[n];
        for (int c = 0; c < n; c++) {
            perLine[c] = frame.storedBlocksPerLine(c);
            rows[c] = frame.storedBlockRows(c);
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
