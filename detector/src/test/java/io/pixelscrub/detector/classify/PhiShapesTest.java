package io.pixelscrub.detector.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.pixelscrub.detector.Verdict;
import io.pixelscrub.models.MapHeaderView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue #11, paths 2-7 and 9: shapes of PHI have no keep-path. Each is PHI where the header or an unambiguous pattern
 * says so, and UNKNOWN (redacted by default) where it cannot be decided; never NOT_PHI.
 */
class PhiShapesTest {

    private static final PhiClassifier CLASSIFIER = PhiClassifier.standard();

    private static TextVerdict alone(String line) {
        return CLASSIFIER.classify(line, HeaderDenyList.empty());
    }

    private static TextVerdict with(String line, String... header) {
        return CLASSIFIER.classify(line, HeaderDenyList.from(MapHeaderView.of(header)));
    }

    // --- path 1 without the header: a name made of common words after a person's title

    /** The header names only the patient; a referring physician {@code Long} or {@code Wall} is in no header. */
    @ParameterizedTest
    @ValueSource(strings = {"Dr. Wall", "Ref Dr Long", "Prof. Head", "Mrs. Art", "Dr. med. Wall", "DR. WALL"})
    void aWordAfterAWrittenTitleIsNeverNotPhi(String line) {
        assertNotEquals(Verdict.NOT_PHI, with(line, "PatientName", "SMITH^JOHN").verdict(), line);
    }

    @Test
    void anUpperCaseDrWithoutADotIsAlsoDigitalRadiography() {
        assertEquals(Verdict.NOT_PHI, alone("DR CHEST").verdict());
    }

    // --- path 2: single letters and initials

    @ParameterizedTest
    @ValueSource(strings = {"J S", "A. B.", "J.S.", "J Q D", "Op: AB", "Ref AC", "Dr. JD", "Tech: J S", "Ref: J. S."})
    void initialsInANamePositionAreNeverNotPhi(String line) {
        assertNotEquals(Verdict.NOT_PHI, alone(line).verdict(), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"J S", "J. S.", "JS", "J.S.", "Op: JS", "Ref J S", "Sonographer: JS"})
    void initialsOfAHeaderPersonInANamePositionArePhi(String line) {
        TextVerdict v = with(line, "OperatorsName", "SMITH^JOHN");
        assertEquals(Verdict.PHI, v.verdict(), line);
        assertEquals(line.startsWith("Sono") ? "pattern:label-Operator" : "header:OperatorsName", v.reason(), line);
    }

    /** Two letters are too often a device word to be initials everywhere: "PA" of a chest film is the projection. */
    @Test
    void initialsOutsideANamePositionAreWeak() {
        assertEquals(Verdict.NOT_PHI, with("CHEST PA ERECT", "PatientName", "ADAMS^PETER").verdict());
        assertEquals(Verdict.PHI, with("PA 63", "PatientName", "ADAMS^PETER", "PatientAge", "063Y").verdict(),
                "initials beside the patient's age");
    }

    // --- path 3: short IDs and numbers after labels

    @ParameterizedTest
    @ValueSource(strings = {"A1234", "K12-345", "IM 98765", "Se 12345", "1234B", "AB-123-45"})
    void shortIdsAndLongNumbersAfterDeviceLabelsAreNeverNotPhi(String line) {
        assertEquals(Verdict.UNKNOWN, alone(line).verdict(), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ex 12345", "Ex:00000", "EX4711", "Exam 12", "Study 55", "Acc 998", "Pt 7781", "ID A1234",
        "MRN: 4471", "Untersuchung 123", "Examen 44", "Estudio 7", "GE ADVANTAGE Ex:00000 AX 8.5 Im:1 DFOV 23cm"})
    void valuesAfterIdentifierLabelsArePhi(String line) {
        TextVerdict v = alone(line);
        assertEquals(Verdict.PHI, v.verdict(), line);
    }

    /** A model name has an ID's shape; the file's own header says which device made the image. */
    @Test
    void theDevicesOwnModelNameIsExplainedByTheHeader() {
        assertEquals(Verdict.UNKNOWN, alone("ACUSON S2000").verdict());
        assertEquals(Verdict.NOT_PHI, with("ACUSON S2000", "Manufacturer", "SIEMENS",
                "ManufacturerModelName", "ACUSON S2000").verdict());
        assertEquals(Verdict.PHI, with("S2000", "ManufacturerModelName", "ACUSON S2000", "PatientID", "S2000").verdict(),
                "a header value wins over the device's name");
    }

    // --- path 4: partial dates

