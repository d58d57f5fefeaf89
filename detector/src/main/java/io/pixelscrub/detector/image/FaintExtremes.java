package io.pixelscrub.detector.image;

import java.util.Optional;

/**
 * Burned-in text drawn in the data's brightest value over a surround nearly as bright: white letters on a scanned
 * film's light margin, on a light-grey bar, over bright bone. The primary view shows such letters a few tens of greys
 * from what lies around them, and the detector misses them there: a white {@code R, I} crossing a film's light margin
 * (seed 9494) was boxed only where it ran on over the dark film. No window helps, since the letters already sit at the
 * end of the scale. This view paints white the pixels that hold the extreme stored value shown brightest beside a
 * neighbour of the same value, grown by a pixel ({@link FlatValues#grownCores}), and every other pixel black: the
 * letters stand alone, whatever surrounds them.
 *
 * <p>It costs a detector pass, so it is made only where the primary view needs it: where enough pixels of that value
 * lie in faint strokes, across which the primary view shows, on both sides, a grey {@link #VISIBLE} to {@link #FAINT}
 * levels from the stroke's own. Text in it over a contrasting surround (white on black, the common case) makes no
 * such strokes, nor does a plateau of the value (a collimated film's edge: one side is the plateau itself), nor noise
 * clipped at it (its surround is within a few greys). Asked for data of more than 8 bits only, as {@link FlatValues}
 * ({@link GreyRenderer}): in 8-bit data the extreme values are common in pictures (speckle, saturated bone).
 */
final class FaintExtremes {

    /** The view's mapping name (with "-inverted" for MONOCHROME1); it only adds lines, as {@link FlatValues}. */
    static final String MAPPING = "flat-extremes";
    /** How far from a stroke's pixel its surround is looked at: past the antialiased edge of a stroke 5 px wide. */
    static final int SURROUND = 3;
    /** A surround this many display greys or fewer from the stroke: letters a reader or a detector barely tells apart. */
    static final int FAINT = 64;
    /**
     * A surround at least this many display greys from the stroke: a stroke that stands out of it at all. Closer is the
     * data's own floor or ceiling, where noise clips at the extreme value (a film's black background, saturated
     * bone), not writing.
     */
    static final int VISIBLE = 12;
    /**
     * Pixels in faint strokes that make the view worth a pass: the strokes of several letters, not of a stray mark (a
     * real 12-up film's edges made 36).
     */
    static final int MIN_FAINT = 100;
    /**
     * The extreme shown brightest, if at least this bright, is the one text is written in; the dark end is the
     * background's (a CT's air, a film's black), whose edges are faint by nature.
     */
    static final int BRIGHT = 128;
    /**
     * An extreme value held by more of the frame than this is a background or a plateau, not text (the white letters of
     * a whole generated film scan, top bar and all, hold 2 %).
     */
    static final double MAX_SHARE = 0.05;

    private FaintExtremes() { }

    /**
     * The view of the brightest extreme value's strokes, or empty when too few of its pixels lie in faint strokes.
     *
     * @param values the frame's stored values offset from the smallest possible ({@link FlatValues#offsetValues})
     */
    static Optional<DisplayImage> view(RawFrame frame, int[] values, StoredValueHistogram h, GreyLut primary,
                                       String mapping) {
        if (h.max() <= h.min()) {
            return Optional.empty();
        }
        int brightest = primary.displayOf(h.min()) >= primary.displayOf(h.max()) ? h.min() : h.max();
        int v = brightest - h.minPossible();
        if (primary.displayOf(brightest) < BRIGHT || h.countBetween(brightest, brightest) > MAX_SHARE * h.total()) {
            return Optional.empty();
        }
        if (faintStrokePixels(values, frame.width(), frame.height(), v, primary) < MIN_FAINT) {
            return Optional.empty();
        }
        boolean[] shown = new boolean[h.size()];
        shown[v] = true;
        return Optional.of(new DisplayImage(frame.width(), frame.height(), 1,
                FlatValues.grownCores(values, shown, frame.width(), frame.height()), mapping));
    }

    /**
     * Pixels of value {@code value} (offset), beside a neighbour of their value, across which, left and right or above
     * and below at {@link #SURROUND}, both pixels hold another value shown {@link #VISIBLE} to {@link #FAINT} greys
     * from theirs.
     */
    static int faintStrokePixels(int[] values, int w, int h, int value, GreyLut primary) {
        int d = primary.displayAtOffset(value);
        int n = 0;
        for (int y = 0; y < h; y++) {
            int row = y * w;
            for (int x = 0; x < w; x++) {
                if (values[row + x] != value || !FlatValues.hasEqualNeighbour(values, w, h, x, y)) {
                    continue;
                }
                boolean across = x >= SURROUND && x + SURROUND < w
                        && faint(values[row + x - SURROUND], value, d, primary)
                        && faint(values[row + x + SURROUND], value, d, primary);
                boolean down = !across && y >= SURROUND && y + SURROUND < h
                        && faint(values[row - SURROUND * w + x], value, d, primary)
                        && faint(values[row + SURROUND * w + x], value, d, primary);
                if (across || down) {
                    n++;
                }
            }
        }
        return n;
    }

    private static boolean faint(int neighbour, int value, int valueDisplay, GreyLut primary) {
        int gap = Math.abs(primary.displayAtOffset(neighbour) - valueDisplay);
        return neighbour != value && gap >= VISIBLE && gap <= FAINT;
    }
}
