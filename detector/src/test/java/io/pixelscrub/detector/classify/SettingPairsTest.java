package io.pixelscrub.detector.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.pixelscrub.detector.Verdict;
import io.pixelscrub.models.MapHeaderView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A word on no list before a small integer is a setting's label only when the number is no age: too old for anyone, on
 * a parameter line, after a label repeated on the line, or not the age the file's header gives its patient. The labels
 * are made up for the test, as an unseen device's would be; the header here is a 54-year-old patient.
 */
class SettingPairsTest {

    private static final PhiClassifier CLASSIFIER = PhiClassifier.standard();
    private static final HeaderDenyList AGE_54 = HeaderDenyList.from(MapHeaderView.of("PatientName", "DRAVOK^JANE",
            "PatientAge", "054Y", "PatientSex", "F", "PatientID", "4471902", "StudyDate", "20170302"));

    @ParameterizedTest
    @ValueSource(strings = {"Gozt 31", "Tu 31", "Qv 92", "Plonk 120", "Gozt 7", "Wirn 0", "Sulv 12  Pomt 66", "Tu 31 Fr 1/17"})
    void aLabelBeforeANumberTheHeaderSaysIsNoAgeIsDeviceText(String line) {
        assertEquals(Verdict.NOT_PHI, CLASSIFIER.classify(line, AGE_54).verdict(), line);
    }

    /** These need no header, so the header's age does not stop them ("Qv 54  Krel 12.8" for a 54-year-old). */
    @ParameterizedTest
    @ValueSource(strings = {"Womb 38  Womb 124", "Gozt 3  Gozt 7", "Nuvo 180", "Qv 92  Krel 12.8", "Qv 54  Krel 12.8"})
    void aRepeatedLabelAnAgeNoOneReachesOrAParameterLineNeedNoHeader(String line) {
        assertEquals(Verdict.NOT_PHI, CLASSIFIER.classify(line, HeaderDenyList.empty()).verdict(), line);
        assertEquals(Verdict.NOT_PHI, CLASSIFIER.classify(line, AGE_54).verdict(), line);
    }

    /** Without the header's age a word and a number may be a surname and an age: undecided. */
    @ParameterizedTest
    @ValueSource(strings = {"Dravo 54", "Tu 31", "Qv 92  Krel 14", "Plonk 120", "Smith 38  Jones 124"})
    void withoutAnAgeInTheHeaderAWordAndANumberStayUnexplained(String line) {
        assertEquals("unknown:unexplained-text", CLASSIFIER.classify(line, HeaderDenyList.empty()).reason(), line);
    }

    /** The patient's age, or it read with a digit wrong, dropped or added, beside a word is never device text. */
    @ParameterizedTest
    @ValueSource(strings = {"Gozt 54", "Gozt 55", "Gozt 53", "Gozt 34", "Gozt 5", "Gozt 59", "Qv 92  Krel 54"})
    void thePatientsAgeOrAMisreadOfItIsNeverASettingsValue(String line) {
        assertNotEquals(Verdict.NOT_PHI, CLASSIFIER.classify(line, AGE_54).verdict(), line);
    }

    /**
     * Words that make a name, a date, a sex or an identifier of the pair are no labels, whatever the header says of the
     * age: names of the lexicon, a word after a person label, months, sexes, identifier labels, PHI labels, and numbers
     * with a leading zero or four digits and more.
     */
    @ParameterizedTest
    @ValueSource(strings = {"Smith 31", "Dr Gozt 31", "Tech Gozt 31", "Name: Gozt 31", "Mar 31", "Male 31", "Femme 31",
        "Gozt 031", "Gozt 1931", "Gozt 12345", "Gozt 1234567"})
    void namesDatesSexesAndIdentifiersAreNoSettings(String line) {
        assertNotEquals(Verdict.NOT_PHI, CLASSIFIER.classify(line, AGE_54).verdict(), line);
    }

    /**
     * A month OCR misread by a letter ("18 NOV 68" read "18 NOY 68", tuning seed 41) is no label, and nor is any word
     * standing where a date's month stands, between a day and a year.
     */
    @ParameterizedTest
    @ValueSource(strings = {"18 Noy 68", "Noy 68", "Jam 31", "Noy 18 68", "Noy 18 1968", "18 Gozt 68", "3 Gozt 7",
        "Gozt 7 31"})
    void aMisreadMonthOrAWordWhereAMonthStandsIsNoLabel(String line) {
        assertNotEquals(Verdict.NOT_PHI, CLASSIFIER.classify(line, AGE_54).verdict(), line);
    }

    @Test
    void phiRulesDecideBeforeAnyLabelIsRead() {
        assertEquals("header:PatientName", CLASSIFIER.classify("Dravok 31", AGE_54).reason());
        assertEquals("header:PatientName", CLASSIFIER.classify("Drav0k 31", AGE_54).reason());
        assertEquals("pattern:label-ID", CLASSIFIER.classify("Ex 31", AGE_54).reason());
        assertEquals(Verdict.PHI, CLASSIFIER.classify("Pt 31", AGE_54).verdict());
        assertEquals(Verdict.PHI, CLASSIFIER.classify("Age 31", AGE_54).verdict());
        assertEquals(Verdict.PHI, CLASSIFIER.classify("Gozt 54Y", AGE_54).verdict());
        assertEquals(Verdict.PHI, CLASSIFIER.classify("Gozt 02/03/2017", AGE_54).verdict());
        assertEquals(Verdict.PHI, CLASSIFIER.classify("Gozt 10:42", AGE_54).verdict());
        assertEquals(Verdict.PHI, CLASSIFIER.classify("Gozt 4471902", AGE_54).verdict());
        assertNotEquals(Verdict.NOT_PHI, CLASSIFIER.classify("Gozt M63", AGE_54).verdict());
        assertNotEquals(Verdict.NOT_PHI, CLASSIFIER.classify("Gozt 31 F", AGE_54).verdict());
    }

    /** The age from the birth date to the study's date counts as PatientAge does (that year's birthday passed or not). */
    @Test
    void theAgeFromTheBirthDateCountsToo() {
        HeaderDenyList born1963 = HeaderDenyList.from(MapHeaderView.of("PatientBirthDate", "19630711",
                "StudyDate", "20170302"));
        assertEquals(Verdict.NOT_PHI, CLASSIFIER.classify("Gozt 31", born1963).verdict());
        assertNotEquals(Verdict.NOT_PHI, CLASSIFIER.classify("Gozt 53", born1963).verdict());
        assertNotEquals(Verdict.NOT_PHI, CLASSIFIER.classify("Gozt 54", born1963).verdict());
    }
}
