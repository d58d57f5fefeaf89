package io.pixelscrub.detector.image;

import java.util.List;
import java.util.Optional;

/**
 * What the header says about showing a frame: modality rescale, VOI windows or LUT, and the palette.
 * Any of them may be absent; renderers then fall back to the data itself (percentile stretch).
 */
public record DisplayHints(double rescaleSlope, double rescaleIntercept, List<Window> windows, Optional<Lut> voiLut,
                           Optional<Palette> palette) {

    public static final DisplayHints NONE = new DisplayHints(1, 0, List.of(), Optional.empty(), Optional.empty());

    public DisplayHints {
        windows = List.copyOf(windows);
    }

    /** A VOI window in rescaled (modality) units. */
    public record Window(double center, double width) { }

    /**
     * A lookup table: {@code firstMapped} is the first input value, {@code entries} the output values,
     * {@code bits} the bits of each output value.
     */
    public record Lut(int firstMapped, int bits, int[] entries) { }

    /** A palette colour LUT, already expanded from segmented form, with 8-bit entries per channel. */
    public record Palette(int firstMapped, int[] red, int[] green, int[] blue) { }
}
