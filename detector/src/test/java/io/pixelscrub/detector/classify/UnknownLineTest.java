package io.pixelscrub.detector.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pixelscrub.detector.Verdict;
import io.pixelscrub.models.MapHeaderView;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Free text that no list explains stays UNKNOWN (and is redacted by default), never NOT_PHI. */
class UnknownLineTest {

    private static final PhiClassifier CLASSIFIER = PhiClassifier.standard();

    @ParameterizedTest
    @ValueSource(strings = {"GI ESOPHAGUS AT 30CM- BARRETT'S", "SCV------1", "MONTSOURIS", "DR DIBIE", "# 7189", "0721",
        "EGD   CK/SF/HR", "MK/HR", "WVAMC", "*WESTWAY MEDICAL*", "9123 5.0 R15 G66 C6 A2", "DOEJOHN", "ZZZ TEST PATIENTFI...",
        "You should see 6 lines of text identified as overlays 1 thru 6", "How are b...", "Liver lesion seen by Xq",
        "1983", "Gain 60 Blorf", "12345", "M  63", "F 47"})
    void unexplainedTextIsUnknown(String line) {
        TextVerdict v = CLASSIFIER.classify(line, HeaderDenyList.empty());
        assertEquals(Verdict.UNKNOWN, v.verdict(), line);
        assertEquals(0.5, v.confidence(), 1e-9, line);
    }

    /**
     * A clock whose hour OCR misread ("as: 27" for a 7 px "15:27", tuning seed 44): two characters that are no listed
     * word, one of them a digit's look-alike, then ':' and minutes. The shape of a time is named, so no second reading
     * can take it for a device line; a listed label or a single letter there stays a label.
     */
    @ParameterizedTest
    @ValueSource(strings = {"\"as: 27 Cc", "as: 27", "1s: 05", "Ol: 59", "67:41:41", "Time 38:05:12"})
    void aClockWithAMisreadHourIsUnknownByItsShape(String line) {
        TextVerdict v = CLASSIFIER.classify(line, HeaderDenyList.empty());
        assertEquals(new TextVerdict(Verdict.UNKNOWN, 0.5, "unknown:misread-clock"), v, line);
    }

    /** A day joined to a month's name with the year misread ("06-Apr-04" read "06-Apr-Od"): a date's shape, not a probe's. */
    @ParameterizedTest
    @ValueSource(strings = {"06-Apr-Od", "06-Apr-Xq", "12-JUN-2O1", "Apr-06-Oq", "06-Apr"})
    void aDayBesideAMonthWithAMisreadYearIsNeverDeviceText(String line) {
        TextVerdict v = CLASSIFIER.classify(line, HeaderDenyList.empty());
        assertTrue(v.verdict() != Verdict.NOT_PHI, line + ": " + v);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Im: 27", "Se: 12", "C: 40", "HR: 72", "Fr 1/17", "Im: 45:30"})
    void aListedLabelOrALetterBeforeMinutesIsALabel(String line) {
        assertEquals(Verdict.NOT_PHI, CLASSIFIER.classify(line, HeaderDenyList.empty()).verdict(), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "|l|", "-.-", "~~~", "'.,:", "||| ::"})
    void blankOrNoiseIsUnknownWithLowConfidence(String line) {
        TextVerdict v = CLASSIFIER.classify(line, HeaderDenyList.empty());
        assertEquals(Verdict.UNKNOWN, v.verdict(), line);
        assertTrue(v.confidence() <= 0.2, line);
    }

    @org.junit.jupiter.api.Test
    void nullTextAndNullDenyListAreUnknownNotErrors() {
        assertEquals(Verdict.UNKNOWN, CLASSIFIER.classify(null, null).verdict());
    }

    /**
     * A short name value of the file's own header is PHI exactly where it stands; sex alone is context, not a value
     * that identifies anyone, and decides nothing.
     */
    @org.junit.jupiter.api.Test
    void shortNameValuesArePhiSexAloneDecidesNothing() {
        HeaderDenyList deny = HeaderDenyList.from(MapHeaderView.of("PatientName", "XY", "PatientSex", "M"));
        assertEquals(new TextVerdict(Verdict.PHI, 0.8, "header:PatientName"), CLASSIFIER.classify("XY", deny));
        assertEquals(Verdict.NOT_PHI, CLASSIFIER.classify("M", deny).verdict());
        assertEquals(Verdict.NOT_PHI, CLASSIFIER.classify("M-mode 4cm/s", deny).verdict());
        assertEquals(Verdict.NOT_PHI, CLASSIFIER.classify("Dyn 60", deny).verdict());
    }

    /** Sex and age from the header together are PHI, with low confidence; one of them alone is not. */
    @org.junit.jupiter.api.Test
    void sexAndAgeTogetherArePhi() {
        HeaderDenyList deny = HeaderDenyList.from(MapHeaderView.of("PatientSex", "M", "PatientAge", "063Y"));
        TextVerdict v = CLASSIFIER.classify("M  63", deny);
        assertEquals(Verdict.PHI, v.verdict());
        assertEquals("header:PatientAge+header:PatientSex", v.reason());
        assertEquals(0.5, v.confidence(), 1e-9);
        assertEquals(Verdict.NOT_PHI, CLASSIFIER.classify("Gain 63", deny).verdict());
        assertEquals(Verdict.UNKNOWN, CLASSIFIER.classify("F  63", deny).verdict());
    }
}
