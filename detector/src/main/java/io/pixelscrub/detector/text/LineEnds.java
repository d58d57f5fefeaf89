package io.pixelscrub.detector.text;

import io.pixelscrub.detector.image.DisplayImage;
import io.pixelscrub.models.Box;
import java.util.List;

/**
 * Grows a line box along its baseline to the ends of its ink. The detector's box around a line is sometimes shorter
 * than the line: its probability map falls under the threshold over part of the line (the last digits of a long
 * identifier over ultrasound speckle, small JPEG-blurred text at the picture's edge), and the part outside the box was
 * neither read nor redacted (tuning seed 43: an MRN's last digits outside its box on all 14 frames of a cine).
 * <p>
 * The line's band is the run of the box's rows that cross the most strokes; its ink is what reaches the level its
 * letters are drawn in (the box's brightest quartile of text for light text; burned-in text is drawn in one colour).
 * Beyond each end of the box the columns are looked at in steps of half a letter height. A step holds a letter when
 * one of its columns has an unbroken stroke a third of the band tall and its ink is at least twice as dense in the band as in
 * the guard rows just above and below it; the rest of a letter (a final 2's foot) follows one, and a letter after a
 * gap counts only when the next step holds one too (speckle passes for a letter now and then, alone). A step without ink is a
 * gap (faint dots in the band alone, a colon, hold it open), and a gap of more than two letter heights ends the line.
 * Ink in the guard rows that is no letter ends it too (anatomy, speckle, a graphic, a stacked line), as do another
 * line's box on the same row (it is read on its own) and the picture's edge. A box whose band touches its top or
 * bottom row is no box around one line (anatomy, or a line the box cuts through) and does not grow.
 */
final class LineEnds {

    /**
     * A row of the box belongs to the line's band when it crosses at least this share of the strokes the busiest row
     * crosses: a piece of anatomy in a corner of a loose box around two digits crosses one or two where the digits
     * cross four to six (tuning seed 43).
     */
    static final double BAND_STROKES = 0.5;
    /** Rows added to the band above and below, as a share of its height: the letters' tops and bottoms. */
    static final double BAND_EDGE = 0.15;
    /** Rows just above and below the band where a letter's ink thins out, as a share of the band's height. */
    static final double GUARD_SHARE = 0.3;
    /**
     * A step continues the line when its ink is at least this many times denser in the band than in the guard rows:
     * letters fill the band (descenders and accents reach a little beyond it), while anatomy and speckle of the
     * letters' grey are spread evenly.
     */
    static final double CONCENTRATION = 2;
    /**
     * A step holds a letter when one of its columns has an unbroken run of ink (on the text's side of the box's
     * threshold) at least this share of the band's height, and its ink at the letters' level is concentrated in the band: every letter
     * has a stem or a curve that tall, while speckle of the letters' grey is scattered (a sparse ultrasound fan beside
     * {@code SAMSUNG} on tuning seed 43 passed a test of ink counts alone).
     */
    static final double STROKE_SHARE = 0.34;
    /**
     * The longest gap inside a line, in band heights (the height of its letters): a word space, with room for a
     * monospace one after a colon ({@code MRN: 16} in a 10 px monospace font: two cells from the {@code N} to the
     * {@code 1}). Labels set apart on a screen are farther apart than that, or boxed on their own.
     */
    static final double MAX_GAP = 2.0;
    /** The fewest rows a band of ink can have to be a line of text. */
    static final int MIN_BAND_ROWS = 4;

    private LineEnds() { }

