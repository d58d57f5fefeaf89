package io.pixelscrub.detector.text;

import io.pixelscrub.detector.Finding;
import io.pixelscrub.detector.Verdict;
import io.pixelscrub.detector.classify.PhiClassifier;
import io.pixelscrub.models.Box;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Devices print patient demographics as a stack of lines (name over ID over birth date over study date). A PHI line
 * stacked on another line that is PHI or unreadable is such a block, and the lines directly above and below it belong
 * to it: a name slot holding an unexpected word, or an age OCR read as a bare number, is PHI too. Only direct
 * neighbours are pulled in, so a column of device parameters under a one-line PHI header bar is not.
 */
final class DemographicBlocks {
    /** Lines closer than this share of their height are one block. */
    private static final double MAX_GAP = 0.6;

    private DemographicBlocks() {
    }

    /**
     * @param pictures findings that are no text at all ({@link GlyphEvidence}): never pulled into a block
     * @param lines    each finding's line box as the reader found it, before the redaction margin: stacking is judged
     *                 on where the text is, since margins of a fifth of a line height on both sides made lines two
     *                 rows apart look stacked (12-up films, ultrasound parameter columns)
     */
    static List<Finding> escalate(List<Finding> findings, Set<Finding> pictures, List<Box> lines) {
        int n = findings.size();
        boolean[] inPhiStack = new boolean[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i != j && isPhi(findings.get(i)) && findings.get(j).verdict() != Verdict.NOT_PHI
                        && stacked(lines.get(i), lines.get(j))) {
                    inPhiStack[i] = true;
                }
            }
        }
        List<Finding> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Finding f = findings.get(i);
            boolean pulledIn = false;
            if (!isPhi(f) && !pictures.contains(f) && !deviceReading(f)) {
                for (int j = 0; j < n && !pulledIn; j++) {
                    pulledIn = inPhiStack[j] && stacked(lines.get(i), lines.get(j));
                }
            }
            out.add(pulledIn
                    ? new Finding(f.box(), f.frames(), f.source(), Verdict.PHI, 0.6, f.reason() + "; context:in a block of PHI lines", f.text(),
                            f.line())
                    : f);
        }
        return out;
    }

    /**
     * A device annotation holding a measurement or setting ("23cm", "Tilt 6", "512x512") is no demographic value,
     * wherever it stands: lines of a parameter column under a demographics block stay device text.
     */
    private static boolean deviceReading(Finding f) {
        return f.verdict() == Verdict.NOT_PHI && f.text() != null
                && PhiClassifier.standard().holdsDeviceReading(f.text());
    }

    private static boolean isPhi(Finding f) {
        return f.verdict() == Verdict.PHI;
    }

    /** One line directly above the other, overlapping horizontally. */
    static boolean stacked(Box a, Box b) {
        int overlapX = Math.min(a.right(), b.right()) - Math.max(a.x(), b.x());
        if (overlapX <= 0 || overlapX < 0.3 * Math.min(a.width(), b.width())) {
            return false;
        }
        int gap = Math.max(a.y(), b.y()) - Math.min(a.bottom(), b.bottom());
        return gap <= MAX_GAP * Math.min(a.height(), b.height());
    }
}
