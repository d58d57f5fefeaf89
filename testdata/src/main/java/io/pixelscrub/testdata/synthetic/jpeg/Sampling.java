package io.pixelscrub.testdata.synthetic.jpeg;

import java.util.List;

/** Component layout of a JPEG Baseline test image: grey, or YCbCr with the luma sampling factors over chroma. */
public enum Sampling {
    GREY(1, 1),
    YCBCR_444(1, 1),
    YCBCR_422(2, 1),
    YCBCR_420(2, 2);

    /** Luma sampling factors; chroma is always 1x1. */
    public final int h;
    public final int v;

    Sampling(int h, int v) {
        this.h = h;
        this.v = v;
    }

    public boolean isColour() {
        return this != GREY;
    }

    /** MCU size in pixels: one 8x8 block for grey, 8H x 8V for colour. */
    public int mcuWidth() {
        return 8 * h;
    }

    public int mcuHeight() {
        return 8 * v;
    }

    /**
     * dcmcjpeg's option for this layout. dcmtk calls 2x2 subsampling "4:1:1"; {@code +np} labels it YBR_FULL_422, the
     * photometric interpretation PS3.5 8.2.1 asks for any subsampled JPEG colour.
     */
    List<String> dcmcjpegOptions() {
        return switch (this) {
            case GREY -> List.of("+sr");
            case YCBCR_444 -> List.of("+s4");
            case YCBCR_422 -> List.of("+s2");
            case YCBCR_420 -> List.of("+np");
        };
    }
}
