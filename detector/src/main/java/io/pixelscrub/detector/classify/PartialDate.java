package io.pixelscrub.detector.classify;

import java.time.MonthDay;
import java.time.YearMonth;
import java.util.List;

/**
 * A date written without its day or without its year: "03/2017", "Mar 2017", "2017-03" (a month of a year) or
 * "08.12", "05/11", "Dec 14" (a day of a month, read both ways), which may also be a month of a year written with two
 * digits ("14-12", "12-14", "DEC14").
 *
 * @param monthsOfYear the month and year it may be; empty for a day and month
 * @param monthDays    the day and month it may be; empty for a month and year
 * @param shortYears   the months of a year it may be if two of its digits are a year's last two (both centuries):
 *                     too common a shape to be a date by itself, a date only where the header holds that month
 * @param leadingZero  a part written with a leading zero ("08.12"): the way dates are written, not measurements
 * @param slash        written with '/', the separator of frame and image counters ("10/12")
 */
record PartialDate(int start, int end, List<YearMonth> monthsOfYear, List<MonthDay> monthDays,
                   List<YearMonth> shortYears, boolean leadingZero, boolean slash) {

    boolean monthOfYear() {
        return !monthsOfYear.isEmpty();
    }
}
