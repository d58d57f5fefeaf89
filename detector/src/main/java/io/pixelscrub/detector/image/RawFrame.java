package io.pixelscrub.detector.image;

import java.util.Objects;

/**
 * One decoded frame as stored sample values, before any display mapping.
 * Samples are interleaved (pixel by pixel), not subsampled, little-endian when 16 bits are allocated, row-major.
 * {@code photometric} is one of MONOCHROME1, MONOCHROME2, PALETTE COLOR, RGB, YBR_FULL (4:2:2 and planar data are
 * normalised to these by the caller). Bits above {@code bitsStored} are already masked off: overlays hidden in
 * high bits are read separately.
 */
public record RawFrame(int width, int height, int samplesPerPixel, int bitsAllocated, int bitsStored, boolean signed,
                       String photometric, byte[] data, DisplayHints hints) {

    public RawFrame {
        Objects.requireNonNull(photometric, "photometric");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(hints, "hints");
        long expected = (long) width * height * samplesPerPixel * (bitsAllocated / 8);
        if (data.length < expected) {
            throw new IllegalArgumentException("frame data holds " + data.length + " bytes, " + expected + " expected");
        }
    }

    public boolean isColour() { return samplesPerPixel == 3 || "PALETTE COLOR".equals(photometric); }

    /** The stored value of one sample (sign-extended when signed). */
    public int sample(int x, int y, int channel) {
        int index = (y * width + x) * samplesPerPixel + channel;
        if (bitsAllocated == 8) {
            int v = data[index] & 0xFF;
            return signed ? (v << (32 - bitsStored)) >> (32 - bitsStored) : v;
        }
        int v = (data[2 * index] & 0xFF) | (data[2 * index + 1] & 0xFF) << 8;
        return signed ? (v << (32 - bitsStored)) >> (32 - bitsStored) : v;
    }
}