    @ParameterizedTest
    @ValueSource(strings = {"03/2017", "5/1960", "2017-03", "Mar 2017", "MARCH 1960", "12.2007"})
    void monthsOfAYearArePhi(String line) {
        assertEquals(new TextVerdict(Verdict.PHI, 0.7, "pattern:date"), alone(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"08.12", "05/11", "12-05", "08.12)."})
    void zeroPaddedDaysAndMonthsAreUnknown(String line) {
        assertEquals(new TextVerdict(Verdict.UNKNOWN, 0.5, "unknown:partial-date"), alone(line), line);
    }

    /**
     * A day before a month's name, its year cut off or misread: {@code 09 APR 03} read {@code 09 APR0} by both OCR
     * engines (honest seed 20261125, a box ending short of the year), whose glued {@code APR0} reads like a setting.
     */
    @ParameterizedTest
    @ValueSource(strings = {"09 APR0", "09 APR 0", "12 MAR", "3 Jan", "3-Jan", "12MAR", "27.OKT", "1 DEC 2"})
    void aDayBeforeAMonthsNameIsUnknown(String line) {
        assertEquals(new TextVerdict(Verdict.UNKNOWN, 0.5, "unknown:partial-date"), alone(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Gain 12 dB", "15 MARK", "DR 12", "12 cm"})
    void aNumberBeforeAWordThatIsNoMonthIsNoDate(String line) {
        assertNotEquals("unknown:partial-date", alone(line).reason(), line);
    }

    @ParameterizedTest
    @CsvSource({"5/1960, PatientBirthDate", "05.1960, PatientBirthDate", "Mar 2017, StudyDate", "08.03, StudyDate",
        "03.08, StudyDate", "08-03, StudyDate", "03/08, StudyDate", "03/2017, StudyDate"})
    void partialHeaderDatesArePhiByAttribute(String line, String attribute) {
        TextVerdict v = with(line, "PatientBirthDate", "19600512", "StudyDate", "20170308");
        assertEquals(Verdict.PHI, v.verdict(), line);
        assertEquals("header:" + attribute, v.reason(), line);
    }

    /**
     * A header's month written with its year in two digits, or its day after the month's name: "2014-12" read "14-12"
     * at a film's edge (seed 9494: kept as a device pair on every frame of a cine), "DEC14", "Dec 01", "01-DEC".
     */
    @ParameterizedTest
    @ValueSource(strings = {"14-12", "12-14", "14.12", "DEC14", "Dec 14", "Dec-14", "Dec 01", "DEC. 1", "01-DEC", "1 Dec"})
    void aHeaderMonthWithItsYearInTwoDigitsIsPhi(String line) {
        TextVerdict v = with(line, "StudyDate", "20141201");
        assertEquals(Verdict.PHI, v.verdict(), line);
        assertEquals("header:StudyDate", v.reason(), line);
    }

    /**
     * Pairs that are no month of the header's: as before. A pair glued to a letter is a probe's name ("L12-14"), and
     * with '/' a pair is a counter unless zero-padded ("12/14"), as for a day and month.
     */
    @ParameterizedTest
    @ValueSource(strings = {"L12-14", "12/14", "14-11", "15-12", "DEC15", "Dec 02", "1/12"})
    void otherPairsAndProbeNamesAreNoHeaderMonth(String line) {
        assertNotEquals("header:StudyDate", with(line, "StudyDate", "20141201").reason(), line);
        assertEquals(alone(line).verdict(), with(line, "StudyDate", "20141201").verdict(), line);
    }

    /**
     * A zero-padded count over a smaller total is no counter: "06/2004" read "06/2" where its year ran on over a
     * phantom (seed 9494) was kept as one. Counters and ratios as devices write them stay device text.
     */
    @ParameterizedTest
    @ValueSource(strings = {"06/2", "09/8", "Fr 06/2"})
    void aZeroPaddedCountOverASmallerTotalIsNoCounter(String line) {
        assertNotEquals(Verdict.NOT_PHI, alone(line).verdict(), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"6/2", "3/2", "12/11", "Fr 6/2", "1/30"})
    void countersAndRatiosAsDevicesWriteThemStayDeviceText(String line) {
        assertEquals(Verdict.NOT_PHI, alone(line).verdict(), line);
    }

    // --- path 5: a zero hour

    @Test
    void aZeroHourIsUnknownWithoutTheHeaderAndPhiWithIt() {
        assertEquals(new TextVerdict(Verdict.UNKNOWN, 0.5, "unknown:zero-hour"), alone("0:12:33"));
        assertEquals(Verdict.UNKNOWN, alone("0:03:46 GAIN 82 COMP 60").verdict());
        TextVerdict v = with("0:12:33", "StudyTime", "001230");
        assertEquals(new TextVerdict(Verdict.PHI, v.confidence(), "header:StudyTime"), v);
        assertEquals(Verdict.NOT_PHI, alone("+0:12:33").verdict(), "a signed value is a counter");
    }

    // --- path 6: institution names made of vendor words

    @ParameterizedTest
    @ValueSource(strings = {"GE MEDICAL SYSTEMS", "Philips Healthcare", "SIEMENS MEDICAL SOLUTIONS", "TOSHIBA MEDICAL"})
    void companyNamesAreUnknownWithoutTheHeader(String line) {
        assertEquals(new TextVerdict(Verdict.UNKNOWN, 0.5, "unknown:organisation"), alone(line), line);
    }

    @Test
    void companyNamesArePhiAsTheInstitutionAndKeptAsTheDevice() {
        assertEquals(Verdict.PHI, with("GE MEDICAL SYSTEMS", "InstitutionName", "GE MEDICAL SYSTEMS").verdict());
        assertEquals(Verdict.PHI, with("GE MEDICAL SYSTEMS", "InstitutionName", "GE MEDICAL SYSTEMS",
                "Manufacturer", "GE MEDICAL SYSTEMS").verdict(), "the institution wins over the device");
        assertEquals(Verdict.NOT_PHI, with("GE MEDICAL SYSTEMS", "Manufacturer", "GE MEDICAL SYSTEMS").verdict());
        assertEquals(Verdict.UNKNOWN, with("GE MEDICAL SYSTEMS", "Manufacturer", "GE Healthcare").verdict(),
                "words the device's name does not hold may be the institution's");
    }

    // --- path 7: sex and age glued together

    @ParameterizedTest
    @ValueSource(strings = {"M63", "63F", "F7", "60F", "M3", "Se 4 M63"})
    void gluedSexAndAgeAreUnknown(String line) {
        assertEquals(new TextVerdict(Verdict.UNKNOWN, 0.5, "context:age-sex"), alone(line), line);
    }

    @Test
    void gluedSexAndAgeOfTheHeaderArePhi() {
        for (String line : new String[] {"M63", "63M", "063M", "63m"}) {
            TextVerdict v = with(line, "PatientSex", "M", "PatientAge", "063Y");
            assertEquals(new TextVerdict(Verdict.PHI, 0.5, "header:PatientAge+header:PatientSex"), v, line);
        }
        assertEquals(Verdict.NOT_PHI, alone("M130").verdict(), "beyond any age: a setting");
        assertEquals(Verdict.NOT_PHI, alone("W80").verdict(), "a window width, not a German 'weiblich'");
        assertEquals(Verdict.NOT_PHI, alone("Tilt 41m 4").verdict(), "lower case: a number with its unit");
    }

    // --- path 9: a clock read a little wrong

    @ParameterizedTest
    @ValueSource(strings = {"14:06", "14.06", "14 06", "14,06", "2.06 PM", "14.06.40", "14 06 40"})
    void aClockWithAMisreadSeparatorMatchesTheHeaderTime(String line) {
        TextVerdict v = with(line, "StudyTime", "140633");
        assertEquals(Verdict.PHI, v.verdict(), line);
        assertEquals("header:StudyTime", v.reason(), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"09.59.44", "14 06 33", "23.15.00"})
    void aClockWithSecondsIsATimeWhateverTheSeparator(String line) {
        assertEquals(new TextVerdict(Verdict.PHI, 0.75, "pattern:time"), alone(line), line);
    }

    /**
     * A clock with a digit too many or too few after its minutes ({@code 7:417} for {@code 7:41}, read so by both OCR
     * engines on seed 5555; seconds cut at the box) had read as a device ratio: undecidable, never device text.
     */
    @ParameterizedTest
    @ValueSource(strings = {"7:417", "17:417", "14:06:3", "7:41:2", "10:30:455"})
    void aClockWithADigitTooManyOrTooFewIsUnknown(String line) {
        assertEquals(new TextVerdict(Verdict.UNKNOWN, 0.5, "unknown:misread-clock"), alone(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1:100", "Scale 1:250", "HR 72 1:2"})
    void aRatioEndingInAZeroIsNoClock(String line) {
        assertEquals(Verdict.NOT_PHI, alone(line).verdict(), line);
    }

    /** A misread clock counts only close to a header time (two minutes): "MI 1.23" stays a measurement. */
    @Test
    void aLooseReadingFarFromTheHeaderTimeIsANumber() {
        assertEquals(Verdict.NOT_PHI, with("MI 1.23", "StudyTime", "132800").verdict());
        assertEquals(Verdict.PHI, with("MI 1.23", "StudyTime", "132300").verdict(),
                "the header's own time wins, even where it looks like a measurement");
    }
}
