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
 * Issue #11 points 2 and 4: an upright line Tesseract's two readings left open is judged on the second engine's reading
 * too ({@link EngineReading}). That reading makes the line PHI where it reads PHI; it keeps a device line only where it
 * is sure and agrees with one of Tesseract's readings; alone it keeps nothing. The readings are those of generated
 * lines on synthetic seed 5555 (invented values).
 */
class EngineReadingTest {

    private static final Box LINE = new Box(40, 40, 120, 20);

    private static LineJudge judge(HeaderDenyList deny) {
        return text -> PhiClassifier.standard().classify(text, deny);
    }

    private static Finding judged(OcrLine first, OcrLine second, OcrLine engine, HeaderDenyList deny) {
        ReadLine line = new ReadLine(LINE, 0.9, first, "window", false, true, false, second).withEngine(engine);
        return TextFindings.judge(List.of(line), 0, judge(deny), FindingSource.DETECTOR).get(0);
    }

    @Test
    void aPhysicianTesseractMisreadIsPhiByTheEnginesReading() {
        HeaderDenyList deny = HeaderDenyList.from(MapHeaderView.of("PatientName", "PRY^KLAIGIA^K",
                "PerformingPhysicianName", "BRAX^WI"));
        Finding f = judged(new OcrLine("Bean wr", 0.12), OcrLine.NOTHING, new OcrLine("Brax. WI", 0.75), deny);
        assertEquals(Verdict.PHI, f.verdict(), f.reason());
        assertTrue(f.reason().contains("second engine"), f.reason());
        Finding birth = judged(OcrLine.NOTHING, OcrLine.NOTHING, new OcrLine("13 Mar 73", 0.73),
                HeaderDenyList.from(MapHeaderView.of("PatientBirthDate", "19730313")));
        assertEquals(Verdict.PHI, birth.verdict(), birth.reason());
    }

    @Test
    void aDeviceLineBothEnginesReadAlikeIsKept() {
        Finding f = judged(new OcrLine("El 5S5", 0.3), OcrLine.NOTHING, new OcrLine("EI555", 0.94),
                HeaderDenyList.empty());
        assertEquals(Verdict.NOT_PHI, f.verdict(), f.reason());
        assertTrue(f.reason().contains("second engine agrees"), f.reason());
    }

    @Test
    void theEngineAloneKeepsNothing() {
        // Tesseract read nothing: the engine's reading of part of "LMP 11-MAR-02" looks like a device reading
        Finding f = judged(OcrLine.NOTHING, OcrLine.NOTHING, new OcrLine("NAR-02", 0.90), HeaderDenyList.empty());
        assertFalse(f.verdict() == Verdict.NOT_PHI, f.reason());
        // Tesseract read something else
        Finding g = judged(new OcrLine("xq7t qx", 0.3), OcrLine.NOTHING, new OcrLine("10.9cm", 0.99),
                HeaderDenyList.empty());
        assertFalse(g.verdict() == Verdict.NOT_PHI, g.reason());
    }

    @Test
    void anUnsureEngineReadingKeepsNothing() {
        Finding f = judged(new OcrLine("kvp 122 mAs |6.6", 0.55), OcrLine.NOTHING, new OcrLine("kVp 122 mAs 6.6", 0.6),
                HeaderDenyList.empty());
        assertFalse(f.verdict() == Verdict.NOT_PHI, f.reason());
    }

    @Test
    void theEngineNeverOverrulesAVerdictTesseractsReadingsReached() {
        HeaderDenyList deny = HeaderDenyList.from(MapHeaderView.of("PatientName", "STONE^SARA"));
        Finding phi = judged(new OcrLine("PATIENT: STONE SARA", 0.96), OcrLine.NOTHING, new OcrLine("PATIENT", 0.99), deny);
        assertEquals(Verdict.PHI, phi.verdict(), phi.reason());
        // initials where a name stands: a PHI shape Tesseract saw stays undecided whatever the engine reads
        Finding initials = judged(new OcrLine("J S", 0.9), OcrLine.NOTHING, new OcrLine("JS", 0.99),
                HeaderDenyList.from(MapHeaderView.of("PatientName", "SMITH^JOHN")));
        assertFalse(initials.verdict() == Verdict.NOT_PHI, initials.reason());
    }

    @Test
    void readingsAgreeWhenTheyDifferByConfusedCharactersAndSpaces() {
        assertTrue(EngineReading.agrees(new OcrLine("EI555", 0.94), new OcrLine("EI 5S5", 0.3)));
        assertTrue(EngineReading.agrees(new OcrLine("kVp.122mAs6.6", 0.94), new OcrLine("kvp 122 mAs |6.6", 0.5)));
        assertFalse(EngineReading.agrees(new OcrLine("10.9cm", 0.99), new OcrLine("xq7t qx", 0.3)));
        assertFalse(EngineReading.agrees(new OcrLine("NAR-02", 0.9), OcrLine.NOTHING));
        assertFalse(EngineReading.agrees(new OcrLine("AB", 0.9), new OcrLine("AB", 0.9)), "too short to agree by more than chance");
    }

    @Test
    void onlyLinesTesseractLeftOpenAreReadByTheEngine() {
        assertFalse(EngineReading.wanted(new OcrLine("Gain 54 dB", 0.95), OcrLine.NOTHING, false));
        assertTrue(EngineReading.wanted(new OcrLine("Bean wr", 0.12), OcrLine.NOTHING, false));
        assertTrue(EngineReading.wanted(OcrLine.NOTHING, OcrLine.NOTHING, false));
        assertFalse(EngineReading.wanted(new OcrLine("PWR 3", 0.4), new OcrLine("PWR 3", 0.4), true), "confirmed");
        assertFalse(EngineReading.wanted(new OcrLine("PUR 3", 0.4), new OcrLine("PWR 3", 0.88), false),
                "the second reading settles it");
    }
}
