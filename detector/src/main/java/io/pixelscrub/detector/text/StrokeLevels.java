package io.pixelscrub.detector.text;

import java.util.Arrays;

/**
 * The grey level a line of burned-in text is drawn in and the level of the background its strokes stand on, read off
 * the strokes' edges: wherever a pixel steps sharply to its right neighbour (as {@link LineInk} finds strokes), one
 * side is text and the other background. Devices draw a line in one colour, and the glyph cores reach it while
 * antialiased edge pixels spread over every level between text and background: the text's level is the far end of
 * its side's values (the brightest tenth of the bright sides for light text, the darkest tenth of the dark sides for
 * dark text), and the background is the middle of the other side's. Which side is text is the end fewer pixels of
 * the crop lie near: strokes are thin, the background wide.
 * A threshold over the whole crop cannot tell this where the crop holds three levels or more (text, a backdrop's
 * corner, anatomy); the edges can, because a backdrop's or organ's sides give one or two steps a row and a line of
 * text many.
 *
 * @param text       the text's grey level
 * @param background the level next to its strokes
 */
record StrokeLevels(int text, int background) {

    /** Fewer edges than this place no line. */
    static final int MIN_EDGES = 8;
    /** The two levels must differ by at least this many grey levels. */
    static final int MIN_CONTRAST = 24;

    /** The levels in a luminance crop {@code w} wide, or null when its edges show no clear text and background. */
    static StrokeLevels of(int[] lum, int w, int h) {
        return of(lum, w, h, MIN_CONTRAST);
    }

    /** As {@link #of(int[], int, int)}, with the two levels at least {@code minContrast} apart. */
    static StrokeLevels of(int[] lum, int w, int h, int minContrast) {
        int[] diff = new int[Math.max(1, (w - 1) * h)];
        int n = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x + 1 < w; x++) {
                diff[n++] = Math.abs(lum[y * w + x] - lum[y * w + x + 1]);
            }
        }
        int threshold = LineInk.stepThreshold(diff, n);
        int[] high = new int[n];
        int[] low = new int[n];
        int edges = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x + 1 < w; x++) {
                int a = lum[y * w + x];
                int b = lum[y * w + x + 1];
                if (Math.abs(a - b) >= threshold) {
                    high[edges] = Math.max(a, b);
                    low[edges] = Math.min(a, b);
                    edges++;
                }
            }
        }
        if (edges < MIN_EDGES) {
            return null;
        }
        Arrays.sort(high, 0, edges);
        Arrays.sort(low, 0, edges);
        int hi = percentile(high, edges, 0.9);
        int lo = percentile(low, edges, 0.1);
        if (hi - lo < minContrast) {
            return null;
        }
        int near = (hi - lo) / 4;
        int nearHigh = 0;
        int nearLow = 0;
        for (int v : lum) {
            if (Math.abs(v - hi) <= near) nearHigh++;
            if (Math.abs(v - lo) <= near) nearLow++;
        }
        StrokeLevels levels = nearHigh < nearLow ? new StrokeLevels(hi, percentile(low, edges, 0.5))
                : new StrokeLevels(lo, percentile(high, edges, 0.5));
        return Math.abs(levels.text() - levels.background()) < minContrast ? null : levels;
    }

    /** The value at {@code share} of the first {@code count} of {@code sorted}, which are in ascending order. */
    private static int percentile(int[] sorted, int count, double share) {
        return sorted[Math.min(count - 1, (int) (share * count))];
    }
}
