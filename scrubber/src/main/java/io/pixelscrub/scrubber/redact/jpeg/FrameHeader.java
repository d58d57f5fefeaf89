package io.pixelscrub.scrubber.redact.jpeg;

import java.util.ArrayList;
import java.util.List;

/**
 * A baseline or extended sequential 8-bit frame header (SOF0/SOF1, ISO 10918-1 B.2.2) and the block geometry it
 * implies (A.2): component sizes, the MCU grid, and how many 8x8 blocks each component has.
 */
record FrameHeader(int marker, int lines, int samplesPerLine, List<Component> components) {

    /** One component: identifier, sampling factors, quantization table selector. */
    record Component(int id, int h, int v, int quantTable) {
    }

    static FrameHeader parse(int marker, byte[] p) throws CorruptJpegException, UnsupportedJpegException {
        if (p.length < 6) {
            throw new CorruptJpegException("frame header too short");
        }
        int precision = p[0] & 0xFF;
        int lines = u16(p, 1);
        int samples = u16(p, 3);
        int n = p[5] & 0xFF;
        if (precision != 8) {
            throw new UnsupportedJpegException(precision + "-bit samples");
        }
        if (lines == 0) {
            // The height would follow in a DNL marker after the first scan; IJG libjpeg does not support that either.
            throw new UnsupportedJpegException("image height given by a DNL marker");
        }
        if (samples == 0 || n < 1 || n > 4 || p.length != 6 + 3 * n) {
            throw new CorruptJpegException("invalid frame header");
        }
        List<Component> cs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int id = p[6 + 3 * i] & 0xFF;
            int hv = p[7 + 3 * i] & 0xFF;
            int tq = p[8 + 3 * i] & 0xFF;
            int h = hv >> 4;
            int v = hv & 0x0F;
            if (h < 1 || h > 4 || v < 1 || v > 4 || tq > 3) {
                throw new CorruptJpegException("invalid sampling factors or quantization table in the frame header");
            }
            for (Component c : cs) {
                if (c.id() == id) {
                    throw new CorruptJpegException("duplicate component identifier in the frame header");
                }
            }
            cs.add(new Component(id, h, v, tq));
        }
        return new FrameHeader(marker, lines, samples, List.copyOf(cs));
    }

    static int u16(byte[] b, int at) {
        return ((b[at] & 0xFF) << 8) | (b[at + 1] & 0xFF);
    }

    int hMax() {
        return components.stream().mapToInt(Component::h).max().orElse(1);
    }

    int vMax() {
        return components.stream().mapToInt(Component::v).max().orElse(1);
    }

    /** With one component the MCU is one block whatever its sampling factors say (A.2.2). */
    int mcuWidth() {
        return components.size() == 1 ? 8 : 8 * hMax();
    }

    int mcuHeight() {
        return components.size() == 1 ? 8 : 8 * vMax();
    }

    int mcusPerLine() {
        return ceilDiv(samplesPerLine, mcuWidth());
    }

    int mcuRows() {
        return ceilDiv(lines, mcuHeight());
    }

    /** Blocks per line stored for component c: whole MCUs, as an interleaved scan codes them (padding included). */
    int storedBlocksPerLine(int c) {
        return components.size() == 1 ? mcusPerLine() : mcusPerLine() * components.get(c).h();
    }

    int storedBlockRows(int c) {
        return components.size() == 1 ? mcuRows() : mcuRows() * components.get(c).v();
    }

    /** Blocks per line a non-interleaved scan of component c codes: its own size rounded up to 8 (A.2.3). */
    int codedBlocksPerLine(int c) {
        return ceilDiv(samplesPerLine * components.get(c).h(), 8 * hMax());
    }

    int codedBlockRows(int c) {
        return ceilDiv(lines * components.get(c).v(), 8 * vMax());
    }

    int indexOf(int componentId) {
        for (int i = 0; i < components.size(); i++) {
            if (components.get(i).id() == componentId) {
                return i;
            }
        }
        return -1;
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }
}
