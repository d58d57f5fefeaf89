package io.pixelscrub.detector.text;

import io.pixelscrub.detector.image.DisplayImage;
import io.pixelscrub.models.Box;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * Where the writing in a box lies, found by its strokes: a row of text crosses many vertical strokes, each a sharp
 * step between two neighbouring pixels, while a flat or gently shaded background (a backdrop box, a gradient, smooth
 * anatomy) has none and a backdrop's or organ's edge gives one or two per row. Counting steps rather than dark or light
 * pixels (an Otsu threshold over the box) is what keeps a text backdrop, a neighbour's bar or a patch of anatomy in
 * the box from being taken for ink.
 *
 * <p>Why lines are read there: the detector's box for a line is its probability kernel grown by the DB unclip
 * distance (area x 1.5 / perimeter), and the kernel of small text is not much thinner than the text (the map is
 * predicted at a quarter resolution): 7 px lines get 20-23 px boxes, which take in slivers and backdrop bars of the
 * lines above and below, and OCR read such a crop as nothing. The line keeps the detector's box for its redaction
 * ({@link PixelTextReader}).
 */
final class LineInk {

    /** The smallest step between neighbouring pixels (grey levels, any channel) that may be a stroke's edge. */
    static final int MIN_STEP = 12;
    /** A step counts when it is this many times the box's typical (median) step: noise and texture stay below. */
    static final int NOISE_FACTOR = 3;
    /**
     * A row is a row of writing when it holds at least this share of the busiest row's steps, and more than
     * {@link #EDGE_STEPS}: one or two steps are a backdrop's or an organ's sides.
     */
    static final double ROW_SHARE = 0.2;
    static final int EDGE_STEPS = 2;
    /** A band of writing rows is a line when at least this share of the tallest band's height, as for ink rows. */
    static final double MIN_LINE_SHARE = StackedLines.MIN_LINE_SHARE;
    /** Pad above and below the writing, as a fraction of its height (plus one pixel): antialiasing, accents, glyph tops. */
    static final double PAD_VERTICAL = 0.25;

    /** The fewest rows of writing a box is fitted to (as {@link StackedLines#MIN_LINE_ROWS}). */
    static final int MIN_LINE_ROWS = StackedLines.MIN_LINE_ROWS;
    /** A box is cut only when its writing and pad keep at most this share of its height. */
    static final double MAX_KEPT_SHARE = 0.75;

    private LineInk() { }

