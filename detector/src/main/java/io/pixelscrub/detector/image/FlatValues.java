package io.pixelscrub.detector.image;

import java.util.Arrays;
import java.util.Optional;

/**
 * Burned-in text is drawn in one value: the pixels a glyph covers whole hold the same stored value, side by side, while
 * anatomy, speckle and noise in data of more than 8 bits spread over thousands of values and rarely repeat one in
 * neighbouring pixels. Counted over pairs of equal neighbours, that value stands out of its neighbours in the histogram
 * even where the text is as bright as the picture around it (a 16 px {@code 19Y M} a third of
 * the way up the window over ultrasound speckle, a clock in mid grey over a CT slice), which no window or stretch can
 * show. This view paints white the pixels that hold such a value beside a neighbour of the same value, grown by a
 * pixel (antialiased glyphs hold the value only in their strokes' cores), and every other pixel black. It is made only when a
 * spike lies in the primary view's mid greys: text at the brightest or darkest value the primary view already shows.
 */
final class FlatValues {

    /** Values on each side of a histogram bin whose counts make its baseline. */
    static final int NEIGHBOURS = 8;
    /**
     * The fewest equal-neighbour pairs above the baseline that make a spike: the cores of a few small glyphs (a 16 px
     * {@code 19Y M}, antialiased, has 14-60).
     */
    static final int MIN_EXCESS = 8;
    /** A spike this many standard deviations of a Poisson count above its baseline is no accident of the histogram. */
    static final double SIGMAS = 5;
    /**
     * A spike at least this many times its baseline above it: text raises its value's pairs many times over, a plateau in a
     * smooth picture (a CR's collimation, a CT's table) by a fraction (a chest film lost 1.5 % of its pixels to such
     * values at 5 deviations alone).
     */
    static final double MIN_RATIO = 2;
    /**
     * More values than this standing out is the histogram's own shape (data stored on an uneven comb, a CR's
     * quantisation: a chest film showed hundreds, scattered over the lungs), not text, which a device writes in a few.
     */
    static final int MAX_SPIKES = 6;
    /** A value held by more of the frame than this is a backdrop, a background or a plateau, not text. */
    static final double MAX_SHARE = 0.005;
    /** Display greys the primary view paints text clearly in, at either end: no extra view for those. */
    static final int CLEAR_END = 16;
    /** Pixels the cores grow by: enough to join the cores of one stroke, too little to join two letters. */
    static final int GROW = 1;

    /** The view's mapping name (with "-inverted" for MONOCHROME1). */
    static final String MAPPING = "flat-values";

    private FlatValues() { }

    /**
     * The flat-value view, or empty when no mid-grey value stands out (or the data has 8 bits or fewer).
     *
     * @param values the frame's stored values offset from the smallest possible ({@link #offsetValues})
     */
    static Optional<DisplayImage> view(RawFrame frame, int[] values, StoredValueHistogram h, GreyLut primary,
                                       String mapping) {
        if (frame.bitsStored() <= 8) {
            return Optional.empty(); // 256 values: every grey is common, text shares its value with the picture
        }
        long[] pairs = equalNeighbours(values, frame.width(), frame.height(), h.size());
        boolean[] spike = new boolean[h.size()];
        int spikes = 0;
        long[] window = new long[2 * NEIGHBOURS];
        for (int v = h.min() + 1; v < h.max(); v++) {
            long count = pairs[v - h.minPossible()];
            if (count < MIN_EXCESS || h.countBetween(v, v) > MAX_SHARE * h.total()) {
                continue;
            }
            int display = primary.displayOf(v);
            if (display < CLEAR_END || display > 255 - CLEAR_END) {
                continue;
            }
            double baseline = baseline(pairs, v - h.minPossible(), window);
            if (count - baseline >= Math.max(MIN_EXCESS, Math.max(SIGMAS * Math.sqrt(baseline + 1),
                    MIN_RATIO * baseline))) {
                spike[v - h.minPossible()] = true;
                spikes++;
            }
        }
        if (spikes == 0 || spikes > MAX_SPIKES) {
            return Optional.empty();
        }
        return Optional.of(new DisplayImage(frame.width(), frame.height(), 1,
                grownCores(values, spike, frame.width(), frame.height()), mapping));
    }

    /** White where a pixel of a spike value has an equal right, left, upper or lower neighbour, grown by one pixel. */
    static byte[] grownCores(int[] values, boolean[] spike, int w, int h) {
        byte[] out = new byte[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (!spike[values[y * w + x]] || !hasEqualNeighbour(values, w, h, x, y)) {
                    continue;
                }
                for (int yy = Math.max(0, y - GROW); yy <= Math.min(h - 1, y + GROW); yy++) {
                    for (int xx = Math.max(0, x - GROW); xx <= Math.min(w - 1, x + GROW); xx++) {
                        out[yy * w + xx] = (byte) 255;
                    }
                }
            }
        }
        return out;
    }

    /** Whether pixel (x, y) has a right, left, upper or lower neighbour of its value: a stroke's core, not noise. */
    static boolean hasEqualNeighbour(int[] values, int w, int h, int x, int y) {
        int i = y * w + x;
        int v = values[i];
        return x + 1 < w && values[i + 1] == v || x > 0 && values[i - 1] == v
                || y + 1 < h && values[i + w] == v || y > 0 && values[i - w] == v;
    }

    /** The stored values of a 16-bit grey frame, offset from the smallest possible (the histogram's index). */
    static int[] offsetValues(RawFrame frame) {
        int mask = (1 << frame.bitsStored()) - 1;
        int signFlip = frame.signed() ? 1 << (frame.bitsStored() - 1) : 0;
        byte[] d = frame.data();
        int[] values = new int[frame.width() * frame.height()];
        for (int i = 0; i < values.length; i++) {
            values[i] = (((d[2 * i] & 0xFF) | (d[2 * i + 1] & 0xFF) << 8) & mask) ^ signFlip;
        }
        return values;
    }

    /**
     * Per stored value (offset from the smallest possible, as the histogram), how many of its pixels equal their right or
     * upper neighbour.
     */
    private static long[] equalNeighbours(int[] values, int w, int h, int size) {
        long[] pairs = new long[size];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int i = y * w + x;
                if (x + 1 < w && values[i] == values[i + 1] || y > 0 && values[i] == values[i - w]) {
                    pairs[values[i]]++;
                }
            }
        }
        return pairs;
    }

    /**
     * The median count of the non-empty bins around {@code index} (zero when none is): data stored on a comb of values
     * (every fourth one, after a rescale) has empty bins between full ones, and those are no baseline.
     */
    private static double baseline(long[] pairs, int index, long[] window) {
        int n = 0;
        for (int u = Math.max(0, index - NEIGHBOURS); u <= Math.min(pairs.length - 1, index + NEIGHBOURS); u++) {
            if (u != index && pairs[u] > 0) {
                window[n++] = pairs[u];
            }
        }
        if (n == 0) {
            return 0;
        }
        Arrays.sort(window, 0, n);
        return n % 2 == 1 ? window[n / 2] : (window[n / 2 - 1] + window[n / 2]) / 2.0;
    }
}
