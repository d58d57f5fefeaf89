package io.pixelscrub.detector.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pixelscrub.detector.Finding;
import io.pixelscrub.detector.FindingSource;
import io.pixelscrub.detector.Verdict;
import io.pixelscrub.detector.classify.LineJudge;
import io.pixelscrub.detector.classify.TextVerdict;
import io.pixelscrub.models.Box;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A line only the second engine's reading found ({@link ReadLine#phiOnly}) is a finding only where that reading is PHI:
 * it may add a redaction, never a kept or undecided line that was not there before.
 */
class PhiOnlyLineTest {

    private static final Box VERTICAL = new Box(497, 116, 9, 54);
    private static final Box UPRIGHT = new Box(20, 20, 120, 14);

    private static ReadLine vertical(String text) {
        return new ReadLine(VERTICAL, 0.9, new OcrLine(text, 0.99), "palette-turned", false, true, true).asPhiOnly();
    }

    private static final LineJudge JUDGE = text -> switch (text) {
        case "2007-12-23" -> new TextVerdict(Verdict.PHI, 0.95, "header:StudyDate");
        case "ET26NEX4" -> new TextVerdict(Verdict.UNKNOWN, 0.5, "unknown:unexplained-text");
        default -> new TextVerdict(Verdict.NOT_PHI, 0.9, "allow-list");
    };

    @Test
    void aPhiReadingMakesAFindingThatIsRedacted() {
        List<Finding> out = TextFindings.judge(List.of(vertical("2007-12-23")), 0, JUDGE, FindingSource.DETECTOR);
        assertEquals(1, out.size());
        assertEquals(Verdict.PHI, out.get(0).verdict());
        assertTrue(out.get(0).box().contains(VERTICAL));
    }

    @Test
    void anUndecidedOrDeviceReadingMakesNoFinding() {
        ReadLine upright = new ReadLine(UPRIGHT, 0.9, new OcrLine("Gain 54 dB", 0.95), "palette");
        for (String text : new String[] {"ET26NEX4", "FLAIR"}) {
            List<Finding> out = TextFindings.judge(List.of(upright, vertical(text)), 0, JUDGE, FindingSource.DETECTOR);
            assertEquals(1, out.size(), text + ": " + out);
            assertEquals(UPRIGHT, out.get(0).line(), text);
        }
    }

    @Test
    void theUsualReadingIsNotPhiOnly() {
        assertTrue(!new ReadLine(UPRIGHT, 0.9, new OcrLine("x", 0.9), "palette").phiOnly());
    }
}
