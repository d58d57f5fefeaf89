package io.pixelscrub.scrubber.header;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DateShifterTest {

    private static final DateTimeFormatter DA = DateTimeFormatter.BASIC_ISO_DATE;

    @Test
    void intervalsBetweenDatesOfOnePatientAreKept() {
        DateShifter s = new DateShifter(-1000);
        String a = s.shiftDate("20200229").orElseThrow();
        String b = s.shiftDate("20210315").orElseThrow();
        assertEquals(ChronoUnit.DAYS.between(LocalDate.parse("20200229", DA), LocalDate.parse("20210315", DA)),
                ChronoUnit.DAYS.between(LocalDate.parse(a, DA), LocalDate.parse(b, DA)));
        assertEquals(-1000, ChronoUnit.DAYS.between(LocalDate.parse("20200229", DA), LocalDate.parse(a, DA)));
    }

    @Test
    void dateTimeKeepsTimeZoneAndPrecision() {
        DateShifter s = new DateShifter(-365);
        assertEquals(Optional.of("20190102123456.789+0100"), s.shiftDateTime("20200102123456.789+0100"));
        assertEquals(Optional.of("201901"), s.shiftDateTime("202001"));
        assertEquals(Optional.of("2019"), s.shiftDateTime("2020"));
        assertEquals(Optional.empty(), s.shiftDateTime("20X0"));
        assertEquals(Optional.empty(), s.shiftDate("20201341"));
        assertEquals(Optional.of("20190101"), s.shiftDate("2020.01.01"));
    }

    @Test
    void offsetsAreAlwaysInThePastWithinRange() {
        for (int bits : new int[] {0, 1, -1, Integer.MAX_VALUE, Integer.MIN_VALUE, 123456789}) {
            int d = DateShifter.offsetFrom(bits);
            assertTrue(d >= DateShifter.MIN_DAYS && d <= DateShifter.MAX_DAYS, "offset " + d);
        }
        assertThrows(IllegalArgumentException.class, () -> new DateShifter(10));
    }
}
