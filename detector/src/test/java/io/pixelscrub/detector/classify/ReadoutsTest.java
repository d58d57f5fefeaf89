package io.pixelscrub.detector.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pixelscrub.detector.Verdict;
import io.pixelscrub.models.MapHeaderView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Measurement readouts explain the words beside them though no list holds them: devices invent labels and units
 * faster than a list grows. The words here are made up for the test (none is on a vocabulary list), as an unseen
 * device's would be.
 */
class ReadoutsTest {

    private static final PhiClassifier CLASSIFIER = PhiClassifier.standard();

    @ParameterizedTest
    @ValueSource(strings = {"Plonk 3.42 cm", "Wibr 12.5 qx", "Zarn=100%", "TIS<0.4 MI=0.8 AO=100%", "Dorp 0.7",
            "Frel 28 Hz", "W= 80L = 35", "Qv 92  Krel 12.8", "Pomt45 Pomt15.5", "Wemb12.4", "Qv 92 Krel12.8",
            "Nuvo 180", "Wirn 191"})
    void aLabelOrUnitBesideAMeasuredValueIsDeviceText(String line) {
        assertEquals(Verdict.NOT_PHI, CLASSIFIER.classify(line, HeaderDenyList.empty()).verdict(), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Plonk 120", "Plonk Wibr", "10.30 pm", "9.05 h Plonk", "Smith 3.4 cm", "Smith 12.5",
            "Plonk 12.5 QX", "Qv 92  Krel 14", "Qv 0123 Krel 1.4", "Smith12.5", "at10.30", "Plonk05.2", "Plonk12345.6",
            "Dravo 54", "Wirn 0191", "Wirn 1910", "Smith 191"})
    void wordsBesideNoMeasurementOrBesideAClockStayUnexplained(String line) {
        assertNotEquals(Verdict.NOT_PHI, CLASSIFIER.classify(line, HeaderDenyList.empty()).verdict(), line);
    }

    /** The header wins: a header value standing where a label would is PHI, even misread by a character. */
    @Test
    void aHeaderValueAsALabelIsPhi() {
        HeaderDenyList deny = HeaderDenyList.from(MapHeaderView.of("PatientName", "PLONKETT^WIBR"));
        for (String line : new String[] {"Plonkett 3.4 cm", "PL0NKETT=100%", "Plonkctt 12.5 qx", "Wibr 0.7"}) {
            TextVerdict v = CLASSIFIER.classify(line, deny);
            assertEquals(Verdict.PHI, v.verdict(), line);
            assertEquals("header:PatientName", v.reason(), line);
        }
    }

    /**
     * A label glued to its decimal value ("Pomt15.5": the blank lost by OCR, tuning seed 43, read at 0.85) is a reading
     * whatever the label, and so is a word before a value no age takes ("Wirn 191"); a glued identifier label, an
     * identifier label before a number, a date and a header value stay PHI.
     */
    @Test
    void aGluedDecimalReadingLeavesPhiToThePhiRules() {
        assertEquals("pattern:label-ID", CLASSIFIER.classify("Pt12.5", HeaderDenyList.empty()).reason());
        assertEquals(Verdict.PHI, CLASSIFIER.classify("Mar05.2004", HeaderDenyList.empty()).verdict());
        HeaderDenyList deny = HeaderDenyList.from(MapHeaderView.of("PatientName", "POMTEK^WIBR"));
        assertEquals("header:PatientName", CLASSIFIER.classify("Pomtek15.5", deny).reason());
        assertEquals("header:PatientName", CLASSIFIER.classify("Pomtek 191", deny).reason());
        assertEquals("pattern:label-ID", CLASSIFIER.classify("Ex 191", HeaderDenyList.empty()).reason());
    }

    @Test
    void measurementsAreValuesWithUnitsOrLabelsNotBareNumbers() {
        for (String line : new String[] {"23cm", "MI 1.4", "Zarn=100%", "512x512", "kV 120", "28 Hz", "60%", "Vexa 52.0 qn"}) {
            assertTrue(CLASSIFIER.holdsMeasurement(line), line);
        }
        for (String line : new String[] {"14.06", "120", "M 63", "5/12", "AB-123", "12A34", "Ex 12", "45 M", "10.30 pm", "Vexa 52.0 QN"}) {
            assertFalse(CLASSIFIER.holdsMeasurement(line), line);
        }
    }

    /**
     * Read unsurely, a line counts as measurements only where they and their labels and units are most of it: "=10%"
     * among misread strokes ("a7 205 er =10%", read at 0.02 over a name and a date, fresh seed 9494) is chance.
     */
    @Test
    void aMeasurementAmongStrokesReadAsJunkIsNoMeasurementLine() {
        for (String line : new String[] {"TIS=@.5 MI=@.4 A0D=69%", "MI 1.4", "IM#1", "A=2", "5mm", "Gain 12 dB 2D"}) {
            assertTrue(CLASSIFIER.holdsMeasurement(line), line);
        }
        for (String line : new String[] {"a7 205 er =10%", "SMITH JOHN R 3cm", "0012345 17 Oct 2cm"}) {
            assertFalse(CLASSIFIER.holdsMeasurement(line), line);
        }
    }

    @Test
    void readingsAndVendorNamesAreNoDemographicValues() {
        for (String line : new String[] {"8.5 cm", "Tilt 6", "512x512", "GE ADVANTAGE", "PHILIPS"}) {
            assertTrue(CLASSIFIER.holdsDeviceReading(line), line);
        }
        for (String line : new String[] {"63", "M", "GE", "0123", "JOHN", "AB-123", "13.2017", "8.5"}) {
            assertFalse(CLASSIFIER.holdsDeviceReading(line), line);
        }
    }

    /** Tesseract reads a narrow zero as '@': beside a digit or a decimal point it is read back as a zero. */
    @Test
    void anAtSignBesideANumberIsAZero() {
        assertEquals(Verdict.NOT_PHI, CLASSIFIER.classify("W= 8@L = 35", HeaderDenyList.empty()).verdict());
        assertEquals(Verdict.NOT_PHI, CLASSIFIER.classify("TIS<@.4 MI=@.8", HeaderDenyList.empty()).verdict());
        assertEquals(Verdict.PHI, CLASSIFIER.classify("@7/05/1995", HeaderDenyList.empty()).verdict());
        assertEquals("header:PatientID", CLASSIFIER.classify("ID 4@71@2", HeaderDenyList.from(
                MapHeaderView.of("PatientID", "407102"))).reason());
    }

    /** "10/1925" read as "40/1925" is no frame counter: one or two digits over a year stay undecided. */
    @Test
    void aMisreadMonthOfAYearIsNoCounter() {
        assertEquals(Verdict.UNKNOWN, CLASSIFIER.classify("40/1925", HeaderDenyList.empty()).verdict());
        assertEquals(Verdict.NOT_PHI, CLASSIFIER.classify("Fr 40/125", HeaderDenyList.empty()).verdict());
        assertEquals(Verdict.UNKNOWN, CLASSIFIER.classify("02.200", HeaderDenyList.empty()).verdict(), "02.2004 read short");
        assertEquals(Verdict.NOT_PHI, CLASSIFIER.classify("0.5", HeaderDenyList.empty()).verdict());
    }
}
