package io.pixelscrub.detector.text;

import io.pixelscrub.detector.image.DisplayImage;
import io.pixelscrub.models.Box;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Where each line's own writing lies in its box, by its strokes ({@link LineInk#writing}), for redaction to stop short
 * of a kept line stacked next to it ({@link NeighbourMargins}). The detector boxes small stacked lines one by one, but
 * each box is two to three times its text's height (7-12 px text in 20-26 px boxes, lines 13-16 px apart), so the
 * boxes of neighbouring lines overlap and each holds slivers of the lines above and below: a redacted line's box
 * itself, before any margin, blacked out the top rows of the kept device line under it (tuning seed 43: 12 px
 * {@code D3 27.5 mm} under an unreadable line, {@code Im 33} under another).
 *
 * <p>Why this cannot uncover PHI: a line's writing is placed only where its box holds exactly one band of writing rows
 * (two bands are two lines, or a line and anatomy, which the strokes cannot part safely); a band at the box's edge is
 * left out of it only where it lies inside the writing placed, the same way, for another line's box (a sliver of that
 * neighbour's own letters). A sliver that no other line's writing holds, such as a line the detector did not box at
 * all that shows between two boxes, stays in, and the box's redaction then reaches as far as before. Everywhere else
 * the line's writing is its box ({@link ReadLine#ink}).
 */
final class OwnInk {

    /** A sliver counts as another line's writing when it lies inside that writing grown by this many pixels. */
    static final int SLACK = 1;

    private OwnInk() { }

    /**
     * The writing of each of {@code boxes} as read in {@code views} (one per box; null for a box not to be placed: a
     * vertical line), or the box itself where it is not placed.
     */
    static List<Box> of(List<DisplayImage> views, List<Box> boxes) {
        List<Box> first = new ArrayList<>(boxes.size());
        for (int i = 0; i < boxes.size(); i++) {
            int self = i;
            first.add(oneBand(views.get(i), boxes.get(i))
                    ? writing(views.get(i), boxes.get(i), strip -> heldBy(boxes, self, strip, 0)) : null);
        }
        List<Box> out = new ArrayList<>(boxes.size());
        for (int i = 0; i < boxes.size(); i++) {
            int self = i;
            // Placed the first time, so its box holds one band: only the slivers are judged again.
            Box ink = first.get(i) == null ? null
                    : writing(views.get(i), boxes.get(i), strip -> heldBy(first, self, strip, SLACK));
            out.add(ink == null ? boxes.get(i) : ink);
        }
        return out;
    }

    /** Whether one of {@code boxes} other than the {@code self}th, grown by {@code slack}, holds {@code strip}. */
    private static boolean heldBy(List<Box> boxes, int self, Box strip, int slack) {
        for (int j = 0; j < boxes.size(); j++) {
            if (j != self && boxes.get(j) != null && boxes.get(j).grow(slack).contains(strip)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code box} holds exactly one band of writing rows (as {@link LineInk#lineBands} finds them). */
    private static boolean oneBand(DisplayImage view, Box box) {
        if (view == null) {
            return false;
        }
        Box cut = box.clip(view.width(), view.height());
        if (cut.height() < 3 || cut.width() < 3) {
            return false;
        }
        int[] rows = LineInk.perRow(LineInk.steps(view, cut), cut.width(), cut.height());
        return LineInk.lineBands(rows, false).size() == 1;
    }

    /** The writing in {@code box}, short bands at its edges judged by {@code elsewhere}; null where too short a line. */
    private static Box writing(DisplayImage view, Box box, Predicate<Box> elsewhere) {
        Box ink = LineInk.writing(view, box, elsewhere);
        return ink == null || ink.height() < LineInk.MIN_LINE_ROWS ? null : ink;
    }
}
