package io.pixelscrub.detector.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pixelscrub.detector.Finding;
import io.pixelscrub.detector.FindingSource;
import io.pixelscrub.detector.Verdict;
import io.pixelscrub.models.Box;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NeighbourMarginsTest {

    private static Finding finding(Verdict verdict, Box line, int margin) {
        return new Finding(new Box(line.x() - margin, line.y() - margin, line.width() + 2 * margin,
                line.height() + 2 * margin), Set.of(0), FindingSource.DETECTOR, verdict, 0.8, "test", "text");
    }

    /** A kept blob read as a character or two may be a piece of the redacted line: the margin stays whole. */
    @Test
    void aKeptFragmentDoesNotClipTheMargin() {
        Box phi = new Box(100, 100, 120, 30);
        Box below = new Box(100, 136, 20, 30);
        Finding fragment = new Finding(new Box(94, 130, 32, 42), Set.of(0), FindingSource.DETECTOR, Verdict.NOT_PHI,
                0.6, "test", "0;");
        List<Finding> in = List.of(finding(Verdict.PHI, phi, 6), fragment);
        assertEquals(in, NeighbourMargins.clip(in, List.of(phi, below)));
    }

    @Test
    void theMarginStopsHalfwayToAKeptLineBelowAndBeside() {
        Box phi = new Box(100, 100, 120, 30);
        Box below = new Box(100, 136, 120, 30);
        Box beside = new Box(224, 100, 60, 30);
        List<Finding> out = NeighbourMargins.clip(List.of(finding(Verdict.PHI, phi, 6), finding(Verdict.NOT_PHI, below, 6),
                finding(Verdict.NOT_PHI, beside, 6)), List.of(phi, below, beside));
        Box clipped = out.get(0).box();
        assertEquals(133, clipped.bottom(), "halfway between 130 and 136");
        assertEquals(222, clipped.right(), "halfway between 220 and 224");
        assertEquals(94, clipped.y(), "no kept line above: the whole margin");
        assertEquals(94, clipped.x());
        assertEquals(out.get(1), finding(Verdict.NOT_PHI, below, 6), "kept lines are not touched");
    }

    /** Overlapping line boxes: the redacted box keeps its own line box less a share of the glyph padding. */
    @Test
    void theRedactedBoxNeverShrinksIntoItsOwnLine() {
        Box phi = new Box(100, 100, 120, 30);
        Box below = new Box(100, 122, 120, 30);
        List<Finding> out = NeighbourMargins.clip(List.of(finding(Verdict.UNKNOWN, phi, 6),
                finding(Verdict.NOT_PHI, below, 6)), List.of(phi, below));
        int take = (int) Math.floor(NeighbourMargins.MAX_TAKEN * 30);
        assertEquals(130 - take, out.get(0).box().bottom());
        assertTrue(out.get(0).box().bottom() > 126, "the unpadded glyph box (12 % of the height) stays inside");
    }

    @Test
    void redactedNeighboursLeaveTheMarginWhole() {
        Box a = new Box(100, 100, 120, 30);
        Box b = new Box(100, 136, 120, 30);
        List<Finding> in = List.of(finding(Verdict.PHI, a, 6), finding(Verdict.UNKNOWN, b, 6));
        assertEquals(in, NeighbourMargins.clip(in, List.of(a, b)));
    }

    /**
     * Boxes of small stacked lines overlap each other's letters: where both lines' writing is placed ({@link OwnInk}),
     * the redaction stops halfway between the two lines' writing, and never closer than {@link NeighbourMargins#INK_PAD}
     * to its own; above, where no kept line is, the margin stays whole.
     */
    @Test
    void facingAKeptLineTheRedactionStopsHalfwayBetweenTheWriting() {
        Box phi = new Box(10, 100, 80, 24);
        Box below = new Box(10, 114, 80, 24);
        Box phiInk = new Box(14, 108, 70, 9);
        Box belowInk = new Box(14, 122, 70, 9);
        List<Finding> out = NeighbourMargins.clip(List.of(finding(Verdict.PHI, phi, 5),
                finding(Verdict.NOT_PHI, below, 5)), List.of(phi, below), List.of(phiInk, belowInk));
        assertEquals(120, out.get(0).box().bottom(), "halfway between the writing's rows 117 and 122, rounded up");
        assertEquals(95, out.get(0).box().y(), "no kept line above: the whole margin");
        Box close = new Box(14, 118, 70, 9);
        out = NeighbourMargins.clip(List.of(finding(Verdict.PHI, phi, 5), finding(Verdict.NOT_PHI, below, 5)),
                List.of(phi, below), List.of(phiInk, close));
        assertEquals(117 + NeighbourMargins.INK_PAD, out.get(0).box().bottom(), "the pad beyond its own writing stays");
    }

    /** Writing not placed (the box itself) or touching the neighbour's: clipped by the boxes only, as before. */
    @Test
    void writingNotPlacedOrTouchingClipsByTheBoxesOnly() {
        Box phi = new Box(10, 100, 80, 24);
        Box below = new Box(10, 114, 80, 24);
        List<Finding> in = List.of(finding(Verdict.PHI, phi, 5), finding(Verdict.NOT_PHI, below, 5));
        List<Finding> byBoxes = NeighbourMargins.clip(in, List.of(phi, below));
        assertEquals(byBoxes, NeighbourMargins.clip(in, List.of(phi, below), List.of(phi, new Box(14, 122, 70, 9))));
        assertEquals(byBoxes, NeighbourMargins.clip(in, List.of(phi, below),
                List.of(new Box(14, 108, 70, 12), new Box(14, 118, 70, 9))), "writing that touches stays covered");
    }
}