    /**
     * {@code line} grown left and right over the ink of its own line in {@code image}; {@code line} itself when it is
     * no box around one clean line of ink, or when no ink of the line lies beyond it. {@code others} are the boxes of
     * the other lines found in the picture: a line never grows into one.
     */
    static Box grow(DisplayImage image, Box line, List<Box> others) {
        Box cut = line.clip(image.width(), image.height());
        if (cut.height() < MIN_BAND_ROWS + 2 || cut.width() < 2) {
            return line;
        }
        int[] lum = OcrCrop.luminance(image, cut);
        if (OcrCrop.isFlat(lum)) {
            return line;
        }
        boolean light = OcrCrop.backgroundIsDark(lum, cut.width(), cut.height());
        int threshold = Otsu.threshold(lum);
        // Per row, the strokes it crosses (runs of ink): a line of letters crosses many in each of its rows, while
        // anatomy or a backdrop's edge that a loose box takes in is one solid run.
        int[] rows = new int[cut.height()];
        int busiest = 0;
        for (int y = 0; y < cut.height(); y++) {
            boolean before = false;
            for (int x = 0; x < cut.width(); x++) {
                int v = lum[y * cut.width() + x];
                boolean inked = light ? v > threshold : v <= threshold;
                if (inked && !before) rows[y]++;
                before = inked;
            }
            busiest = Math.max(busiest, rows[y]);
        }
        int[] run = inkiestRun(rows, Math.max(1, BAND_STROKES * busiest));
        if (run == null || run[0] < 1 || run[1] > rows.length - 1 || run[1] - run[0] < MIN_BAND_ROWS) {
            return line; // no clean line: its ink reaches the box's top or bottom (anatomy, a line the box cuts)
        }
        // The rows of the letters' tops and bottoms cross fewer strokes than the threshold: the band takes them in.
        int edge = Math.max(1, (int) Math.round(BAND_EDGE * (run[1] - run[0])));
        Band band = new Band(cut.y() + Math.max(0, run[0] - edge), cut.y() + Math.min(rows.length, run[1] + edge),
                Ink.of(lum, threshold, light));
        int right = band.end(image, cut, others, +1);
        int left = band.end(image, cut, others, -1);
        if (right <= cut.right() && left >= cut.x()) {
            return line;
        }
        int pad = (int) Math.round(DbnetTextLocator.PAD_HORIZONTAL * cut.height()) + 1;
        int x0 = left < cut.x() ? Math.max(band.wall(others, cut, -1), left - pad) : line.x();
        int x1 = right > cut.right() ? Math.min(Math.min(image.width(), band.wall(others, cut, +1)), right + pad) : line.right();
        return Box.fromCorners(x0, line.y(), x1, line.bottom());
    }

    /** The run [first, end) of consecutive rows with at least {@code least} ink that holds the most ink; null if none. */
    private static int[] inkiestRun(int[] rows, double least) {
        int[] best = null;
        long bestInk = 0;
        for (int y = 0; y < rows.length; ) {
            if (rows[y] < least) {
                y++;
                continue;
            }
            int from = y;
            long ink = 0;
            while (y < rows.length && rows[y] >= least) {
                ink += rows[y++];
            }
            if (ink > bestInk) {
                bestInk = ink;
                best = new int[] {from, y};
            }
        }
        return best;
    }

    /**
     * The line's ink: grey values at the level its letters are drawn in, less {@code tolerance}, or beyond it
     * (burned-in text is drawn in one colour). Counting only what reaches the letters' own level, not everything on
     * the text's side of the box's threshold, tells the line from a background lighter than the box's (a grey date
     * running from black onto grey anatomy) and from most of the speckle around it.
     */
    private record Ink(int level, int tolerance, boolean light, int threshold) {

        /**
         * The level of the letters' cores: the quartile of the box's pixels on the text's side of its threshold that
         * lies farthest from the background (antialiased edges pull the median towards it), within a sixth of the
         * contrast between that level and the background's median.
         */
        static Ink of(int[] lum, int threshold, boolean light) {
            int[] text = new int[256];
            int[] rest = new int[256];
            for (int v : lum) {
                ((light ? v > threshold : v <= threshold) ? text : rest)[v]++;
            }
            int level = quantile(text, light ? 0.75 : 0.25);
            int background = quantile(rest, 0.5);
            return new Ink(level, Math.max(MIN_TOLERANCE, Math.abs(level - background) / CONTRAST_PARTS), light, threshold);
        }

