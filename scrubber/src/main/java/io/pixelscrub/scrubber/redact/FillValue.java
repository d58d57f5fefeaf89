package io.pixelscrub.scrubber.redact;

import io.pixelscrub.scrubber.dicom.PixelModule;

/**
 * Black in the image's own terms, per sample: the lowest stored value for MONOCHROME2, the highest for MONOCHROME1,
 * zero for RGB, Y=0 with neutral chroma for YBR, and the darkest palette entry for PALETTE COLOR.
 */
public final class FillValue {

    private FillValue() {
    }

    /**
     * @param paletteIndex the darkest entry of the palette, used only for PALETTE COLOR
     * @return one stored value per sample of a pixel (3 for colour), as the raw bit pattern to write
     */
    public static int[] of(PixelModule m, int paletteIndex) {
        int bits = m.bitsStored();
        boolean signed = m.pixelRepresentation() == 1;
        int min = signed ? -(1 << (bits - 1)) : 0;
        int max = signed ? (1 << (bits - 1)) - 1 : (1 << bits) - 1;
        int mask = m.bitsAllocated() == 16 ? 0xFFFF : 0xFF;
        String pi = m.photometric();
        if (pi.equals("MONOCHROME1")) {
            return new int[] {max & mask};
        }
        if (pi.equals("MONOCHROME2")) {
            return new int[] {min & mask};
        }
        if (pi.equals("PALETTE COLOR")) {
            return new int[] {paletteIndex & mask};
        }
        if (pi.startsWith("YBR")) {
            int neutral = 1 << (bits - 1);
            return new int[] {0, neutral, neutral};
        }
        return new int[] {0, 0, 0};
    }
}
