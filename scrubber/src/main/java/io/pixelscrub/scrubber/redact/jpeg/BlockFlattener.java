package io.pixelscrub.scrubber.redact.jpeg;

import io.pixelscrub.models.Box;
import java.util.Arrays;
import java.util.List;

/**
 * Makes every MCU that touches a box flat black in the coefficient domain: all AC coefficients zero, DC set so the
 * decoded block is the fill level. Whole MCUs (every component's blocks of it) go, so subsampled chroma cannot keep a
 * trace of the box either; a one-component frame's unit is one 8x8 block.
 */
final class BlockFlattener {

    private BlockFlattener() {
    }

    /** @return how many MCUs were flattened */
    static int flatten(ParsedJpeg jpeg, List<Box> boxes, boolean monochrome1) {
        FrameHeader f = jpeg.frame();
        int unitW = f.mcuWidth();
        int unitH = f.mcuHeight();
        boolean[] touched = new boolean[f.mcusPerLine() * f.mcuRows()];
        for (Box box : boxes) {
            Box b = box.clip(f.samplesPerLine(), f.lines());
            if (b.isEmpty()) {
                continue;
            }
            for (int my = b.y() / unitH; my <= (b.bottom() - 1) / unitH; my++) {
                for (int mx = b.x() / unitW; mx <= (b.right() - 1) / unitW; mx++) {
                    touched[my * f.mcusPerLine() + mx] = true;
                }
            }
        }
        int[] dc = fillDc(jpeg, monochrome1);
        boolean single = f.components().size() == 1;
        int count = 0;
        for (int u = 0; u < touched.length; u++) {
            if (!touched[u]) {
                continue;
            }
            count++;
            int mx = u % f.mcusPerLine();
            int my = u / f.mcusPerLine();
            for (int c = 0; c < f.components().size(); c++) {
                int h = single ? 1 : f.components().get(c).h();
                int v = single ? 1 : f.components().get(c).v();
                short[] blocks = jpeg.coefficients().component(c);
                for (int y = 0; y < v; y++) {
                    for (int x = 0; x < h; x++) {
                        int bx = mx * h + x;
                        int by = my * v + y;
                        if (bx >= f.codedBlocksPerLine(c) || by >= f.codedBlockRows(c)) {
                            continue;   // MCU padding past the component's edge: never displayed, left as it was
                        }
                        int off = jpeg.coefficients().offset(c, bx, by);
                        blocks[off] = (short) dc[c];
                        Arrays.fill(blocks, off + 1, off + 64, (short) 0);
                    }
                }
            }
        }
        return count;
    }

    /**
     * Per component, the DC coefficient of a flat block at the fill level: black (0) for grey and RGB-coded samples,
     * white (255) for MONOCHROME1, neutral chroma (128) for Cb/Cr. Black and white overshoot to the clamp, so they
     * decode to exactly 0 and 255 whatever the quantizer.
     */
    private static int[] fillDc(ParsedJpeg jpeg, boolean monochrome1) {
        int n = jpeg.frame().components().size();
        int[] dc = new int[n];
        for (int c = 0; c < n; c++) {
            int level = n == 1 && monochrome1 ? 255 : jpeg.coloursYcbcr() && c > 0 ? 128 : 0;
            dc[c] = dcFor(level, jpeg.dcQuantizer()[c]);
        }
        return dc;
    }

    /** A DC-only block decodes to 128 + DC * q / 8 (then clamped to 0..255). */
    static int dcFor(int level, int q) {
        if (q <= 0 || level == 128) {
            return 0;   // q = 0 decodes every block to 128 anyway
        }
        if (level == 0) {
            return Math.floorDiv(-1024, q);
        }
        if (level == 255) {
            return -Math.floorDiv(-1016, q);
        }
        return Math.round((level - 128) * 8f / q);
    }
}
