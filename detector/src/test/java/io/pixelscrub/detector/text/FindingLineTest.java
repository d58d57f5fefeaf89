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
    void anUnknownLineReadSurelyWithADigitIsCoveredToItsInksEnds() {
        LineJudge unexplained = text -> new TextVerdict(Verdict.UNKNOWN, 0.5, "unknown:unexplained-text");
        Box box = new Box(0, 153, 110, 40);
        Box ink = new Box(0, 153, 147, 40); // the line's ink runs on 37 px past its box (LineEnds)
        for (String text : new String[] {"06/2", "Op: 12"}) {
            Finding f = judgeOne(new ReadLine(box, 0.9, new OcrLine(text, 0.95), "window").withCover(ink), unexplained);
            assertTrue(f.box().right() >= ink.right(), text + ": " + f.box());
        }
        // Read unsurely, or read surely without a digit: the box, not the ink, as before.
        Finding unsure = judgeOne(new ReadLine(box, 0.9, new OcrLine("06/2", 0.4), "window").withCover(ink), unexplained);
        Finding letters = judgeOne(new ReadLine(box, 0.9, new OcrLine("Page", 0.96), "window").withCover(ink), unexplained);
        for (Finding f : List.of(unsure, letters)) {
            assertTrue(f.box().right() < ink.right(), f.text() + ": " + f.box());
        }
    }

    private static Finding judgeOne(ReadLine line, LineJudge judge) {
        return TextFindings.judge(List.of(line), 0, judge, FindingSource.DETECTOR).get(0);
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
