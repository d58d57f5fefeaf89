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
        return join(findings, judge, Set.of(), findings.stream().map(Finding::box).toList());
    }

    /**
     * @param pictures findings that are no text at all ({@link GlyphEvidence}): never joined to a neighbour
     * @param lines    each finding's line box as read, before the redaction margin: rows are judged on where the text
     *                 is (with margins, the line above a short token shared its row and was taken for its neighbour)
     */
    static List<Finding> join(List<Finding> findings, LineJudge judge, Set<Finding> pictures, List<Box> lines) {
        List<Finding> out = new ArrayList<>(findings.size());
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            int n = f.verdict() == Verdict.NOT_PHI && isShort(f) && !pictures.contains(f)
                    ? nearestOnRow(i, findings, lines) : -1;
            TextVerdict pair = n < 0 ? null : judge.judge(lines.get(i).x() < lines.get(n).x()
                    ? f.text() + " " + findings.get(n).text() : findings.get(n).text() + " " + f.text());
            out.add(pair == null || pair.verdict() == Verdict.NOT_PHI ? f
                    : new Finding(f.box(), f.frames(), f.source(), pair.verdict(), pair.confidence(),
                            f.reason() + "; context:with its row neighbour " + pair.reason(), f.text(), f.line()));
        }
        return out;
    }

    private static boolean isShort(Finding f) {
        return f.text() != null && f.text().chars().filter(Character::isLetterOrDigit).count() <= SHORT;
    }

    private static int nearestOnRow(int i, List<Finding> all, List<Box> lines) {
        int best = -1;
        int bestGap = Integer.MAX_VALUE;
        Box f = lines.get(i);
        for (int k = 0; k < all.size(); k++) {
            Finding o = all.get(k);
            Box b = lines.get(k);
            if (k == i || o.text() == null || o.text().isBlank() || !sameRow(f, b)) {
                continue;
            }
            int gap = Math.max(b.x() - f.right(), f.x() - b.right());
            if (gap <= MAX_GAP * Math.min(f.height(), b.height()) && gap < bestGap) {
                bestGap = gap;
                best = k;
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