        /** At the letters' level or beyond it, away from the background (small antialiased letters rarely reach it). */
        boolean is(int v) {
            return light ? v >= level - tolerance : v <= level + tolerance;
        }

        /** On the text's side of the box's threshold: the letters' antialiased edges and faint dots too. */
        boolean faint(int v) {
            return light ? v > threshold : v <= threshold;
        }

        private static int quantile(int[] histogram, double q) {
            long n = 0;
            for (int c : histogram) n += c;
            long seen = 0;
            for (int v = 0; v < histogram.length; v++) {
                seen += histogram[v];
                if (seen > 0 && seen >= q * n) return v;
            }
            return 0;
        }
    }

    /** The ink's tolerance is this part of the contrast between the letters and the box's background. */
    static final int CONTRAST_PARTS = 6;
    /** The least tolerance, in grey levels: noise and lossy compression move a letter's pixels this much. */
    static final int MIN_TOLERANCE = 12;

    /** The rows [top, bottom) the line's ink fills, and the guard rows around them. */
    private record Band(int top, int bottom, Ink ink) {

        int height() {
            return bottom - top;
        }

        /**
         * Going {@code direction} (+1 right, -1 left) from the box, the column just past the line's last ink there
         * (its first ink column when going left): inside {@code cut} when the line ends inside the box.
         */
        int end(DisplayImage image, Box cut, List<Box> others, int direction) {
            int guard = Math.max(2, (int) Math.round(GUARD_SHARE * height()));
            int step = Math.max(2, height() / 2);
            int maxGap = (int) Math.round(MAX_GAP * height());
            int stroke = Math.max(2, (int) Math.round(STROKE_SHARE * height()));
            // The last ink column inside the box, and the gap already between it and the box's edge.
            int inkEdge = direction > 0 ? cut.right() : cut.x() - 1;
            for (int x = direction > 0 ? cut.right() - 1 : cut.x(); x >= cut.x() && x < cut.right(); x -= direction) {
                if (columnInk(image, x, top, bottom, false) > 0) {
                    inkEdge = direction > 0 ? x + 1 : x;
                    break;
                }
            }
            int reached = inkEdge;
            int gap = direction > 0 ? cut.right() - inkEdge : inkEdge - cut.x();
            int x = direction > 0 ? cut.right() : cut.x() - 1;
            int faint = 0;
            boolean lastWasLetter = gap <= 1; // a letter the box's edge cuts
            boolean pending = false;
            while (gap <= maxGap) {
                int from = Math.max(0, direction > 0 ? x : x - step + 1);
                int to = Math.min(image.width(), (direction > 0 ? x : x - step + 1) + step); // exclusive
                if (to <= from || entersOther(from, to, cut, others)) {
                    break; // the picture's edge, or another line
                }
                int bandInk = 0;
                int guardInk = 0;
                int bandFaint = 0;
                int guardFaint = 0;
                int firstInk = -1;
                int lastInk = -1;
                int tallest = 0;
                int above = Math.max(0, top - guard);
                int below = Math.min(image.height(), bottom + guard);
                for (int c = from; c < to; c++) {
                    int n = columnInk(image, c, top, bottom, false);
                    bandInk += n;
                    guardInk += columnInk(image, c, above, top, false) + columnInk(image, c, bottom, below, false);
                    bandFaint += columnInk(image, c, top, bottom, true);
                    // Faint ink, because antialiased stems straddle two columns and reach the letters' level in
                    // neither; one unbroken run, because speckle's faint pixels are scattered.
                    tallest = Math.max(tallest, longestRun(image, c));
                    guardFaint += columnInk(image, c, above, top, true) + columnInk(image, c, bottom, below, true);
                    if (n > 0) {
                        if (firstInk < 0) firstInk = c;
                        lastInk = c;
                    }
                }
                double bandDensity = (double) bandInk / ((to - from) * height());
                double guardDensity = (double) guardInk / Math.max(1, (to - from) * (below - above - height()));
                boolean letter = tallest >= stroke && bandInk >= stroke && bandDensity >= CONCENTRATION * guardDensity;
                boolean guardBusy = guardInk >= stroke;
                // The rest of a letter the step before held (the bowl and foot of a final 2, a 7's bar) holds no
                // tall stroke of its own, and still belongs to the line.
                boolean rest = lastWasLetter && bandInk > 0 && !guardBusy;
                // A letter after a gap counts only when the next step holds a letter too: letters come in words,
                // while speckle that passes for one now and then stands alone.
                if (letter && gap >= step && !pending) {
                    pending = true;
                    gap += step;
                    x += direction * step;
                    continue;
                }
                pending = false;
                if (letter || rest) {
                    reached = direction > 0 ? lastInk + 1 : firstInk;
                    gap = direction > 0 ? to - reached : reached - from;
                    faint = 0;
                    lastWasLetter = letter;
                    x += direction * step;
                    continue;
                }
                if (guardBusy) {
                    break; // ink of the line's colour spread above and below the band: anatomy, speckle, a graphic
                }
                lastWasLetter = false;
                // Faint ink in the band alone (a colon's antialiased dots, a thin hyphen) is part of the line: the gap
                // does not grow over it, for at most a gap's length.
                boolean punctuation = bandFaint >= 2 && guardFaint < 2 && faint + step <= maxGap;
                faint = punctuation ? faint + step : faint;
                gap += punctuation ? 0 : step;
                x += direction * step;
            }
            return reached;
        }

