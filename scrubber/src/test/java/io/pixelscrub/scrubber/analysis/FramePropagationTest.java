package io.pixelscrub.scrubber.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pixelscrub.detector.Finding;
import io.pixelscrub.detector.FindingSource;
import io.pixelscrub.detector.Verdict;
import io.pixelscrub.detector.classify.TextVerdict;
import io.pixelscrub.detector.text.OcrLine;
import io.pixelscrub.detector.text.ReadLine;
import io.pixelscrub.detector.text.TextFindings;
import io.pixelscrub.models.Box;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FramePropagationTest {

    private static Finding line(int y, int frame, Verdict verdict) {
        return new Finding(new Box(6, y, 90, 30), Set.of(frame), FindingSource.DETECTOR, verdict, 0.9, "rule", "text");
    }

    /** Two redacted boxes of one badly found line: their union is redacted, gaps and corners too. */
    @Test
    void redactedFindingsOfOneFrameThatOverlapMostlyAreOneRegion() {
        Finding wide = new Finding(new Box(0, 44, 197, 43), Set.of(0), FindingSource.DETECTOR, Verdict.PHI, 0.9, "r", "t");
        Finding part = new Finding(new Box(4, 70, 68, 34), Set.of(0), FindingSource.DETECTOR, Verdict.UNKNOWN, 0.5, "r", "t");
        List<Finding> out = FramePropagation.propagate(List.of(wide, part), 1, false);
        assertEquals(1, out.size());
        assertEquals(Verdict.PHI, out.get(0).verdict());
        assertEquals(new Box(0, 44, 197, 60), out.get(0).box());
    }

    @Test
    void textOnOneFrameOfACineStaysOnThatFrame() {
        List<Finding> out = FramePropagation.propagate(List.of(line(32, 3, Verdict.PHI)), 5, false);
        assertEquals(Set.of(3), out.get(0).frames());
    }
    /** A finding as {@code TextFindings} makes it: the line box grown by its margin, the line box recorded. */
    private static Finding grown(Box line, int frame, Verdict verdict) {
        int m = Math.max(3, (int) Math.round(0.2 * line.height()));
        return new Finding(line.grow(m), Set.of(frame), FindingSource.DETECTOR, verdict, 0.9, "rule", "text", line);
    }

    /**
     * A parameter column set 14 px apart in 23 px boxes (an ultrasound cine's left bar): the margins of neighbouring
     * lines overlap by more than half, their line boxes do not. The kept lines stay kept regions of their own on every
     * frame; before, the unknown line above took them in, and the growing region took the whole column.
     */
    @Test
    void keptLinesSetCloseToARedactedOneStayKept() {
        Box unsure = new Box(14, 164, 103, 23);
        Box gain = new Box(10, 178, 78, 23);
        Box comp = new Box(10, 192, 77, 22);
        List<Finding> perFrame = new ArrayList<>();
        for (int frame = 0; frame < 3; frame++) {
            perFrame.add(grown(unsure, frame, Verdict.UNKNOWN));
            perFrame.add(grown(gain, frame, Verdict.NOT_PHI));
            perFrame.add(grown(comp, frame, Verdict.NOT_PHI));
        }
        List<Finding> out = FramePropagation.propagate(perFrame, 3, false);
        assertEquals(List.of(Verdict.UNKNOWN, Verdict.NOT_PHI, Verdict.NOT_PHI),
                out.stream().map(Finding::verdict).toList());
        assertEquals(List.of(grown(unsure, 0, Verdict.UNKNOWN).box(), grown(gain, 0, Verdict.NOT_PHI).box(),
                grown(comp, 0, Verdict.NOT_PHI).box()), out.stream().map(Finding::box).toList());
        assertEquals(Set.of(), out.get(1).frames(), "seen on every frame");
    }

    /**
     * A tall box over a column of small icons that OCR read nothing in and that shows no writing (kept), beside a short
     * line judged PHI: their margins overlap mostly, their line boxes do not; the PHI region stays the size of its line
     * (before, it took the column in and was redacted on all 30 frames of an ultrasound cine).
     */
    @Test
    void aKeptBoxBesideAPhiLineIsNotTakenIn() {
        Box phi = new Box(291, 22, 29, 19);
        List<Finding> out = FramePropagation.propagate(List.of(grown(phi, 0, Verdict.PHI), picture(0)), 1, false);
        assertEquals(2, out.size());
        assertEquals(grown(phi, 0, Verdict.PHI).box(), out.get(0).box());
    }

    /**
     * The same icon column: on most frames the reader finds a small blank line inside it (redacted, pulled into the
     * PHI block), on some the whole column without writing (kept). The picture is never part of the line's region.
     */
    @Test
    void aLineFoundInsideAPictureOnAnotherFrameDoesNotTakeThePictureIn() {
        Finding inside = grown(new Box(299, 42, 9, 13), 0, Verdict.PHI);
        List<Finding> out = FramePropagation.propagate(List.of(inside, picture(1), grown(new Box(299, 42, 9, 13), 2,
                Verdict.PHI)), 3, false);
        assertEquals(2, out.size());
        assertEquals(inside.box(), out.get(0).box());
        assertEquals(Verdict.PHI, out.get(0).verdict());
        assertEquals(Verdict.NOT_PHI, out.get(1).verdict());
    }

    /** A 32x75 box over a column of small icons, OCR read nothing in it and the picture shows no writing. */
    private static Finding picture(int frame) {
        ReadLine column = new ReadLine(new Box(288, 36, 32, 75), 0.8, OcrLine.NOTHING, "rgb", false, false, false);
        Finding f = TextFindings.judge(List.of(column), frame, text -> new TextVerdict(Verdict.UNKNOWN, 0.5, "unknown"),
                FindingSource.DETECTOR).get(0);
        assertEquals(Verdict.NOT_PHI, f.verdict(), "no writing");
        return f;
    }

    /** One line found twice (two views, or two frames), read as PHI once and as a device word once: PHI, whole. */
    @Test
    void oneLineReadTwiceIsOneRegionWithTheWorstVerdict() {
        Finding device = grown(new Box(20, 40, 150, 20), 0, Verdict.NOT_PHI);
        Finding phi = grown(new Box(22, 41, 120, 19), 1, Verdict.PHI);
        List<Finding> out = FramePropagation.propagate(List.of(device, phi), 2, false);
        assertEquals(1, out.size());
        assertEquals(Verdict.PHI, out.get(0).verdict());
        assertEquals(device.box().union(phi.box()), out.get(0).box());
        assertEquals(Set.of(), out.get(0).frames(), "seen on two frames: every frame");
    }

    /**
     * A blob OCR read as a character or two ({@code 0;}, the {@code Op:} of {@code Op: KW}) beside a PHI line, overlapping
     * its margin mostly: it may be a piece of that line, and goes with it.
     */
    @Test
    void aKeptBlobOverlappingARedactedLineGoesWithIt() {
        Finding phi = grown(new Box(10, 40, 70, 50), 0, Verdict.PHI);
        Finding blob = new Finding(new Box(1, 82, 29, 28), Set.of(0), FindingSource.DETECTOR, Verdict.NOT_PHI, 0.6,
                "too short", "0;", new Box(5, 86, 21, 20));
        List<Finding> out = FramePropagation.propagate(List.of(phi, blob), 1, false);
        assertEquals(1, out.size());
        assertEquals(Verdict.PHI, out.get(0).verdict());
        assertEquals(phi.box().union(blob.box()), out.get(0).box());
    }

    /**
     * A cine's line read as device text on two frames and left undecided on a third: redacted on every frame. The
     * frames whose reading kept it may have misread a PHI line (keeping it there left PHI visible on a generated seed).
     */
    @Test
    void aLineUndecidedOnOneFrameIsRedactedOnEveryFrameThoughOthersKeptIt() {
        Box place = new Box(10, 178, 78, 23);
        List<Finding> out = FramePropagation.propagate(List.of(grown(place, 0, Verdict.NOT_PHI),
                grown(place, 1, Verdict.UNKNOWN), grown(place, 2, Verdict.NOT_PHI)), 3, false);
        assertEquals(1, out.size());
        assertEquals(Verdict.UNKNOWN, out.get(0).verdict());
        assertEquals(Set.of(), out.get(0).frames(), "every frame");
    }
}
