package io.pixelscrub.detector.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pixelscrub.detector.Finding;
import io.pixelscrub.detector.FindingSource;
import io.pixelscrub.detector.Verdict;
import io.pixelscrub.detector.classify.HeaderDenyList;
import io.pixelscrub.detector.classify.LineJudge;
import io.pixelscrub.detector.classify.PhiClassifier;
import io.pixelscrub.models.Box;
import io.pixelscrub.models.MapHeaderView;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue #11 point 4: a line whose first reading decides nothing is judged on a second reading too. The second reading
 * keeps a device line only where it reads a device annotation surely; it makes the line PHI where it reads PHI; and it
 * never overrules a PHI shape the first reading saw.
 */
class SecondReadingTest {

    private static final Box LINE = new Box(40, 40, 120, 20);

    private static LineJudge judge(HeaderDenyList deny) {
        return text -> PhiClassifier.standard().classify(text, deny);
    }

    private static Finding judged(OcrLine first, OcrLine second, HeaderDenyList deny) {
        ReadLine line = new ReadLine(LINE, 0.9, first, "window", false, true, false, second);
        return TextFindings.judge(List.of(line), 0, judge(deny), FindingSource.DETECTOR).get(0);
    }

    @Test
    void aSureDeviceReadingKeepsALineTheFirstReadingCouldNotExplain() {
        Finding f = judged(new OcrLine("PUR 3", 0.9), new OcrLine("PWR 3", 0.88), HeaderDenyList.empty());
        assertEquals(Verdict.NOT_PHI, f.verdict(), f.reason());
        assertTrue(f.reason().contains("second reading"), f.reason());
        Finding unsure = judged(new OcrLine("3cm3cm —JM12L", 0.34), new OcrLine("3cm3cm 8M12L", 0.71),
                HeaderDenyList.empty());
        assertEquals(Verdict.NOT_PHI, unsure.verdict(), unsure.reason());
    }

    @Test
    void aSecondReadingOfLessThanTheFirstDecidesNothing() {
        Finding f = judged(new OcrLine("SES", 0.4), new OcrLine("5", 0.9), HeaderDenyList.empty());
        assertEquals(Verdict.UNKNOWN, f.verdict(), f.reason());
        Finding g = judged(new OcrLine("xq7t qx", 0.4), new OcrLine("5.5 cm", 0.9), HeaderDenyList.empty());
        assertEquals(Verdict.UNKNOWN, g.verdict(), g.reason());
        Finding h = judged(new OcrLine("SES", 0.4), new OcrLine("5E5", 0.9), HeaderDenyList.empty());
        assertEquals(Verdict.UNKNOWN, h.verdict(), "letters read as digits the second time: " + h.reason());
    }

    @Test
    void anUnsureSecondReadingDecidesNothing() {
        Finding f = judged(new OcrLine("PUR 3", 0.9), new OcrLine("PWR", 0.4), HeaderDenyList.empty());
        assertEquals(Verdict.UNKNOWN, f.verdict(), f.reason());
    }

    @Test
    void aHeaderValueInEitherReadingIsPhi() {
        HeaderDenyList deny = HeaderDenyList.from(MapHeaderView.of("PatientName", "PWR^MAX"));
        Finding f = judged(new OcrLine("PUR 3", 0.9), new OcrLine("PWR 3", 0.9), deny);
        assertEquals(Verdict.PHI, f.verdict(), f.reason());
        assertTrue(f.reason().startsWith("text("), f.reason());
        assertTrue(f.reason().contains("header:PatientName"), f.reason());
    }

    @Test
    void aPhiShapeTheFirstReadingSawIsNotOverruled() {
        // initials where a name stands: unknown:initials, a shape of PHI; a device reading the second time changes nothing
        Finding f = judged(new OcrLine("J S", 0.9), new OcrLine("JS", 0.9), HeaderDenyList.from(
                MapHeaderView.of("PatientName", "SMITH^JOHN")));
        assertFalse(f.verdict() == Verdict.NOT_PHI, f.reason());
    }

    /**
     * A 7 px clock "15:27" over anatomy read "as: 27 Cc" and then, at another scale, as a listed label with a value
     * (tuning seed 44: kept on the second reading). The first reading's misread clock is a PHI shape, not a want of
     * reading: the second reading may not keep it.
     */
    @Test
    void aClockWithAMisreadHourIsNotKeptByASecondReading() {
        Finding f = judged(new OcrLine("\"as: 27 Cc", 0.73), new OcrLine("Se: 27 cc", 0.9), HeaderDenyList.empty());
        assertEquals(Verdict.UNKNOWN, f.verdict(), f.reason());
        assertFalse(f.reason().contains("second reading"), f.reason());
    }

    /**
     * A PHI shape read among stray marks (glued sex and age, a zero-hour clock) was named "noise" before its shape, and
     * noise is what a second reading may settle: a device reading the second time kept it.
     */
    @Test
    void aPhiShapeReadAmongNoiseIsNotOverruled() {
        for (String first : new String[] {"~|; M63 ;~'", "|~ 0:12:33 ~|;:'"}) {
            Finding f = judged(new OcrLine(first, 0.5), new OcrLine("MI 63", 0.9), HeaderDenyList.empty());
            assertEquals(Verdict.UNKNOWN, f.verdict(), first + ": " + f.reason());
            assertFalse(f.reason().contains("second reading"), f.reason());
        }
    }

    /**
     * A character or two nothing explains, in a file whose header holds a value that short, is open like any
     * unexplained reading: a sure second reading of a device annotation keeps it (a real EPIQ 5G label was lost when
     * it was not), one that reads the header's value makes it PHI.
     */
    @Test
    void aShortReadingInAFileWithAShortHeaderValueIsSettledByASecondReading() {
        HeaderDenyList deny = HeaderDenyList.from(MapHeaderView.of("OperatorsName", "CC"));
        Finding kept = judged(new OcrLine("oo", 0.41), new OcrLine("PWR 3", 0.9), deny);
        assertEquals(Verdict.NOT_PHI, kept.verdict(), kept.reason());
        Finding phi = judged(new OcrLine("oo", 0.41), new OcrLine("Op CC", 0.9), deny);
        assertEquals(Verdict.PHI, phi.verdict(), phi.reason());
    }

    @Test
    void onlyUnsureOrUnexplainedReadingsAreReadAgain() {
        assertTrue(SecondReading.wanted(new OcrLine("PUR", 0.9)));
        assertTrue(SecondReading.wanted(new OcrLine("CINE 0118", 0.3)));
        assertTrue(SecondReading.wanted(OcrLine.NOTHING));
        assertFalse(SecondReading.wanted(new OcrLine("CINE 0118", 0.9)));
        assertFalse(SecondReading.wanted(new OcrLine("12/03/1990", 0.9)), "already PHI: nothing to settle");
    }
}
