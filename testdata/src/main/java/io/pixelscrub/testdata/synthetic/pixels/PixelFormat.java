package io.pixelscrub.testdata.synthetic.pixels;

/**
 * A photometric interpretation with its sample layout, and the arithmetic of drawing in it.
 *
 * <p>Drawing happens on <em>display values</em>: grey level with bright = high for grey formats, packed
 * RGB for colour formats, palette index for PALETTE COLOR. {@link #toStored} turns one into the samples the
 * file holds (inverted for MONOCHROME1, converted for YBR_FULL).
 */
public enum PixelFormat {
    MONO2_8("MONOCHROME2", 1, 8, 8),
    /** 12 bits stored in 16: text is drawn at the top of the range, above the window the header sets. */
    MONO2_16("MONOCHROME2", 1, 16, 12),
    MONO1_16("MONOCHROME1", 1, 16, 12),
    RGB("RGB", 3, 8, 8),
    YBR_FULL("YBR_FULL", 3, 8, 8),
    PALETTE_8("PALETTE COLOR", 1, 8, 8);

    public final String photometric;
    public final int samplesPerPixel;
    public final int bitsAllocated;
    public final int bitsStored;

    PixelFormat(String photometric, int samplesPerPixel, int bitsAllocated, int bitsStored) {
        this.photometric = photometric;
        this.samplesPerPixel = samplesPerPixel;
        this.bitsAllocated = bitsAllocated;
        this.bitsStored = bitsStored;
    }

    public boolean isGrey() {
        return samplesPerPixel == 1 && this != PALETTE_8;
    }

    public boolean isColour() {
        return samplesPerPixel == 3;
    }

    public int maxStored() {
        return (1 << bitsStored) - 1;
    }

    /** The brightest grey a background reaches; for 12-bit data the top ~30% is left for text. */
    public int backgroundMax() {
        if (this == PALETTE_8) {
            return Palette.IMAGE_ENTRIES - 1;
        }
        return bitsStored > 8 ? 2800 : maxStored();
    }

    /** Display value of a background pixel of luminance {@code grey} and, for colour formats, colour rgb. */
    public int background(float grey, float r, float g, float b) {
        if (isColour()) {
            return channel(r) << 16 | channel(g) << 8 | channel(b);
        }
        return Math.round(clamp01(grey) * backgroundMax());
    }

    /** Display value of a named colour; white text on 12-bit images goes to the maximum stored value. */
    public int colour(SceneColour c) {
        if (this == PALETTE_8) {
            return Palette.indexOf(c);
        }
        if (isColour()) {
            return c.packedRgb();
        }
        return c == SceneColour.WHITE ? maxStored() : (int) Math.round(c.luminance() * backgroundMax());
    }

    /** {@code bg} covered by {@code fg} with coverage {@code alpha} (0..255); palette text cannot blend. */
    public int blend(int bg, int fg, int alpha) {
        if (this == PALETTE_8) {
            return alpha >= 128 ? fg : bg;
        }
        if (isColour()) {
            int out = 0;
            for (int shift = 16; shift >= 0; shift -= 8) {
                out |= mix((bg >> shift) & 0xFF, (fg >> shift) & 0xFF, alpha) << shift;
            }
            return out;
        }
        return mix(bg, fg, alpha);
    }

    /** Writes the stored samples of one display value at {@code out[offset..]}. */
    public void toStored(int display, int[] out, int offset) {
        switch (this) {
            case MONO1_16 -> out[offset] = maxStored() - display;
            case RGB -> {
                out[offset] = (display >> 16) & 0xFF;
                out[offset + 1] = (display >> 8) & 0xFF;
                out[offset + 2] = display & 0xFF;
            }
            case YBR_FULL -> {
                // PS3.3 C.7.6.3.1.2, rounded and clamped.
                int r = (display >> 16) & 0xFF;
                int g = (display >> 8) & 0xFF;
                int b = display & 0xFF;
                out[offset] = clamp255(0.299 * r + 0.587 * g + 0.114 * b);
                out[offset + 1] = clamp255(-0.168736 * r - 0.331264 * g + 0.5 * b + 128);
                out[offset + 2] = clamp255(0.5 * r - 0.418688 * g - 0.081312 * b + 128);
            }
            default -> out[offset] = display;
        }
    }

    /** Whether two display values are stored as the same samples (YBR rounding can merge close colours). */
    public boolean sameStored(int a, int b) {
        if (a == b) {
            return true;
        }
        if (this != YBR_FULL) {
            return false;
        }
        int[] sa = new int[3];
        int[] sb = new int[3];
        toStored(a, sa, 0);
        toStored(b, sb, 0);
        return sa[0] == sb[0] && sa[1] == sb[1] && sa[2] == sb[2];
    }

    private static int mix(int bg, int fg, int alpha) {
        return bg + (int) Math.round((fg - bg) * (alpha / 255.0));
    }

    private static int channel(float v) {
        return Math.round(clamp01(v) * 255);
    }

    private static float clamp01(float v) {
        return v < 0 ? 0 : Math.min(1, v);
    }

    private static int clamp255(double v) {
        return (int) Math.max(0, Math.min(255, Math.round(v)));
    }
}
