package io.pixelscrub.detector.text;

import io.pixelscrub.detector.Finding;
import io.pixelscrub.detector.Verdict;
import io.pixelscrub.models.Box;
import java.util.ArrayList;
import java.util.List;

/**
 * A redacted line's margin ({@link TextFindings#margin}) stops halfway to a kept line beside it (a line OCR read at
 * least three letters or digits in). The margin, a fifth of
 * the line height on every side, is room for a box that sits a pixel off; where lines are set close (film panels, a
 * parameter column under a clock: 20 px letters 24 px apart) it reached a quarter of the way into the next line's
 * letters and blacked out device text the classifier had kept. Halfway between the two line boxes is as far from
 * either line's letters as the gap allows, and the redacted box never shrinks inside its own line's box less the part
 * of the detector's glyph padding ({@link DbnetTextLocator#PAD_VERTICAL}) beyond the one pixel the unpadded box was
 * measured to miss by. Where both lines' own writing is placed in their boxes ({@link OwnInk}), the redaction also
 * stops halfway between the two lines' writing, never closer than {@link #INK_PAD} to its own: the detector's boxes of
 * small stacked lines overlap each other's letters, so halfway between the boxes lies inside the kept line.
 */
final class NeighbourMargins {
    /** Share of a line box's height that clipping may take back from its side: the glyph padding less a pixel's worth. */
    static final double MAX_TAKEN = 0.08;

    private NeighbourMargins() {
    }

    /**
     * @param lines each finding's line box as read, before the margin, in the findings' order
     */
    static List<Finding> clip(List<Finding> findings, List<Box> lines) {
        return clip(findings, lines, lines);
    }

    /**
     * @param lines each finding's line box as read, before the margin, in the findings' order
     * @param inks  each finding's own writing in its box ({@link ReadLine#ink}), the line box where not placed
     */
    static List<Finding> clip(List<Finding> findings, List<Box> lines, List<Box> inks) {
        List<Finding> out = new ArrayList<>(findings.size());
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            if (f.verdict() == Verdict.NOT_PHI) {
                out.add(f);
                continue;
            }
            Box own = lines.get(i);
            Box grown = f.box();
            int take = (int) Math.floor(MAX_TAKEN * Math.min(own.width(), own.height()));
            int top = grown.y();
            int bottom = grown.bottom();
            int left = grown.x();
            int right = grown.right();
            for (int j = 0; j < findings.size(); j++) {
                if (j == i || !keptLine(findings.get(j))) {
                    continue;
                }
                Box kept = lines.get(j);
                if (overlap(own.x(), own.right(), kept.x(), kept.right()) > 0 && !sameRow(own, kept)) {
                    Box ownInk = inks.get(i);
                    Box keptInk = inks.get(j);
                    boolean placed = !ownInk.equals(own) && !keptInk.equals(kept);
                    if (centreY(kept) > centreY(own)) {
                        bottom = Math.min(bottom, Math.max(own.bottom() - take, ceilHalf(own.bottom() + kept.y())));
                        if (placed && ownInk.bottom() <= keptInk.y()) {
                            bottom = Math.min(bottom, Math.max(ownInk.bottom() + INK_PAD,
                                    ceilHalf(ownInk.bottom() + keptInk.y())));
                        }
                    } else {
                        top = Math.max(top, Math.min(own.y() + take, (kept.bottom() + own.y()) / 2));
                        if (placed && keptInk.bottom() <= ownInk.y()) {
                            top = Math.max(top, Math.min(ownInk.y() - INK_PAD, (keptInk.bottom() + ownInk.y()) / 2));
                        }
                    }
                } else if (sameRow(own, kept) && overlap(own.x(), own.right(), kept.x(), kept.right()) <= 0) {
                    if (kept.x() >= own.right()) {
                        right = Math.min(right, Math.max(own.right() - take, ceilHalf(own.right() + kept.x())));
                    } else {
                        left = Math.max(left, Math.min(own.x() + take, (kept.right() + own.x()) / 2));
                    }
                }
            }
            boolean changed = top != grown.y() || bottom != grown.bottom() || left != grown.x() || right != grown.right();
            out.add(changed ? f.withBox(new Box(left, top, right - left, bottom - top)) : f);
        }
        return out;
    }

    /**
     * Rows kept beyond a line's own writing ({@link OwnInk}) where it faces a kept line: the antialiased edge of its
     * letters, whose faintest row shows no step (11 px DejaVu Sans on noise: one row), and a row to spare. Between the two lines' writing the redaction stops halfway, as between their boxes.
     */
    static final int INK_PAD = 2;

    /**
     * A kept line of at least {@link #MIN_CHARACTERS} letters and digits: a blob OCR read as a character or two ("0;")
     * is as often a misread piece of the redacted line itself, and the margin must still cover that line.
     */
    private static boolean keptLine(Finding f) {
        return f.verdict() == Verdict.NOT_PHI && f.text() != null
                && f.text().chars().filter(Character::isLetterOrDigit).count() >= MIN_CHARACTERS;
    }

    static final int MIN_CHARACTERS = 3;

    private static int overlap(int a0, int a1, int b0, int b1) {
        return Math.min(a1, b1) - Math.max(a0, b0);
    }

    /** Most of the smaller box's height shared: one row, side by side. */
    private static boolean sameRow(Box a, Box b) {
        return overlap(a.y(), a.bottom(), b.y(), b.bottom()) >= 0.5 * Math.min(a.height(), b.height());
    }

    private static double centreY(Box b) {
        return b.y() + b.height() / 2.0;
    }

    private static int ceilHalf(int twice) {
        return (twice + 1) / 2;
    }
}
