package io.pixelscrub.detector.text;

import io.pixelscrub.detector.Finding;
import io.pixelscrub.detector.Verdict;
import io.pixelscrub.detector.classify.LineJudge;
import io.pixelscrub.detector.classify.TextVerdict;
import io.pixelscrub.models.Box;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The detector cuts a line at wide gaps, and a token of one or two characters is harmless alone ("M", "49") but
 * not beside its neighbour ("M    49" is sex and age). A kept line that short is judged again together with the
 * nearest line on its row; when the pair is not a device annotation, the short line takes the pair's verdict.
 */
final class RowNeighbours {
    /** Neighbours at most this many line heights apart are one row. */
    static final double MAX_GAP = 3.0;
    /** Lines with at most this many letters and digits are judged with their neighbour. */
    static final int SHORT = 2;

    private RowNeighbours() {
    }

    static List<Finding> join(List<Finding> findings, LineJudge judge) {
        return join(findings, judge, Set.of());
    }

    /** @param pictures findings that are no text at all ({@link GlyphEvidence}): never joined to a neighbour */
    static List<Finding> join(List<Finding> findings, LineJudge judge, Set<Finding> pictures) {
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            Finding n = f.verdict() == Verdict.NOT_PHI && isShort(f) && !pictures.contains(f)
                    ? nearestOnRow(f, findings) : null;
            TextVerdict pair = n == null ? null
                    : judge.judge(f.box().x() < n.box().x() ? f.text() + " " + n.text() : n.text() + " " + f.text());
            out.add(pair == null || pair.verdict() == Verdict.NOT_PHI ? f
                    : new Finding(f.box(), f.frames(), f.source(), pair.verdict(), pair.confidence(),
                            f.reason() + "; context:with its row neighbour " + pair.reason(), f.text()));
        }
        return out;
    }

    private static boolean isShort(Finding f) {
        return f.text() != null && f.text().chars().filter(Character::isLetterOrDigit).count() <= SHORT;
    }

    private static Finding nearestOnRow(Finding f, List<Finding> all) {
        Finding best = null;
        int bestGap = Integer.MAX_VALUE;
        for (Finding o : all) {
            if (o == f || o.text() == null || o.text().isBlank() || !sameRow(f.box(), o.box())) {
                continue;
            }
            int gap = Math.max(o.box().x() - f.box().right(), f.box().x() - o.box().right());
            if (gap <= MAX_GAP * Math.min(f.box().height(), o.box().height()) && gap < bestGap) {
                bestGap = gap;
                best = o;
            }
        }
        return best;
    }

    /** Most of the shorter box's height shared. */
    static boolean sameRow(Box a, Box b) {
        int shared = Math.min(a.bottom(), b.bottom()) - Math.max(a.y(), b.y());
        return shared >= 0.5 * Math.min(a.height(), b.height());
    }
}
