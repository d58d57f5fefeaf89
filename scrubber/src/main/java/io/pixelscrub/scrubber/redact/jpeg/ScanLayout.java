package io.pixelscrub.scrubber.redact.jpeg;

import java.util.ArrayList;
import java.util.List;

/**
 * The order in which a scan codes blocks (ISO 10918-1 A.2): an interleaved scan walks the MCU grid, each MCU holding
 * H x V blocks of every component in turn; a single-component scan walks that component's own blocks line by line.
 */
final class ScanLayout {
    private final int mcuCount;
    private final int mcusPerLine;
    private final int[] scanComponent;   // per block of an MCU
    private final int[] dx;
    private final int[] dy;
    private final int[] h;
    private final int[] v;

    ScanLayout(FrameHeader frame, ScanHeader scan) {
        List<int[]> entries = new ArrayList<>();
        List<ScanHeader.ScanComponent> cs = scan.components();
        if (scan.interleaved()) {
            for (int i = 0; i < cs.size(); i++) {
                FrameHeader.Component fc = frame.components().get(cs.get(i).frameIndex());
                for (int y = 0; y < fc.v(); y++) {
                    for (int x = 0; x < fc.h(); x++) {
                        entries.add(new int[] {i, x, y, fc.h(), fc.v()});
                    }
                }
            }
            mcusPerLine = frame.mcusPerLine();
            mcuCount = mcusPerLine * frame.mcuRows();
        } else {
            int c = cs.get(0).frameIndex();
            entries.add(new int[] {0, 0, 0, 1, 1});
            mcusPerLine = frame.codedBlocksPerLine(c);
            mcuCount = mcusPerLine * frame.codedBlockRows(c);
        }
        int n = entries.size();
        scanComponent = new int[n];
        dx = new int[n];
        dy = new int[n];
        h = new int[n];
        v = new int[n];
        for (int i = 0; i < n; i++) {
            int[] e = entries.get(i);
            scanComponent[i] = e[0];
            dx[i] = e[1];
            dy[i] = e[2];
            h[i] = e[3];
            v[i] = e[4];
        }
    }

    int mcuCount() {
        return mcuCount;
    }

    int blocksPerMcu() {
        return scanComponent.length;
    }

    /** Index into the scan header's component list of the e-th block of an MCU. */
    int scanComponent(int e) {
        return scanComponent[e];
    }

    int blockX(int mcu, int e) {
        return (mcu % mcusPerLine) * h[e] + dx[e];
    }

    int blockY(int mcu, int e) {
        return (mcu / mcusPerLine) * v[e] + dy[e];
    }
}
