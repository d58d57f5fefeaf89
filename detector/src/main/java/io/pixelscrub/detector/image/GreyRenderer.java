package io.pixelscrub.detector.image;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Renders MONOCHROME1/2 frames: the reader's view first (VOI LUT, else window, else the stored range for 8-bit data,
 * else a percentile stretch), then one extra view when the first saturates more than text would: burned-in text
 * is usually written at (or near) the brightest value, and a window or stretch that also paints anatomy white
 * hides it there. A third view shows the values burned-in text alone holds, where the primary view paints them in the
 * picture's own greys ({@link FlatValues}), and a fourth the brightest extreme value alone, where the primary view
 * shows text in it over a surround nearly as bright ({@link FaintExtremes}).
 */
final class GreyRenderer {

    /** Tails of the percentile stretch: robust against a few hot or dead pixels. */
    static final double STRETCH_TAIL = 0.005;
    /** Saturated non-text pixels, as a fraction of the frame, above which an extra view is worth a detector pass. */
    static final double SATURATION_WORTH_EXTRA = 0.001;
    /** The bright-tail view shows the top 1% of the pixels below the brightest value. */
    static final double BRIGHT_TAIL = 0.01;

    private GreyRenderer() { }

    static List<DisplayImage> render(RawFrame frame) {
        StoredValueHistogram histogram = StoredValueHistogram.of(frame);
        boolean mono1 = "MONOCHROME1".equals(frame.photometric());
        String suffix = mono1 ? "-inverted" : "";
        Primary p = primary(frame, histogram, mono1);
        List<DisplayImage> views = new ArrayList<>(2);
        views.add(p.lut().apply(frame, p.name() + suffix));

        if (saturatedBesidesBrightest(histogram, p.lut(), mono1) >= SATURATION_WORTH_EXTRA * histogram.total()) {
            GreyLut extra = p.fromHeader() ? fullRange(histogram, mono1) : brightTail(histogram, mono1);
            views.add(extra.apply(frame, (p.fromHeader() ? "full-range" : "bright-tail") + suffix));
        }
        if (frame.bitsStored() > 8) {
            int[] values = FlatValues.offsetValues(frame);
            FlatValues.view(frame, values, histogram, p.lut(), FlatValues.MAPPING + suffix).ifPresent(views::add);
            FaintExtremes.view(frame, values, histogram, p.lut(), FaintExtremes.MAPPING + suffix).ifPresent(views::add);
        }
        return views;
    }

    /** The reader's view alone: the first of {@link #render}'s views, without the work of the others. */
    static DisplayImage primary(RawFrame frame) {
        boolean mono1 = "MONOCHROME1".equals(frame.photometric());
        Primary p = primary(frame, StoredValueHistogram.of(frame), mono1);
        return p.lut().apply(frame, p.name() + (mono1 ? "-inverted" : ""));
    }

    /** The reader's mapping, its name, and whether the header gave it. */
    private record Primary(GreyLut lut, String name, boolean fromHeader) { }

    private static Primary primary(RawFrame frame, StoredValueHistogram histogram, boolean mono1) {
        Optional<GreyLut> voi = VoiMappings.lut(histogram, frame.hints());
        String name = "voi-lut";
        if (voi.isEmpty()) {
            voi = VoiMappings.window(histogram, frame.hints());
            name = "window";
        }
        GreyLut lut;
        boolean fromHeader = voi.isPresent();
        if (fromHeader) {
            lut = voi.get();
        } else if (frame.bitsStored() <= 8) {
            lut = GreyLut.linear(histogram, histogram.minPossible(), histogram.minPossible() + histogram.size() - 1);
            name = "stored-range";
        } else {
            lut = percentileStretch(histogram);
            name = "percentile";
        }
        return new Primary(mono1 ? lut.inverted() : lut, name, fromHeader);
    }

    private static GreyLut percentileStretch(StoredValueHistogram h) {
        int lo = h.percentile(STRETCH_TAIL);
        int hi = h.percentile(1 - STRETCH_TAIL);
        if (hi <= lo) {
            lo = h.min();
            hi = h.max();
        }
        return GreyLut.linear(h, lo, hi);
    }

    /** The data's own range, brightest value white. */
    private static GreyLut fullRange(StoredValueHistogram h, boolean mono1) {
        GreyLut lut = GreyLut.linear(h, h.min(), h.max());
        return mono1 ? lut.inverted() : lut;
    }

    /** Only the brightest values: the top 1% of the pixels below the brightest value stretched up to white. */
    private static GreyLut brightTail(StoredValueHistogram h, boolean mono1) {
        if (mono1) {
            return GreyLut.linear(h, h.min(), h.percentileAbove(h.min(), BRIGHT_TAIL)).inverted();
        }
        return GreyLut.linear(h, h.percentileBelow(h.max(), 1 - BRIGHT_TAIL), h.max());
    }

    /** Pixels shown white by {@code lut} that do not hold the brightest displayed stored value. */
    private static long saturatedBesidesBrightest(StoredValueHistogram h, GreyLut lut, boolean mono1) {
        int brightest = mono1 ? h.min() : h.max();
        long n = 0;
        for (int v = h.min(); v <= h.max(); v++) {
            if (v != brightest && lut.displayOf(v) == 255) {
                n += h.countBetween(v, v);
            }
        }
        return n;
    }
}
