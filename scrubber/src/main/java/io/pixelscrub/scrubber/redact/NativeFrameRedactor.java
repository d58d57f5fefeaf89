package io.pixelscrub.scrubber.redact;

import io.pixelscrub.models.Box;
import io.pixelscrub.scrubber.dicom.PixelModule;
import java.util.List;

/**
 * Fills boxes of one frame held in the native little-endian layout. Every sample word is overwritten whole,
 * so overlay bits hidden above BitsStored are cleared inside the boxes too.
 */
public final class NativeFrameRedactor {
    private final PixelModule module;
    private final int[] fill;

    public NativeFrameRedactor(PixelModule module, int[] fill) {
        this.module = module;
        this.fill = fill.clone();
    }

    /** Boxes as they will actually be filled: clipped, and widened to whole chroma pairs for YBR_FULL_422. */
    public Box effectiveBox(Box box) {
        Box b = box.clip(module.columns(), module.rows());
        if (module.isSubsampled422() && !b.isEmpty()) {
            int x0 = b.x() & ~1;
            int x1 = Math.min(module.columns(), (b.right() + 1) & ~1);
            b = new Box(x0, b.y(), x1 - x0, b.height());
        }
        return b;
    }

    public void redact(byte[] frame, List<Box> boxes) {
        for (Box box : boxes) {
            Box b = effectiveBox(box);
            if (b.isEmpty()) {
                continue;
            }
            for (int y = b.y(); y < b.bottom(); y++) {
                for (int x = b.x(); x < b.right(); x++) {
                    fillPixel(frame, x, y);
                }
            }
        }
    }

    private void fillPixel(byte[] f, int x, int y) {
        int cols = module.columns();
        int rows = module.rows();
        if (module.isSubsampled422()) {
            // Each pair of pixels is stored as Y0 Y1 Cb Cr.
            int pair = (y * cols + (x & ~1)) * 2;
            put(f, pair + (x & 1), fill[0]);
            put(f, pair + 2, fill[1]);
            put(f, pair + 3, fill[2]);
            return;
        }
        int spp = module.samplesPerPixel();
        int pixel = y * cols + x;
        for (int s = 0; s < spp; s++) {
            int index = module.planarConfiguration() == 1 ? s * rows * cols + pixel : pixel * spp + s;
            put(f, index, fill[s]);
        }
    }

    private void put(byte[] f, int sampleIndex, int value) {
        if (module.bitsAllocated() == 16) {
            f[2 * sampleIndex] = (byte) value;
            f[2 * sampleIndex + 1] = (byte) (value >> 8);
        } else {
            f[sampleIndex] = (byte) value;
        }
    }
}
