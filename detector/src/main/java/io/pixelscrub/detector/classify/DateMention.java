package io.pixelscrub.detector.classify;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;

/**
 * A date written on a line, with every reading its digits allow (01/02/1960 is 2 January or 1 February).
 *
 * @param readings  the full dates it may be; empty when the year is missing
 * @param monthDays the day and month it may be (always present)
 * @param packed    written without separators ("19600102"): a date only if the header says so
 */
record DateMention(int start, int end, List<LocalDate> readings, List<MonthDay> monthDays, boolean packed) { }
