package io.pixelscrub.detector.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.pixelscrub.detector.Verdict;
import io.pixelscrub.models.MapHeaderView;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Path 1 of issue #11: the file's own header always wins. A token, or run of tokens, equal to a value of an
 * identifying attribute is PHI whatever its length, even when it is a device, vendor or common word: redacting a
 * device label that happens to equal the patient's name costs little, keeping the name costs everything.
 */
class HeaderWinsTest {

    private static final PhiClassifier CLASSIFIER = PhiClassifier.standard();

    static Stream<Arguments> valuesThatAreDeviceWords() {
        return Stream.of(
                Arguments.of("PatientName", "OB", "PHILIPS  OB"),          // the real CX50 file's name and exam
                Arguments.of("PatientName", "OB^^^^", "Gen OB C5-1 28Hz"),
                Arguments.of("PatientName", "OB", "OB/GYN"),               // a part of a token
                Arguments.of("PatientName", "PLA", "PLA"),
                Arguments.of("PatientName", "PLA", "Res PLA 2"),
                Arguments.of("OperatorsName", "AC", "AC 28.4cm  BPD 8.2cm"), // the real S2000 file's operator
                Arguments.of("OperatorsName", "AC", "A C"),                // a run of tokens
                Arguments.of("PatientName", "LONG^MARK", "MARK LONG"),
                Arguments.of("PatientName", "LONG^MARK", "LT KIDNEY LONG"),
                Arguments.of("PatientName", "LONG^MARK", "Mark"),
                Arguments.of("PatientName", "HEAD^MAX", "Max Head"),
                Arguments.of("PatientName", "HEAD^MAX", "SUV max 4.2"),
                Arguments.of("PatientName", "WALL^ART", "Art Wall"),
                Arguments.of("ReferringPhysicianName", "GAIN^LO", "Gain 60"),
                Arguments.of("PatientID", "7", "Page 7"),                  // a patient's ID of one digit
                Arguments.of("AccessionNumber", "42", "SE 3 IM 42"),
                Arguments.of("PatientID", "A1", "A1"),
                Arguments.of("InstitutionName", "GE MEDICAL SYSTEMS", "GE MEDICAL SYSTEMS"),
                Arguments.of("InstitutionName", "Philips Healthcare", "Philips Healthcare"),
                Arguments.of("InstitutionalDepartmentName", "ER", "ER 2"),
                Arguments.of("StationName", "US1", "US1 C5-2"));
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("valuesThatAreDeviceWords")
    void aHeaderValueIsPhiEvenWhenItIsADeviceWord(String attribute, String value, String line) {
        TextVerdict v = CLASSIFIER.classify(line, HeaderDenyList.from(MapHeaderView.of(attribute, value)));
        assertEquals(Verdict.PHI, v.verdict(), line);
        assertEquals("header:" + attribute, v.reason(), line);
    }

    /** One or two characters match exactly: not folded ("OB" is not "dB" or "08"), not inside a longer word. */
    @Test
    void twoCharacterValuesMatchExactlyAndWhole() {
        HeaderDenyList deny = HeaderDenyList.from(MapHeaderView.of("PatientName", "OB", "OperatorsName", "AC"));
        for (String line : new String[] {"Gain 60 dB", "08", "0B", "OBL", "TAC1", "ACUSON SEQUOIA"}) {
            assertNotEquals(Verdict.PHI, CLASSIFIER.classify(line, deny).verdict(), line);
        }
        assertEquals(Verdict.PHI, CLASSIFIER.classify("ob", deny).verdict(), "case is ignored");
    }

    /** Three characters and more tolerate OCR's confusions at word boundaries: "D0E" is "DOE", "L0NG" is "LONG". */
    @Test
    void threeCharactersAndMoreStayOcrTolerant() {
        HeaderDenyList deny = HeaderDenyList.from(MapHeaderView.of("PatientName", "DOE^MAX", "OtherPatientNames", "LONG"));
        assertEquals("header:PatientName", CLASSIFIER.classify("D0E", deny).reason());
        assertEquals("header:PatientName", CLASSIFIER.classify("Max", deny).reason());
        assertEquals("header:OtherPatientNames", CLASSIFIER.classify("L0NG", deny).reason());
        assertNotEquals("header:PatientName", CLASSIFIER.classify("DOES", deny).reason(), "whole words only");
    }

    /** Study and step numbers of up to three digits number studies, not people: a counter, no evidence. */
    @Test
    void shortCountersAreNoEvidence() {
        HeaderDenyList deny = HeaderDenyList.from(MapHeaderView.of("StudyID", "1", "GantryID", "2"));
        assertEquals(Verdict.NOT_PHI, CLASSIFIER.classify("Page 1/2", deny).verdict());
        assertEquals(Verdict.NOT_PHI, CLASSIFIER.classify("SE 1 IM 2", deny).verdict());
    }

    /** Name prefixes and suffixes are titles many people share: "DR" of "DOE^JOHN^^DR" is no value. */
    @Test
    void titlesAreNoValues() {
        HeaderDenyList deny = HeaderDenyList.from(MapHeaderView.of("PatientName", "DOE^JOHN^^DR^JR"));
        assertEquals(Verdict.NOT_PHI, CLASSIFIER.classify("DR 60", deny).verdict());
    }
}
