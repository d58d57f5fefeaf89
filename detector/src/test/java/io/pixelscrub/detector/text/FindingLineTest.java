package io.pixelscrub.detector.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pixelscrub.detector.Finding;
import io.pixelscrub.detector.FindingSource;
import io.pixelscrub.detector.Verdict;
import io.pixelscrub.detector.classify.LineJudge;
import io.pixelscrub.detector.classify.TextVerdict;
import io.pixelscrub.models.Box;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Findings carry the line box the reader found, and tell a kept line from a blob that may be a piece of another. */
class FindingLineTest {
    private static final LineJudge DEVICE = text -> new TextVerdict(Verdict.NOT_PHI, 0.9, "allow-list");

    @Test
    void aFindingKeepsItsLineBoxBesideTheGrownBox() {
        Box line = new Box(200, 300, 120, 30);
        Finding f = TextFindings.judge(List.of(new ReadLine(line, 0.9, new OcrLine("kV 120", 0.95), "window")), 0,
                DEVICE, FindingSource.DETECTOR).get(0);
        assertEquals(line, f.line());
        assertEquals(line.grow(TextFindings.margin(new ReadLine(line, 0.9, OcrLine.NOTHING, "window"))), f.box());
        assertEquals(line, f.withBox(new Box(0, 0, 5, 5)).line(), "the box may change, the line stays");
    }

    @Test
    void keptBlobsOfOneOrTwoCharactersMayBePiecesOfANeighbour() {
        assertTrue(TextFindings.mayBePieceOfNeighbour(kept("0;", new Box(5, 86, 21, 20))));
        assertFalse(TextFindings.mayBePieceOfNeighbour(kept("GAIN 82", new Box(10, 178, 78, 23))), "a kept line");
        assertFalse(TextFindings.mayBePieceOfNeighbour(kept("", new Box(288, 36, 32, 75))),
                "a large box OCR read nothing in was judged by the picture");
    }

    private static Finding kept(String text, Box line) {
        return new Finding(line.grow(4), Set.of(0), FindingSource.DETECTOR, Verdict.NOT_PHI, 0.8, "test", text, line);
    }
}
