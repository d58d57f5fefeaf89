package io.pixelscrub.testdata.synthetic.pixels;

/**
 * The 256-entry palette of PALETTE COLOR cases: entries 0..{@value #IMAGE_ENTRIES}-1 are a warm ramp for
 * the picture (ultrasound-like), the entries after them hold the {@link SceneColour}s for text and boxes.
 */
public final class Palette {
    public static final int SIZE = 256;
    public static final int IMAGE_ENTRIES = 240;

    private Palette() {
    }

    public static int indexOf(SceneColour colour) {
        return IMAGE_ENTRIES + colour.ordinal();
    }

    /** Entry {@code i} as packed 8-bit RGB. */
    public static int rgb(int i) {
        if (i >= IMAGE_ENTRIES) {
            int c = i - IMAGE_ENTRIES;
            SceneColour[] colours = SceneColour.values();
            return c < colours.length ? colours[c].packedRgb() : 0;
        }
        double t = i / (double) (IMAGE_ENTRIES - 1);
        int r = (int) Math.round(255 * Math.min(1, t * 1.25));
        int g = (int) Math.round(255 * t);
        int b = (int) Math.round(255 * Math.pow(t, 1.6) * 0.85);
        return r << 16 | g << 8 | b;
    }

    /** One channel (16 = red, 8 = green, 0 = blue) as 16-bit LUT data, the form DICOM palettes usually take. */
    public static short[] lut16(int shift) {
        short[] lut = new short[SIZE];
        for (int i = 0; i < SIZE; i++) {
            lut[i] = (short) (((rgb(i) >> shift) & 0xFF) * 257);
        }
        return lut;
    }
}