        /**
         * The nearest edge of another line's box beside the band going {@code direction} from {@code cut}: the grown
         * box's glyph padding stops there too. The picture's edge when there is none.
         */
        int wall(List<Box> others, Box cut, int direction) {
            int wall = direction > 0 ? Integer.MAX_VALUE : 0;
            for (Box o : others) {
                if (!sameRow(o, cut)) {
                    continue;
                }
                if (direction > 0 && o.x() >= cut.right()) {
                    wall = Math.min(wall, o.x());
                } else if (direction < 0 && o.right() <= cut.x()) {
                    wall = Math.max(wall, o.right());
                }
            }
            return wall;
        }

        /**
         * Whether columns [from, to) reach into the box of another line of the same row. The boxes of stacked lines
         * overlap this band only with their padding; their ink is kept out by the guard rows.
         */
        private boolean entersOther(int from, int to, Box cut, List<Box> others) {
            for (Box o : others) {
                if (sameRow(o, cut) && o.x() < to && from < o.right()) {
                    return true;
                }
            }
            return false;
        }

        /** Another line's box whose middle row lies in this band, and that is no piece inside {@code cut}. */
        private boolean sameRow(Box o, Box cut) {
            int middle = o.y() + o.height() / 2;
            return middle >= top && middle < bottom && !cut.contains(o);
        }

        /** The longest unbroken run of faint ink in column {@code x} of the band. */
        private int longestRun(DisplayImage image, int x) {
            int longest = 0;
            int run = 0;
            for (int y = Math.max(0, top); y < Math.min(image.height(), bottom); y++) {
                run = columnInk(image, x, y, y + 1, true) > 0 ? run + 1 : 0;
                longest = Math.max(longest, run);
            }
            return longest;
        }

        /**
         * Ink pixels of column {@code x} in rows [y0, y1): at the letters' level, or ({@code faint}) merely on the
         * text's side of the box's threshold.
         */
        private int columnInk(DisplayImage image, int x, int y0, int y1, boolean faint) {
            int c = image.channels();
            byte[] px = image.pixels();
            int n = 0;
            for (int y = Math.max(0, y0); y < Math.min(image.height(), y1); y++) {
                int base = (y * image.width() + x) * c;
                int v = c == 1 ? px[base] & 0xFF
                        : (299 * (px[base] & 0xFF) + 587 * (px[base + 1] & 0xFF) + 114 * (px[base + 2] & 0xFF)) / 1000;
                if (faint ? ink.faint(v) : ink.is(v)) n++;
            }
            return n;
        }
    }
}
