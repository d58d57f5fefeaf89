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
        if (!hasUnusedBits() || module.bitsAllocated() != 16) {
            return Optional.empty();   // 8-bit images with fewer stored bits are too rare to be worth a scan
        }
        int samplesPerRow = module.columns() * module.samplesPerPixel();
        int minX = Integer.MAX_VALUE;
        int minY = Integer.MAX_VALUE;
        int maxX = -1;
        int maxY = -1;
        boolean planar = module.planarConfiguration() == 1 && module.samplesPerPixel() > 1;
        int samples = Math.min(frame.length / 2, samplesPerRow * module.rows());
        int planeSize = module.rows() * module.columns();
        for (int i = 0; i < samples; i++) {
            int v = (frame[2 * i] & 0xFF) | (frame[2 * i + 1] & 0xFF) << 8;
            if (hasOutsideBits(v)) {
                int pixel = planar ? i % planeSize : i / module.samplesPerPixel();
                int x = pixel % module.columns();
                int y = pixel / module.columns();
                minX = Math.min(minX, x);
                minY = Math.min(minY, y);
                maxX = Math.max(maxX, x);
                maxY = Math.max(maxY, y);
            }
        }
        return maxX < 0 ? Optional.empty() : Optional.of(Box.fromCorners(minX, minY, maxX + 1, maxY + 1));
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
