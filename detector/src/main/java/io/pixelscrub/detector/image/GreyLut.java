package io.pixelscrub.detector.image;

import java.util.function.DoubleUnaryOperator;

/**
 * A display mapping of grey data as a table from stored value to 8-bit grey: every mapping (window, VOI LUT,
 * stretch, inversion) is a function of the stored value alone, so one table lookup per pixel renders a frame.
 */
final class GreyLut {

    private final int minPossible;
    private final byte[] table;

    private GreyLut(int minPossible, byte[] table) {
        this.minPossible = minPossible;
        this.table = table;
    }

    /** Tabulates {@code display}, a function from stored value to 0..255 (rounded and clamped). */
    static GreyLut of(StoredValueHistogram histogram, DoubleUnaryOperator display) {
        byte[] table = new byte[histogram.size()];
        for (int i = 0; i < table.length; i++) {
            long v = Math.round(display.applyAsDouble(i + histogram.minPossible()));
            table[i] = (byte) Math.max(0, Math.min(255, v));
        }
        return new GreyLut(histogram.minPossible(), table);
    }

    /** Stored values lo..hi stretched linearly to 0..255, clamped outside. */
    static GreyLut linear(StoredValueHistogram histogram, int lo, int hi) {
        double span = Math.max(1, hi - lo);
        return of(histogram, v -> (v - lo) * 255.0 / span);
    }

    /** The display value of a stored value. */
    int displayOf(int stored) {
        return table[stored - minPossible] & 0xFF;
    }

    /** The display value of a stored value given by its offset from the smallest possible (a histogram's index). */
    int displayAtOffset(int offset) {
        return table[offset] & 0xFF;
    }

    /** The same mapping with black and white swapped (MONOCHROME1). */
    GreyLut inverted() {
        byte[] flipped = new byte[table.length];
        for (int i = 0; i < table.length; i++) {
            flipped[i] = (byte) (255 - (table[i] & 0xFF));
        }
        return new GreyLut(minPossible, flipped);
    }

    /** Renders a grey frame through this table. */
    DisplayImage apply(RawFrame frame, String mapping) {
        int pixels = frame.width() * frame.height();
        int bits = frame.bitsStored();
        int mask = (1 << bits) - 1;
        // Two's complement to offset order: index = value - minPossible = raw XOR the sign bit.
        int signFlip = frame.signed() ? 1 << (bits - 1) : 0;
        byte[] data = frame.data();
        byte[] out = new byte[pixels];
        if (frame.bitsAllocated() == 8) {
            for (int i = 0; i < pixels; i++) {
                out[i] = table[((data[i] & 0xFF) & mask) ^ signFlip];
            }
        } else {
            for (int i = 0; i < pixels; i++) {
                int raw = (data[2 * i] & 0xFF) | (data[2 * i + 1] & 0xFF) << 8;
                out[i] = table[(raw & mask) ^ signFlip];
            }
        }
        return new DisplayImage(frame.width(), frame.height(), 1, out, mapping);
    }
}
