package io.pixelscrub.scrubber.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pixelscrub.detector.Finding;
import io.pixelscrub.detector.FindingSource;
import io.pixelscrub.detector.Verdict;
import io.pixelscrub.models.Box;
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
}
