package io.pixelscrub.scrubber.analysis;

import io.pixelscrub.models.Box;
import io.pixelscrub.scrubber.dicom.PixelModule;
import java.util.Optional;

/**
 * The bits of each sample that hold the image (BitsStored ending at HighBit), and what lies outside them.
 * Old devices put overlays in the unused high bits (XA, OT); a viewer that honours those overlay groups shows that
 * text, so bits outside the stored range are found, reported and cleared.
 */
public final class StoredBits {
    private final PixelModule module;
    private final int mask;
    private final int signBit;

    public StoredBits(PixelModule module) {
        this.module = module;
        int low = module.highBit() - module.bitsStored() + 1;
        int all = module.bitsAllocated() == 16 ? 0xFFFF : 0xFF;
        this.mask = ((1 << module.bitsStored()) - 1) << Math.max(0, low) & all;
        // Signed samples may carry their sign extension in the high bits: that is not an overlay.
        this.signBit = module.pixelRepresentation() == 1 && low == 0 ? 1 << module.highBit() : 0;
    }

    /** What the bits outside the stored range should hold: zero, or the sign extension of a negative value. */
    private int expectedOutside(int v) {
        return signBit != 0 && (v & signBit) != 0 ? ~mask & 0xFFFF : 0;
    }

    /** Whether some bits of a sample lie outside the stored range at all. */
    public boolean hasUnusedBits() {
        return mask != (module.bitsAllocated() == 16 ? 0xFFFF : 0xFF);
    }

    /** The mask of the stored bits within a sample. */
    public int mask() { return mask; }

    /** The box around every pixel with a bit set outside the stored range, if any (frame in native little-endian layout). */
    public Optional<Box> outsideBitsBox(byte[] frame) {
        int[] bounds = {Integer.MAX_VALUE, Integer.MAX_VALUE, -1, -1};
        forEachPixelWithOutsideBits(frame, (x, y) -> {
            bounds[0] = Math.min(bounds[0], x);
            bounds[1] = Math.min(bounds[1], y);
            bounds[2] = Math.max(bounds[2], x);
            bounds[3] = Math.max(bounds[3], y);
        });
        return bounds[2] < 0 ? Optional.empty() : Optional.of(Box.fromCorners(bounds[0], bounds[1], bounds[2] + 1, bounds[3] + 1));
    }

    /** Calls {@code pixel} with (x, y) for every sample with bits set outside the stored range (16-bit frames only). */
    public void forEachPixelWithOutsideBits(byte[] frame, java.util.function.BiConsumer<Integer, Integer> pixel) {
        if (!hasUnusedBits() || module.bitsAllocated() != 16) {
            return;   // 8-bit images with fewer stored bits are too rare to be worth a scan
        }
        boolean planar = module.planarConfiguration() == 1 && module.samplesPerPixel() > 1;
        int planeSize = module.rows() * module.columns();
        int samples = Math.min(frame.length / 2, planeSize * module.samplesPerPixel());
        for (int i = 0; i < samples; i++) {
            int v = (frame[2 * i] & 0xFF) | (frame[2 * i + 1] & 0xFF) << 8;
            if (hasOutsideBits(v)) {
                int p = planar ? i % planeSize : i / module.samplesPerPixel();
                pixel.accept(p % module.columns(), p / module.columns());
            }
        }
    }

    /** Whether a 16-bit sample has bits set outside the stored range (beyond a sign extension). */
    public boolean hasOutsideBits(int v) {
        return (v & ~mask & 0xFFFF) != expectedOutside(v);
    }

    /** Clears bits outside the stored range (keeping a sign extension), in place. Returns whether anything changed. */
    public boolean clearOutside(byte[] frame) {
        if (!hasUnusedBits() || module.bitsAllocated() != 16) {
            return false;
        }
        boolean changed = false;
        for (int i = 0; i + 1 < frame.length; i += 2) {
            int v = (frame[i] & 0xFF) | (frame[i + 1] & 0xFF) << 8;
            int clean = v & mask | expectedOutside(v);
            if (clean != v) {
                frame[i] = (byte) clean;
                frame[i + 1] = (byte) (clean >> 8);
                changed = true;
            }
        }
        return changed;
    }
}
