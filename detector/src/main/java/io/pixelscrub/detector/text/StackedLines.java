package io.pixelscrub.detector.text;

import io.pixelscrub.detector.image.DisplayImage;
import io.pixelscrub.models.Box;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a box that holds several stacked lines (tight line spacing merges their detector kernels) into one box per
 * line, by the rows of strokes of the box on the picture that found it ({@link LineInk#lineBands}): rows that cross
 * no writing separate the lines.
 * Single-line OCR of a two-line box reads garbage, which hides device text as unknown and can misjudge PHI. The
 * pieces tile the box exactly (each cut lies in a gap between the lines), so no glyph loses its cover.
 */
final class StackedLines {

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
        // Rows are told apart by the strokes they cross (LineInk), not by Otsu ink over the box: a text backdrop,
        // shaded anatomy or a faint line below a bright one made every row "ink" or none, and the box stayed whole.
        int[] rows = LineInk.rowSteps(image, cut);
        List<int[]> lines = LineInk.lineBands(rows).stream().filter(b -> b[1] - b[0] >= MIN_LINE_ROWS).toList();
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

    /** The row with the fewest steps in [from, to), the middle one among equals; the gap between two lines. */
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
