package io.pixelscrub.detector.classify;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pixelscrub.detector.classify.HeaderDenyList.HeaderDate;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class PatientAgesTest {

    @Test
    void withoutAnAgeOrABirthDateNothingIsRuledOut() {
        assertFalse(PatientAges.unknown().rulesOut(31));
        assertFalse(PatientAges.of(OptionalInt.empty(), OptionalInt.empty(),
                List.of(new HeaderDate("StudyDate", LocalDate.of(2017, 3, 2)))).rulesOut(31));
        assertFalse(PatientAges.of(OptionalInt.empty(), OptionalInt.of(1963), List.of()).rulesOut(31),
                "a birth year with no date to count to gives no age");
    }

    @Test
    void theAgeItsNeighboursAndItsOneDigitMisreadsAreNotRuledOut() {
        PatientAges ages = PatientAges.of(OptionalInt.of(54), OptionalInt.empty(), List.of());
        for (int n : new int[] {54, 53, 55, 34, 59, 4, 5, 154, 504, 50}) {
            assertFalse(ages.rulesOut(n), Integer.toString(n));
        }
        for (int n : new int[] {31, 7, 92, 120, 66}) {
            assertTrue(ages.rulesOut(n), Integer.toString(n));
        }
    }

    @Test
    void theYearsFromTheBirthDateToEachOtherDateAreAges() {
        PatientAges ages = PatientAges.of(OptionalInt.empty(), OptionalInt.of(1963), List.of(
                new HeaderDate("PatientBirthDate", LocalDate.of(1963, 7, 11)),
                new HeaderDate("StudyDate", LocalDate.of(2017, 3, 2)),
                new HeaderDate("AcquisitionDate", LocalDate.of(2019, 1, 5))));
        for (int n : new int[] {53, 54, 55, 56}) {
            assertFalse(ages.rulesOut(n), Integer.toString(n));
        }
        assertTrue(ages.rulesOut(31));
        assertFalse(ages.rulesOut(3), "3 is 53 with a digit dropped");
    }

    @Test
    void oneDigitApartIsAChangeADropOrAnAddition() {
        assertTrue(PatientAges.oneDigitApart("54", "54"));
        assertTrue(PatientAges.oneDigitApart("54", "34"));
        assertTrue(PatientAges.oneDigitApart("54", "4"));
        assertTrue(PatientAges.oneDigitApart("154", "54"));
        assertFalse(PatientAges.oneDigitApart("45", "54"));
        assertFalse(PatientAges.oneDigitApart("1540", "54"));
    }
}