    /** Steps per row of a {@link #steps} mask {@code width} wide. */
    static int[] perRow(boolean[] step, int width, int height) {
        int[] rows = new int[height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if (step[y * width + x]) rows[y]++;
            }
        }
        return rows;
    }

    /**
     * Whether each pixel of {@code cut} steps sharply to its right neighbour: by at least {@link #MIN_STEP} and
     * {@link #NOISE_FACTOR} times the median step, in the channel that steps most (blue text on black is strong in
     * one channel only).
     */
    static boolean[] steps(DisplayImage image, Box cut) {
        int w = cut.width();
        int h = cut.height();
        int c = image.channels();
        byte[] px = image.pixels();
        int[] diff = new int[w * h];
        for (int y = 0; y < h; y++) {
            int base = ((cut.y() + y) * image.width() + cut.x()) * c;
            for (int x = 0; x + 1 < w; x++) {
                int d = 0;
                for (int k = 0; k < c; k++) {
                    d = Math.max(d, Math.abs((px[base + x * c + k] & 0xFF) - (px[base + (x + 1) * c + k] & 0xFF)));
                }
                diff[y * w + x] = d;
            }
        }
        int threshold = stepThreshold(diff, diff.length);
        boolean[] step = new boolean[w * h];
        for (int i = 0; i < diff.length; i++) {
            step[i] = diff[i] >= threshold;
        }
        return step;
    }

    /**
     * The least step that counts as a stroke's edge among the first {@code n} of {@code diff} (steps between
     * neighbours): {@link #MIN_STEP}, and {@link #NOISE_FACTOR} times their median. {@code diff} is left as it was.
     */
    static int stepThreshold(int[] diff, int n) {
        int[] sorted = Arrays.copyOf(diff, n);
        Arrays.sort(sorted);
        return Math.max(MIN_STEP, NOISE_FACTOR * (n == 0 ? 0 : sorted[n / 2]));
    }

    /** Whether a row with {@code count} steps is a row of writing in a box whose busiest row has {@code busiest}. */
    static boolean writingRow(int count, int busiest) {
        return count > EDGE_STEPS && count >= ROW_SHARE * busiest;
    }

    /**
     * Bands [first row, end row) of consecutive writing rows at least {@link #MIN_LINE_SHARE} of the tallest band's
     * height (a row or two of textured anatomy, dots and rules are no line); with {@code keepEdgeBands}, a band the
     * box's top or bottom edge cuts stays however short: it may be the part of a line the detector found badly (or not
     * at all) that only this box covers.
     */
    static List<int[]> lineBands(int[] rows, boolean keepEdgeBands) {
        int busiest = Arrays.stream(rows).max().orElse(0);
        List<int[]> bands = StackedLines.runs(rows.length, y -> writingRow(rows[y], busiest));
        int tallest = bands.stream().mapToInt(b -> b[1] - b[0]).max().orElse(0);
        return bands.stream().filter(b -> b[1] - b[0] >= MIN_LINE_SHARE * tallest
                || keepEdgeBands && (b[0] == 0 || b[1] == rows.length)).toList();
    }

    /** {@link #writing(DisplayImage, Box, Predicate)} with every short band at the box's edge counted. */
    static Box writing(DisplayImage image, Box box) {
        return writing(image, box, strip -> false);
    }

    /**
     * The writing in {@code box}, unpadded, in picture coordinates: the rows from the first to the last line band,
     * grown over the rows next to them that still cross a stroke, and the columns of their steps; null when the box
     * shows no clear writing (flat, one or two steps a row, or steps in every row: speckle or texture, which the
     * strokes cannot place). A band too short to be a line that the box's top or bottom edge cuts counts unless
     * {@code coveredElsewhere} says another line's box holds its writing (its rows, between its first and last step): it is a piece of a line above or below, which
     * may have been found badly or not at all, and then only this box covers it.
     */
    static Box writing(DisplayImage image, Box box, Predicate<Box> coveredElsewhere) {
        Box cut = box.clip(image.width(), image.height());
        if (cut.height() < 3 || cut.width() < 3) {
            return null;
        }
        boolean[] step = steps(image, cut);
        int[] rows = perRow(step, cut.width(), cut.height());
        List<int[]> lines = lineBands(rows, false);
        List<int[]> bands = new ArrayList<>();
        for (int[] b : lineBands(rows, true)) {
            int[] at = columns(step, cut.width(), b[0], b[1]);
            if (lines.contains(b) || !coveredElsewhere.test(
                    Box.fromCorners(cut.x() + at[0], cut.y() + b[0], cut.x() + at[1], cut.y() + b[1]))) {
                bands.add(b);
            }
        }
        if (bands.isEmpty()) {
            return null;
        }
        int top = bands.get(0)[0];
        int bottom = bands.get(bands.size() - 1)[1];
        if (top == 0 && bottom == cut.height()) {
            return null; // steps in every row: nothing to place
        }
        int[] columns = columns(step, cut.width(), top, bottom);
        // Rows of ascenders, descenders, accents and commas cross few strokes (a capital or two, a 'y'): the line
        // reaches on over every row next to it that has a step between its first and last stroke, up to the first row
        // without one. Its outermost columns are left out: a backdrop's sides step in every row.
        int[] inside = {columns[0] + 1, columns[1] - 2};
        while (top > 0 && stepsIn(step, cut.width(), top - 1, inside)) top--;
        while (bottom < cut.height() && stepsIn(step, cut.width(), bottom, inside)) bottom++;
        columns = columns(step, cut.width(), top, bottom);
        return Box.fromCorners(cut.x() + columns[0], cut.y() + top, cut.x() + columns[1], cut.y() + bottom);
    }

    /** [first, end) of the columns that hold a step in rows [top, bottom); a step lies between x and x + 1. */
    private static int[] columns(boolean[] step, int width, int top, int bottom) {
        int left = width;
        int right = 0;
        for (int y = top; y < bottom; y++) {
            for (int x = 0; x < width; x++) {
                if (step[y * width + x]) {
                    left = Math.min(left, x);
                    right = Math.max(right, Math.min(width, x + 2));
                }
            }
        }
        return new int[] {left, right};
    }

    private static boolean stepsIn(boolean[] step, int width, int y, int[] columns) {
        for (int x = columns[0]; x < columns[1]; x++) {
            if (step[y * width + x]) return true;
        }
        return false;
    }

    /**
     * {@code box} with the rows above and below its writing ({@link #writing}) taken off, less a pad of
     * {@link #PAD_VERTICAL} of the writing's height: the rows from the first to the last line band stay, however
     * far apart, and so does the box's whole width (a part of a line over anatomy may show fewer steps). Never larger than {@code box}; {@code box}
     * itself when it shows no clear writing, so a box the strokes cannot place is never cut.
     */
    static Box tighten(DisplayImage image, Box box) {
        return tighten(image, box, strip -> false);
    }

    /** As {@link #tighten(DisplayImage, Box)}, short edge bands judged as {@link #writing(DisplayImage, Box, Predicate)} says. */
    static Box tighten(DisplayImage image, Box box, Predicate<Box> coveredElsewhere) {
        Box ink = writing(image, box, coveredElsewhere);
        if (ink == null || ink.height() < MIN_LINE_ROWS) {
            return box; // a row or three of steps is a speck or texture, not a line to fit the box to
        }
        int pad = (int) Math.ceil(PAD_VERTICAL * ink.height()) + 1;
        int y0 = Math.max(box.y(), ink.y() - pad);
        int y1 = Math.min(box.bottom(), ink.bottom() + pad);
        // Only a box clearly too tall for its writing is cut: a trim of a row or two (the detector's own glyph pad)
        // gains nothing and only moves OCR's reading about. Large boxes keep their height for the rules that judge
        // them by it (a box of 40 px or more read as nothing needs evidence of writing, TextFindings.LARGE_LINE).
        boolean loose = y1 - y0 <= MAX_KEPT_SHARE * box.height() && box.height() < TextFindings.LARGE_LINE;
        return loose && y1 > y0 ? new Box(box.x(), y0, box.width(), y1 - y0) : box;
    }
}
