package io.pixelscrub.detector.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pixelscrub.detector.Finding;
import io.pixelscrub.detector.FindingSource;
import io.pixelscrub.detector.Verdict;
import io.pixelscrub.detector.classify.HeaderDenyList;
import io.pixelscrub.detector.classify.LineJudge;
import io.pixelscrub.detector.classify.PhiClassifier;
import io.pixelscrub.models.Box;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RowNeighboursTest {

    private static final LineJudge JUDGE = text -> PhiClassifier.standard().classify(text, HeaderDenyList.empty());

    private static Finding kept(String text, Box box) {
        return new Finding(box, Set.of(0), FindingSource.DETECTOR, Verdict.NOT_PHI, 0.6, "allow-list", text);
    }

    @Test
    void sexAndAgeCutApartAreJudgedTogether() {
        List<Finding> out = RowNeighbours.join(List.of(kept("M", new Box(70, 60, 20, 24)),
                kept("49", new Box(150, 58, 40, 26))), JUDGE);
        assertEquals(Verdict.UNKNOWN, out.get(0).verdict());
        assertEquals(Verdict.UNKNOWN, out.get(1).verdict());
    }

    @Test
    void aMarkerBesideDeviceTextStaysKept() {
        List<Finding> out = RowNeighbours.join(List.of(kept("R", new Box(10, 10, 12, 20)),
                kept("FR 13Hz", new Box(40, 10, 80, 20))), JUDGE);
        assertEquals(Verdict.NOT_PHI, out.get(0).verdict());
    }

    @Test
    void shortLinesOnOtherRowsOrFarAwayStayAlone() {
        List<Finding> out = RowNeighbours.join(List.of(kept("M", new Box(70, 60, 20, 24)),
                kept("49", new Box(70, 100, 40, 24)), kept("F", new Box(400, 60, 20, 24))), JUDGE);
        out.forEach(f -> assertEquals(Verdict.NOT_PHI, f.verdict(), f.text()));
    }

    /**
     * Rows are judged on the line boxes as read: with margins, the ID line just above a sex letter shared its row and
     * was taken for its neighbour, and the sex and age beside each other were never judged together (VL1 endoscopy).
     */
    @Test
    void theLineAboveIsNoRowNeighbourOnceMarginsAreSetAside() {
        Box id = new Box(72, 34, 75, 33);
        Box sex = new Box(74, 54, 27, 29);
        Box age = new Box(150, 55, 51, 34);
        List<Finding> grown = List.of(kept("XQZW", grow(id, 7)), kept("M", grow(sex, 6)), kept("63", grow(age, 7)));
        List<Finding> out = RowNeighbours.join(grown, JUDGE, Set.of(), List.of(id, sex, age));
        assertEquals(Verdict.UNKNOWN, out.get(1).verdict(), "M beside 63 is sex and age");
    }

    private static Box grow(Box b, int m) {
        return new Box(b.x() - m, b.y() - m, b.width() + 2 * m, b.height() + 2 * m);
    }
}
