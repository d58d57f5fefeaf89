package io.pixelscrub.detector.text;

import io.pixelscrub.detector.image.DisplayImage;
import io.pixelscrub.models.Box;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a box that holds several stacked lines (tight line spacing merges their detector kernels) into one box per
 * line, by the horizontal ink profile of the box on the picture that found it: rows without ink separate the lines.
 * Single-line OCR of a two-line box reads garbage, which hides device text as unknown and can misjudge PHI. The
 * pieces tile the box exactly (each cut lies in a gap between the lines), so no glyph loses its cover.
 */
final class StackedLines {

    /** A row holding at most this share of the busiest row's ink is a gap (speckle and stray pixels stay below). */
    static final double GAP_INK = 0.03;
    /** A band of ink rows is a line when at least this share of the tallest band's height: dots, underlines and
     * descender tails are not. */
    static final double MIN_LINE_SHARE = 0.45;
    /** The fewest rows a line of text can have. */
    static final int MIN_LINE_ROWS = 4;

    private StackedLines() { }

    /** The box itself when it holds one line (or no clear ink), else one box per line, top to bottom. */
    static List<Box> split(DisplayImage image, Box box) {
        Box cut = box.clip(image.width(), image.height());
        if (cut.height() < 2 * MIN_LINE_ROWS + 1 || cut.width() < 2) {
            return List.of(box);
        }
        int[] lum = OcrCrop.luminance(image, cut);
        if (OcrCrop.isFlat(lum)) {
            return List.of(box);
        }
        boolean lightText = OcrCrop.backgroundIsDark(lum, cut.width(), cut.height());
        int threshold = Otsu.threshold(lum);
        int[] rows = new int[cut.height()];
        int busiest = 0;
        for (int y = 0; y < cut.height(); y++) {
            for (int x = 0; x < cut.width(); x++) {
                int v = lum[y * cut.width() + x];
                if (lightText ? v > threshold : v <= threshold) rows[y]++;
            }
            busiest = Math.max(busiest, rows[y]);
        }
        return cutBetween(box, cut, rows, lines(rows, busiest * GAP_INK));
    }

    /**
     * The box cut between the bands of its rows of writing found by their strokes ({@link LineInk}): rows that cross
     * many sharp steps between neighbouring pixels are writing, whatever lies behind it. Where small lines sit on
     * backdrops, over anatomy or over noise, an Otsu threshold over the box separates backdrop from anatomy rather
     * than ink from background, and finds no ink-free row between the lines ({@link #split} does not fire): a 7 px
     * {@code Slice 2.0mm} over a faint {@code 1.10s Pitch 1.29} on a CT's soft tissue, {@code Zoom 1.0} over
     * {@code D4 1.13 cm} on a JPEG ultrasound (tuning seed 43). A band is a line when it is at least
     * {@link #MIN_LINE_ROWS} rows and {@link #MIN_LINE_SHARE} of the tallest band's height, so a row or two of an
     * organ's edge, dots, underlines and descenders are none; a band the box's edge cuts counts as for any band (the
     * part of a line there is written). The pieces tile the box as {@link #split}'s do. Anatomy can show such bands
     * too: the caller keeps these pieces only where one of them reads a word ({@link PixelTextReader}).
     */
    static List<Box> splitByStrokes(DisplayImage image, Box box) {
        Box cut = box.clip(image.width(), image.height());
        if (cut.height() < 2 * MIN_LINE_ROWS + 1 || cut.width() < 3) {
            return List.of(box);
        }
        int[] rows = LineInk.perRow(LineInk.steps(image, cut), cut.width(), cut.height());
        List<int[]> lines = LineInk.lineBands(rows, false).stream().filter(b -> b[1] - b[0] >= MIN_LINE_ROWS).toList();
        return cutBetween(box, cut, rows, lines);
    }

    /** {@code box} cut at the quietest row between each two of {@code lines} (rows of {@code cut}); itself for one. */
    private static List<Box> cutBetween(Box box, Box cut, int[] rows, List<int[]> lines) {
        if (lines.size() < 2) {
            return List.of(box);
        }
        List<Box> pieces = new ArrayList<>();
        int top = box.y();
        for (int i = 0; i + 1 < lines.size(); i++) {
            int cutRow = cut.y() + quietestRow(rows, lines.get(i)[1], lines.get(i + 1)[0]);
            pieces.add(Box.fromCorners(box.x(), top, box.right(), cutRow));
            top = cutRow;
        }
        pieces.add(Box.fromCorners(box.x(), top, box.right(), box.bottom()));
        return pieces;
    }

    /** Runs [first, end) of consecutive indices in [0, length) that {@code ink} holds for. */
    static List<int[]> runs(int length, java.util.function.IntPredicate ink) {
        List<int[]> runs = new ArrayList<>();
        int start = -1;
        for (int y = 0; y <= length; y++) {
            boolean in = y < length && ink.test(y);
            if (in && start < 0) {
                start = y;
            } else if (!in && start >= 0) {
                runs.add(new int[] {start, y});
                start = -1;
            }
        }
        return runs;
    }

    /** Bands [first row, end row) of consecutive ink rows that are tall enough to be lines. */
    private static List<int[]> lines(int[] rows, double gap) {
        List<int[]> bands = runs(rows.length, y -> rows[y] > gap);
        int tallest = bands.stream().mapToInt(b -> b[1] - b[0]).max().orElse(0);
        List<int[]> lines = new ArrayList<>();
        for (int[] b : bands) {
            int h = b[1] - b[0];
            if (h >= MIN_LINE_ROWS && h >= MIN_LINE_SHARE * tallest) {
                lines.add(b);
            }
        }
        return lines;
    }

    /** The row with the least ink in [from, to), the middle one among equals; the gap between two lines. */
    private static int quietestRow(int[] rows, int from, int to) {
        int best = from;
        double bestScore = Double.MAX_VALUE;
        double middle = (from + to - 1) / 2.0;
        for (int y = from; y < to; y++) {
            double score = rows[y] * 1000.0 + Math.abs(y - middle);
            if (score < bestScore) {
                bestScore = score;
                best = y;
            }
        }
        return best;
    }
}
