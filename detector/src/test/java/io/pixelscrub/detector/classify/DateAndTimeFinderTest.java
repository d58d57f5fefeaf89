package io.pixelscrub.detector.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateAndTimeFinderTest {

    private static final ClassifierVocabulary VOCAB = ClassifierVocabulary.shipped();
    private static final DateFinder DATES = new DateFinder(VOCAB.months, VOCAB.monthsNeedingYear);

    private static List<LocalDate> readings(String text) {
        return DATES.find(new LineText(text).digits()).stream().flatMap(d -> d.readings().stream()).distinct().toList();
    }

    @Test
    void ambiguousOrdersGiveEveryValidReading() {
        assertEquals(List.of(LocalDate.of(1960, 1, 2), LocalDate.of(1960, 2, 1)), readings("02/01/1960"));
        assertEquals(List.of(LocalDate.of(1951, 8, 29)), readings("08/29/1951"));
        assertTrue(readings("60.01.02").contains(LocalDate.of(1960, 1, 2)));
        assertTrue(readings("17 Oct 16").contains(LocalDate.of(2016, 10, 17)));
        assertTrue(readings("24-MAY-02").contains(LocalDate.of(2002, 5, 24)));
        assertEquals(List.of(LocalDate.of(1960, 1, 2)), readings("1960-01-02"));
        assertTrue(readings("3/3/4").isEmpty());
        assertTrue(readings("1.2.840.10008").isEmpty());
        assertTrue(readings("31/31/1999").isEmpty());
    }

    @ParameterizedTest
    @CsvSource({"19940130, 1994-01-30", "1994.01.30, 1994-01-30", "1994-01-30, 1994-01-30",
        "20170302172457.000+0100, 2017-03-02", "30.01.1994, 1994-01-30"})
    void headerDatesReadLeniently(String value, String date) {
        assertEquals(List.of(LocalDate.parse(date)), LenientHeaderDates.dates(value));
    }

    @Test
    void headerTimesReadLeniently() {
        assertEquals(OptionalInt.of(17 * 3600 + 24 * 60 + 57), LenientHeaderDates.secondsOfDay("172457.123", false));
        assertEquals(OptionalInt.of(11 * 3600 + 25 * 60 + 1), LenientHeaderDates.secondsOfDay("11:25:01", false));
        assertEquals(OptionalInt.of(17 * 3600 + 24 * 60), LenientHeaderDates.secondsOfDay("1724", false));
        assertEquals(OptionalInt.of(17 * 3600 + 24 * 60 + 54),
                LenientHeaderDates.secondsOfDay("20170302172454.000+0100", true));
        assertEquals(OptionalInt.empty(), LenientHeaderDates.secondsOfDay("20170302", true));
        assertEquals(OptionalInt.empty(), LenientHeaderDates.secondsOfDay("99:00", false));
    }

    @Test
    void clockTimesButNotCounters() {
        assertEquals(List.of(17 * 3600 + 24 * 60 + 57), TimeFinder.find("05:24:57PM").get(0).secondsOfDay());
        assertEquals(2, TimeFinder.find("5:24:57").get(0).secondsOfDay().size());
        assertTrue(TimeFinder.find("+2:09:04").isEmpty());
        assertEquals(TimeMention.Form.ZERO_HOUR, TimeFinder.find("0:03:46").get(0).form());
        assertEquals(TimeMention.Form.LOOSE, TimeFinder.find("14.06").get(0).form());
        assertEquals(TimeMention.Form.LOOSE, TimeFinder.find("14 06").get(0).form());
        assertEquals(TimeMention.Form.CLOCK, TimeFinder.find("14.06.33").get(0).form());
        assertTrue(TimeFinder.find("H4.00").isEmpty());
        assertTrue(TimeFinder.find("1.5").isEmpty());
        assertTrue(TimeFinder.find("25:61").isEmpty());
        assertEquals(1, TimeFinder.find("09;25;00").size());
    }

    @Test
    void misreadDigitsAreRestoredOnlyAmongDigits() {
        assertEquals("08/29/1951", OcrFold.digitsInContext("O8/29/l951"));
        assertEquals("2017", OcrFold.digitsInContext("2Ol7"));
        assertEquals("DOB: 08", OcrFold.digitsInContext("DOB: O8"));
        assertEquals("03-OKT.-1967", OcrFold.digitsInContext("03-OKT.-1967"));
        assertEquals("TIS0.0", OcrFold.digitsInContext("TIS0.0"));
    }
}
