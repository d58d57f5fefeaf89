package io.pixelscrub.detector.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.pixelscrub.detector.Verdict;
import io.pixelscrub.models.MapHeaderView;
import org.junit.jupiter.api.Test;

/**
 * Issue #11 point 4: an OCR misread of a listed device word still counts as that word, but the file's header is asked
 * first, and names, numbers and identifiers are never read as device words.
 */
class DeviceMisreadsTest {

    private static final PhiClassifier CLASSIFIER = PhiClassifier.standard();

    @Test
    void aDeviceWordReadWithConfusedCharactersIsThatWord() {
        for (String line : new String[] {"C1NE 12", "M5CSKEL", "DF0V 23cm", "TI1T 6"}) {
            TextVerdict v = CLASSIFIER.classify(line, HeaderDenyList.empty());
            assertEquals(Verdict.NOT_PHI, v.verdict(), line);
        }
    }

    @Test
    void withoutTheCorrectionTheseWordsAreUnexplained() {
        assertEquals(Verdict.UNKNOWN, CLASSIFIER.classify("CXNE 12", HeaderDenyList.empty()).verdict());
    }

    @Test
    void theHeaderWinsOverACorrection() {
        // A patient named like a misread device word: the header claims the word, so it is PHI, not "CINE"
        HeaderDenyList deny = HeaderDenyList.from(MapHeaderView.of("PatientName", "C1NE^MAX"));
        assertEquals(Verdict.PHI, CLASSIFIER.classify("C1NE", deny).verdict());
        HeaderDenyList institution = HeaderDenyList.from(MapHeaderView.of("InstitutionName", "T1LT"));
        assertNotEquals(Verdict.NOT_PHI, CLASSIFIER.classify("TILT 6", institution).verdict());
    }

    @Test
    void aDashOcrReadAsAnEnOrEmDashIsAHyphen() {
        // The real Siemens S2000's "2D-100%" read with an em dash, and a minus sign before a gain.
        for (String line : new String[] {"2D\u2014100%", "2D\u2013100%", "\u22125 dB"}) {
            assertEquals(Verdict.NOT_PHI, CLASSIFIER.classify(line, HeaderDenyList.empty()).verdict(), line);
        }
        // ... and a date written or read with such dashes is the date it is with hyphens.
        assertEquals(Verdict.PHI, CLASSIFIER.classify("12\u201303\u20132001", HeaderDenyList.empty()).verdict());
        HeaderDenyList deny = HeaderDenyList.from(MapHeaderView.of("StudyDate", "20040317"));
        assertEquals("header:StudyDate", CLASSIFIER.classify("2004\u201403\u201417", deny).reason());
    }

    @Test
    void numbersAndShortWordsAreNeverCorrectedIntoWords() {
        DeviceMisreads misreads = new DeviceMisreads(java.util.Set.of("GAIN", "OB", "BOOS", "SOB"), java.util.Set.of());
        assertEquals(false, misreads.explains("8005", HeaderDenyList.empty()), "digits only: an identifier's shape");
        assertEquals(false, misreads.explains("S0B", HeaderDenyList.empty()), "three-letter words fold onto too much");
        assertEquals(true, misreads.explains("B0OS", HeaderDenyList.empty()));
        assertEquals(true, misreads.explains("6AIN", HeaderDenyList.empty()));
    }
}
