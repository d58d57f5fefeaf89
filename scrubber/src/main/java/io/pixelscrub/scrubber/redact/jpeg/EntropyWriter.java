package io.pixelscrub.scrubber.redact.jpeg;

import java.io.ByteArrayOutputStream;

/** Writes entropy-coded bits: a 0x00 is stuffed after every 0xFF byte; padding to a byte boundary uses 1-bits (F.1.2.3). */
final class EntropyWriter {
    private final ByteArrayOutputStream out;
    private int acc;
    private int count;   // bits waiting in acc, always < 8 between calls

    EntropyWriter(ByteArrayOutputStream out) {
        this.out = out;
    }

    /** The low {@code n} bits of {@code value}, most significant first; n is at most 16. */
    void bits(int value, int n) {
        if (n == 0) {
            return;
        }
        acc = (acc << n) | (value & ((1 << n) - 1));
        count += n;
        while (count >= 8) {
            int b = (acc >> (count - 8)) & 0xFF;
            out.write(b);
            if (b == 0xFF) {
                out.write(0);
            }
            count -= 8;
        }
        acc &= (1 << count) - 1;
    }

    /** Pads the last byte with 1-bits, as every JPEG encoder does before a marker. */
    void flush() {
        if (count > 0) {
            bits((1 << (8 - count)) - 1, 8 - count);
        }
    }

    void restartMarker(int n) {
        flush();
        out.write(0xFF);
        out.write(Markers.RST0 + (n & 7));
    }
}
