package io.pixelscrub.detector.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.pixelscrub.detector.Verdict;
import io.pixelscrub.models.MapHeaderView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Units and values as OCR misreads them ('c' read 'e', 'm' read "rn", a zero read 'O') are still measurements; words
 * of times and ages, upper-case letter pairs and numbers of identifiers' length never become one.
 */
class MisreadMeasurementsTest {

    private static final PhiClassifier CLASSIFIER = PhiClassifier.standard();

    @ParameterizedTest
    @ValueSource(strings = {"FOV 27 1 em", "FOV 27.1 em", "Dist 5 rnm", "Slice 2.0 rnm", "PRF 7.O0kHz", "1O0mm",
        "D2 3.18 ces", "lifps", "l2.5mm"})
    void aMeasurementReadWithAConfusedLetterIsDeviceText(String line) {
        assertEquals(Verdict.NOT_PHI, CLASSIFIER.classify(line, HeaderDenyList.empty()).verdict(), line);
    }

    /**
     * Times and ages are never read as units; an upper-case pair may be initials; five digits are an identifier's;
     * a decimal that reads as a clock has no unit unless a caliper measured it, and then not "pm"; a word with no digit
     * is read as a value and unit only in lower case ("Olms" may be a surname).
     */
    @ParameterizedTest
    @ValueSource(strings = {"45 yo", "45 yrs", "6 mo", "10 am", "10 pm", "D2 10.30 pm", "45 EM", "JS em", "12345 em",
        "10.30 ces", "Plonk 3.18 ces", "1O/O5/2OO4", "Olms", "OLMS", "Lims Jo", "li yo", "lO:3O pm"})
    void timesAgesInitialsAndIdentifiersAreNoMisreadMeasurements(String line) {
        assertNotEquals(Verdict.NOT_PHI, CLASSIFIER.classify(line, HeaderDenyList.empty()).verdict(), line);
    }

    /** The header wins: a header value beside a misread unit is PHI. */
    @Test
    void aHeaderValueBesideAMisreadUnitIsPhi() {
        HeaderDenyList deny = HeaderDenyList.from(MapHeaderView.of("PatientID", "4471", "PatientName", "EMBER^JO"));
        assertEquals("header:PatientID", CLASSIFIER.classify("4471 em", deny).reason());
        assertEquals("header:PatientName", CLASSIFIER.classify("Ember 2.0 rnm", deny).reason());
    }
}
