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
 * The line's band is the run of the box's rows that cross the most strokes. Its ink is decided by the letters' own
 * level, read off their strokes' edges ({@link StrokeLevels}; burned-in text is drawn in one colour), and by the
 * ground beside each step: ink lies within a {@link #CONTRAST_PARTS}th of the contrast between the two of the level,
 * faint ink nearer the level than the ground. So the line is followed where its ground changes (from black onto
 * tissue lighter than its letters, onto a grey bar, under noisy tissue twenty grey levels from the letters), which a
 * threshold over the box could not do. Levels are luminance, or, where luminance shows no letters in the box, the
 * colour channel that shows them best ({@link PixelGrey}: cyan letters on a grey of their own luminance, tuning seed
 * 9494, a {@code 36Y F} whose {@code F} lay outside its box on all 20 frames of a cine). This is safe for PHI and
 * sensible for devices not seen here because it asks nothing of the font, the language or the layout: only that a
 * line's letters share one grey and stand in one band.
 * Beyond each end of the box the columns are looked at in steps of half a letter height. A step holds a letter when
 * one of its columns has an unbroken stroke a third of the band tall, it holds ink at the letters' level, and its
 * ink is at least twice as dense in the band as in the guard rows just above and below it; the rest of a letter (a
 * final 2's foot, a small final 9 of faint ink only) follows one, and a letter after a gap counts only when the next
 * step holds one too (speckle passes for a letter now and then, alone). A step without ink is a gap (faint dots in the
 * band alone, a colon, hold it open), and a gap of more than two letter heights ends the line: growth is bounded by a
 * word space scaled to the line's height. Ink of the letters' level in the guard rows that is no letter ends it too
 * (anatomy or bone of the letters' own grey, speckle, a graphic, a stacked line), as do another line's box on the
 * same row (it is read on its own) and the picture's edge. A box whose band touches its top or bottom row is no box
 * around one line (anatomy, or a line the box cuts through) and does not grow, unless it lies inside its letters
 * (strokes in every row, or too short to show a band with ground around it: the detector boxed the middle of a digit
 * on a bar), when it is looked at again with its height added above and below.
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
     * A step holds a letter when one of its columns has an unbroken run of faint ink (nearer the letters' level than the
     * ground) at least this share of the band's height, and its ink is concentrated in the band: every letter
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
    /**
     * The least contrast, in grey levels, between the letters and the ground beside their strokes in the box: less
     * than OCR wants ({@link StrokeLevels#MIN_CONTRAST}), because a line's ends are followed only over letter-shaped
     * strokes concentrated in its band, which the noise of a smooth ground does not make (a dark grey time 20 levels
     * under noisy grey tissue, tuning seed 43).
     */
    static final int MIN_CONTRAST = 16;
    /** The fewest rows a band of ink can have to be a line of text. */
    static final int MIN_BAND_ROWS = 4;

    private LineEnds() { }

    /**
     * {@code line} grown left and right over the ink of its own line in {@code image}; {@code line} itself when it is
     * no box around one clean line of ink, or when no ink of the line lies beyond it. {@code others} are the boxes of
     * the other lines found in the picture: a line never grows into one.
     */
    static Box grow(DisplayImage image, Box line, List<Box> others) {
        return grow(image, line, others, true);
    }

    /**
     * As {@link #grow(DisplayImage, Box, List)}; with {@code mayLookAround}, a box that lies inside its letters (their
     * strokes cross every row of it: the detector boxed the middle of a digit on a bar) is looked at again with its
     * height added above and below, and covers those rows too where it grows.
     */
    private static Box grow(DisplayImage image, Box line, List<Box> others, boolean mayLookAround) {
        Box cut = line.clip(image.width(), image.height());
        if (cut.width() < 2) {
            return line;
        }
        if (mayLookAround && cut.height() < 2 * MIN_BAND_ROWS) {
            // Too short to show a band of letters with ground above and below: the box may lie inside its letters.
            return lookAround(image, line, others);
        }
        if (cut.height() < MIN_BAND_ROWS + 2) {
            return line;
        }
        int[] lum = OcrCrop.luminance(image, cut);
        Ink ink = OcrCrop.isFlat(lum) ? null : Ink.of(lum, cut.width(), cut.height(), PixelGrey.LUMINANCE);
        for (PixelGrey channel : ink == null ? PixelGrey.channelsOf(image) : new PixelGrey[0]) {
            // Colour letters of the ground's own luminance (cyan on mid grey) show in a channel alone.
            int[] grey = channel.of(image, cut);
            Ink seen = OcrCrop.isFlat(grey) ? null : Ink.of(grey, cut.width(), cut.height(), channel);
            if (seen != null && (ink == null || seen.contrast() > ink.contrast())) {
                ink = seen;
                lum = grey;
            }
        }
        if (ink == null) {
            return line;
        }
        // Per row, the strokes it crosses (runs of ink): a line of letters crosses many in each of its rows, while
        // anatomy or a backdrop's edge that a loose box takes in is one solid run.
        int[] rows = new int[cut.height()];
        int busiest = 0;
        for (int y = 0; y < cut.height(); y++) {
            boolean before = false;
            for (int x = 0; x < cut.width(); x++) {
                boolean inked = ink.faint(lum[y * cut.width() + x]);
                if (inked && !before) rows[y]++;
                before = inked;
            }
            busiest = Math.max(busiest, rows[y]);
        }
        int[] run = inkiestRun(rows, Math.max(1, BAND_STROKES * busiest));
        if (mayLookAround && run != null && run[0] == 0 && run[1] == rows.length) {
            return lookAround(image, line, others); // strokes in every row: the box may lie inside its letters
        }
        if (run == null || run[0] < 1 || run[1] > rows.length - 1 || run[1] - run[0] < MIN_BAND_ROWS) {
            return line; // no clean line: its ink reaches the box's top or bottom (anatomy, a line the box cuts)
        }
        // The rows of the letters' tops and bottoms cross fewer strokes than the band's least: the band takes them in.
        int edge = Math.max(1, (int) Math.round(BAND_EDGE * (run[1] - run[0])));
        Band band = new Band(cut.y() + Math.max(0, run[0] - edge), cut.y() + Math.min(rows.length, run[1] + edge), ink);
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

    /**
     * {@code line}, a box that may lie inside its letters, looked at again with its height added above and below,
     * where the line's band and the ground around it show whole: grown over those rows and along the line where the
     * line runs on past the box; {@code line} itself otherwise.
     */
    private static Box lookAround(DisplayImage image, Box line, List<Box> others) {
        Box around = Box.fromCorners(line.x(), Math.max(0, line.y() - line.height()), line.right(),
                Math.min(image.height(), line.bottom() + line.height()));
        Box grown = grow(image, around, others, false);
        return grown.width() > line.width() ? Box.fromCorners(grown.x(), around.y(), grown.right(), around.bottom()) : line;
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
     * The line's ink: grey values within {@code tolerance} of the level its letters are drawn in (burned-in text is
     * drawn in one colour), read off the strokes' edges ({@link StrokeLevels}). A window on both sides of the level,
     * not everything beyond a threshold, is what lets the line be followed where the ground beside it changes: over
     * anatomy lighter than light text (a grey identifier running from a black ground onto bright tissue: its letters
     * are then darker than what is around them), over a grey bar, over speckle of other greys. Ground of the letters'
     * own grey is told apart by its shape (a stroke, concentrated in the band), not by its level.
     *
     * @param level      the letters' level
     * @param tolerance  how far a letter's core may lie from it (noise, lossy compression, antialiasing)
     * @param middle     halfway between the level and the background next to the strokes in the box
     */
    private record Ink(int level, int tolerance, int middle, PixelGrey grey) {

        /**
         * The ink of a crop {@code w} wide of the greys {@code grey} sees, or null where its strokes show no clear
         * text and background: the tolerance is a {@link #CONTRAST_PARTS}th of the contrast between the letters and
         * the background beside them, at least {@link #MIN_TOLERANCE}.
         */
        static Ink of(int[] lum, int w, int h, PixelGrey grey) {
            StrokeLevels levels = StrokeLevels.of(lum, w, h, MIN_CONTRAST);
            if (levels == null) {
                return null;
            }
            return new Ink(levels.text(), 0, 0, grey).over(levels.background());
        }

        /** How far the letters' level lies from the ground they were first seen on. */
        int contrast() {
            return 2 * Math.abs(level - middle);
        }

        /**
         * The same letters over a ground of grey {@code ground}: the tolerance is a {@link #CONTRAST_PARTS}th of the
         * contrast between them (at least {@link #MIN_TOLERANCE}), and faint ink is what lies nearer the letters than
         * the ground. Text a device draws over tissue a few grey levels from its own colour is followed by its exact
         * level there, and tissue beside it is no ink; on a black ground antialiased stems that reach only part of the
         * level still count.
         */
        Ink over(int ground) {
            return new Ink(level, Math.max(MIN_TOLERANCE, Math.abs(level - ground) / CONTRAST_PARTS), (level + ground) / 2,
                    grey);
        }

        /** At the letters' level (small antialiased letters reach it in their stems' cores). */
        boolean is(int v) {
            return Math.abs(v - level) <= tolerance;
        }

        /**
         * At the letters' level, or between it and the middle: the letters' antialiased edges and faint dots too, and
         * never a ground on the far side of the letters' level (tissue lighter than light letters).
         */
        boolean faint(int v) {
            return is(v) || (level > middle ? v > middle && v < level : v < middle && v > level);
        }
    }

    /** The ink's tolerance is this part of the contrast between the letters and the box's background. */
    static final int CONTRAST_PARTS = 6;
    /**
     * The least tolerance, in grey levels: rounding in the display mapping and in lossless codecs' colour
     * conversions.
     */
    static final int MIN_TOLERANCE = 3;

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
                // Faint ink is judged against the ground here, which changes along a line over anatomy or a bar.
                Band here = new Band(top, bottom, ink.over(ground(image, from, to, above, below, ink.grey())));
                for (int c = from; c < to; c++) {
                    bandInk += here.columnInk(image, c, top, bottom, false);
                    guardInk += here.columnInk(image, c, above, top, false) + here.columnInk(image, c, bottom, below, false);
                    int f = here.columnInk(image, c, top, bottom, true);
                    bandFaint += f;
                    // Faint ink, because antialiased stems straddle two columns and reach the letters' level in
                    // neither; one unbroken run, because speckle's faint pixels are scattered.
                    tallest = Math.max(tallest, here.longestRun(image, c));
                    guardFaint += here.columnInk(image, c, above, top, true) + here.columnInk(image, c, bottom, below, true);
                    if (f > 0) { // the line's extent: faint ink too, its antialiased edges
                        if (firstInk < 0) firstInk = c;
                        lastInk = c;
                    }
                }
                int bandArea = (to - from) * height();
                int guardArea = Math.max(1, (to - from) * (below - above - height()));
                // A letter has a tall stroke, ink at the letters' own level, and ink (at the level, and nearer the
                // letters than the ground) concentrated in the band. Small antialiased letters on a ground close to
                // their level reach the level in a few pixels only: their faint ink carries the count.
                boolean letter = tallest >= stroke && bandInk > 0 && Math.max(bandInk, bandFaint) >= stroke
                        && (double) bandInk / bandArea >= CONCENTRATION * guardInk / guardArea
                        && (double) bandFaint / bandArea >= CONCENTRATION * guardFaint / guardArea;
                boolean guardBusy = guardInk >= stroke;
                // The rest of a letter the step before held (the bowl and foot of a final 2, a 7's bar) holds no
                // tall stroke of its own, and still belongs to the line; in small antialiased text its strokes may
                // reach the letters' level nowhere, only faint ink in the band alone shows them (a 6 px final 9).
                boolean rest = lastWasLetter && !guardBusy && (bandInk > 0 || bandFaint >= 2 && guardFaint < 2);
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

        /** The median grey of columns [from, to) in rows [y0, y1): the ground the line stands on there. */
        private static int ground(DisplayImage image, int from, int to, int y0, int y1, PixelGrey grey) {
            return CropContrast.median(grey.of(image, Box.fromCorners(from, y0, to, y1)));
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
         * Ink pixels of column {@code x} in rows [y0, y1): at the letters' level, or ({@code faint}) at it or nearer it
         * than the ground ({@link Ink#faint}).
         */
        private int columnInk(DisplayImage image, int x, int y0, int y1, boolean faint) {
            int n = 0;
            for (int y = Math.max(0, y0); y < Math.min(image.height(), y1); y++) {
                int v = ink.grey().of(image, x, y);
                if (faint ? ink.faint(v) : ink.is(v)) n++;
            }
            return n;
        }
    }
}
