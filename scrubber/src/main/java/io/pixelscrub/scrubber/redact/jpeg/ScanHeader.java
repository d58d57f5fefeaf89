package io.pixelscrub.scrubber.redact.jpeg;

import java.util.ArrayList;
import java.util.List;

/** A sequential scan header (SOS, ISO 10918-1 B.2.3): which components, in which order, with which Huffman tables. */
record ScanHeader(List<ScanComponent> components) {

    /** @param frameIndex index of the component in the frame header */
    record ScanComponent(int frameIndex, int dcTable, int acTable) {
    }

    static ScanHeader parse(byte[] p, FrameHeader frame) throws CorruptJpegException {
        int n = p.length > 0 ? p[0] & 0xFF : 0;
        if (n < 1 || n > 4 || p.length != 4 + 2 * n) {
            throw new CorruptJpegException("invalid scan header");
        }
        List<ScanComponent> cs = new ArrayList<>();
        int blocksPerMcu = 0;
        for (int i = 0; i < n; i++) {
            int index = frame.indexOf(p[1 + 2 * i] & 0xFF);
            int tables = p[2 + 2 * i] & 0xFF;
            if (index < 0) {
                throw new CorruptJpegException("scan names a component the frame does not have");
            }
            for (ScanComponent c : cs) {
                if (c.frameIndex() == index) {
                    throw new CorruptJpegException("scan names a component twice");
                }
            }
            if ((tables >> 4) > 3 || (tables & 0x0F) > 3) {
                throw new CorruptJpegException("invalid Huffman table selector in a scan header");
            }
            cs.add(new ScanComponent(index, tables >> 4, tables & 0x0F));
            FrameHeader.Component fc = frame.components().get(index);
            blocksPerMcu += fc.h() * fc.v();
        }
        if (n > 1 && blocksPerMcu > 10) {
            throw new CorruptJpegException("more than 10 blocks per MCU");
        }
        int ss = p[1 + 2 * n] & 0xFF;
        int se = p[2 + 2 * n] & 0xFF;
        int a = p[3 + 2 * n] & 0xFF;
        if (ss != 0 || se != 63 || a != 0) {
            // libjpeg warns "Invalid SOS parameters for sequential JPEG" and guesses; a sequential frame needs 0,63,0.
            throw new CorruptJpegException("invalid spectral selection in a sequential scan");
        }
        return new ScanHeader(List.copyOf(cs));
    }

    boolean interleaved() {
        return components.size() > 1;
    }
}
