package io.pixelscrub.detector.text;

import io.pixelscrub.models.Box;

/** Geometry of text-line boxes: when two boxes are pieces of the same line, and padding to cover whole glyphs. */
final class LineBoxes {

    private LineBoxes() { }

    /**
     * True when two boxes overlap (or touch) and share most of the shorter one's height: pieces of one line cut by a
     * tile edge, the same line found in two renderings, or words of a line. Lines stacked above each other touch
     * only in their padding and stay apart.
     */
    static boolean sameLine(Box a, Box b) {
        if (a.x() > b.right() || b.x() > a.right() || a.y() > b.bottom() || b.y() > a.bottom()) {
            return false;
        }
        int shared = Math.min(a.bottom(), b.bottom()) - Math.max(a.y(), b.y());
        int tallest = Math.max(a.height(), b.height());
        // The union must still look like one line: pieces that climb like a staircase (speckle on anatomy) would
        // otherwise chain into one box over the whole organ.
        int unionHeight = Math.max(a.bottom(), b.bottom()) - Math.min(a.y(), b.y());
        return shared >= 0.5 * Math.min(a.height(), b.height()) && unionHeight <= MAX_LINE_GROWTH * tallest;
    }

    /** How much taller than its tallest piece a joined line may be. */
    static final double MAX_LINE_GROWTH = 1.5;

    /**
     * Pads a detector box so that it covers ascenders, descenders, accents and antialiasing: DB boxes hug the text
     * core and a clipped descender would leak. The pad grows with the line height.
     */
    static Box padForGlyphs(Box box, double verticalFraction, double horizontalFraction, int columns, int rows) {
        int padY = (int) Math.round(box.height() * verticalFraction) + 1;
        int padX = (int) Math.round(box.height() * horizontalFraction) + 1;
        return Box.fromCorners(box.x() - padX, box.y() - padY, box.right() + padX, box.bottom() + padY).clip(columns, rows);
    }
}
