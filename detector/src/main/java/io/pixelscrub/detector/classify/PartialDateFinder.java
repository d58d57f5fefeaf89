package io.pixelscrub.detector.classify;

import java.time.DateTimeException;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds dates that miss a part ({@link PartialDate}) in {@link LineText#digits()}: a month and a four-digit year
 * ("03/2017", "5/1960", "2017-03", "Mar 2017", "MARCH 2017"), a day and month of two digits each ("08.12",
 * "05/11", "12-08"), a month's name before a day or a two-digit year ("Dec 14", "DEC14") and a day before a month's
 * name ("17 APR", "01-DEC"), as devices print them and as OCR leaves them when it loses a part of a full date
 * ("2014-12" read "14-12"). Parts of full dates ({@link DateFinder}) are not found again.
 */
final class PartialDateFinder {

    private static final Pattern MONTH_YEAR = Pattern.compile(
            "(?<![\\d.,:/+-])(\\d{1,2})[./-](\\d{4})(?![\\d:/-]|[.,]\\d)");
    private static final Pattern YEAR_MONTH = Pattern.compile(
            "(?<![\\d.,:/+-])(\\d{4})[./-](\\d{1,2})(?![\\d:/-]|[.,]\\d)");
    private static final Pattern DAY_MONTH = Pattern.compile(
            "(?<![\\d.,:/+-])(\\d{2})([./-])(\\d{2})(?![\\d:/-]|[.,]\\d)");

    private static final Pattern FOUR_DIGITS = Pattern.compile("\\d{4}");

    private final Pattern namedMonthYear;
    private final Pattern namedMonthNumber;
    private final DayMonthNames dayNamedMonth;
    private final Map<String, Integer> months;

    /**
     * @param months        month names (upper case) to month numbers
     * @param dayNamedMonth the shape of a day before a month's name, shared with the rule that keeps it undecided
     */
    PartialDateFinder(Map<String, Integer> months, DayMonthNames dayNamedMonth) {
        this.months = months;
        namedMonthYear = Pattern.compile("(?<![\\p{L}\\d])(" + DateFinder.monthAlternation(months) + ")\\.?[\\s./,-]*(\\d{4})(?![\\d:])");
        namedMonthNumber = Pattern.compile("(?<![\\p{L}\\d])(" + DateFinder.monthAlternation(months)
                + ")\\.?[\\s./,-]*(\\d{1,2})(?![\\d:]|[.,]\\d)");
        this.dayNamedMonth = dayNamedMonth;
    }

    /** @param full dates already found whole: their digits are not read again */
    List<PartialDate> find(String digits, List<DateMention> full) {
        List<PartialDate> out = new ArrayList<>();
        Matcher m = MONTH_YEAR.matcher(digits);
        while (m.find()) {
            monthOfYear(out, full, m.start(), m.end(), m.group(2), m.group(1));
        }
        m = YEAR_MONTH.matcher(digits);
        while (m.find()) {
            monthOfYear(out, full, m.start(), m.end(), m.group(1), m.group(2));
        }
        m = FOUR_DIGITS.matcher(digits).find() ? namedMonthYear.matcher(digits) : null; // costly: only beside a year
        while (m != null && m.find()) {
            Integer month = monthNumber(m.group(1));
            if (month != null) {
                monthOfYear(out, full, m.start(), m.end(), m.group(2), Integer.toString(month));
            }
        }
        m = DAY_MONTH.matcher(digits);
        while (m.find()) {
            dayOfMonth(out, full, m, m.start() > 0 && Character.isLetter(digits.charAt(m.start() - 1)));
        }
        m = namedMonthNumber.matcher(digits);
        while (m.find()) {
            Integer month = monthNumber(m.group(1));
            if (month != null) {
                namedMonthNumber(out, full, m, month);
            }
        }
        m = dayNamedMonth.matcher(digits);
        while (m.find()) {
            Integer month = monthNumber(m.group(2));
            if (month != null) {
                dayNamedMonth(out, full, m, month);
            }
        }
        return out;
    }

    /** The number of the month named {@code name} (written without its abbreviation dot), or null. */
    private Integer monthNumber(String name) {
        return months.getOrDefault(name, months.get(name + "."));
    }

    /** "17 APR", "01-DEC": a day of that month. */
    private static void dayNamedMonth(List<PartialDate> out, List<DateMention> full, Matcher m, int month) {
        List<MonthDay> days = new ArrayList<>();
        add(days, month, Integer.parseInt(m.group(1)));
        if (!days.isEmpty() && !overlaps(full, out, m.start(), m.end())) {
            out.add(new PartialDate(m.start(), m.end(), List.of(), days, List.of(), false, false));
        }
    }

    private static void monthOfYear(List<PartialDate> out, List<DateMention> full, int start, int end, String year,
                                    String month) {
        int y = Integer.parseInt(year);
        int mo = Integer.parseInt(month);
        if (y < DateFinder.MIN_YEAR || y > DateFinder.MAX_YEAR || mo < 1 || mo > 12 || overlaps(full, out, start, end)) {
            return;
        }
        out.add(new PartialDate(start, end, List.of(YearMonth.of(y, mo)), List.of(), List.of(), month.startsWith("0"),
                false));
    }

    /** @param glued the digits follow a letter ("L12-14": a probe's name, whose numbers are no year) */
    private static void dayOfMonth(List<PartialDate> out, List<DateMention> full, Matcher m, boolean glued) {
        if (overlaps(full, out, m.start(), m.end())) {
            return;
        }
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(3));
        List<MonthDay> readings = new ArrayList<>();
        add(readings, b, a); // day month
        add(readings, a, b); // month day
        List<YearMonth> shortYears = new ArrayList<>();
        if (!glued) {
            addShortYear(shortYears, a, b); // "14-12": year month
            addShortYear(shortYears, b, a); // "12-14": month year
        }
        if (!readings.isEmpty() || !shortYears.isEmpty()) {
            // "08.12", "05/11", "12-05": a zero-padded part is how dates are written; "14.06" is also a decimal,
            // whose second part often starts with 0, so with '.' only the first part counts
            boolean zero = m.group(1).startsWith("0") || !m.group(2).equals(".") && m.group(3).startsWith("0");
            out.add(new PartialDate(m.start(), m.end(), List.of(), List.copyOf(readings), List.copyOf(shortYears), zero,
                    m.group(2).equals("/")));
        }
    }

    /** "Dec 14", "DEC14", "Dec. 3": a day of that month, or (two digits) that month of a year written short. */
    private static void namedMonthNumber(List<PartialDate> out, List<DateMention> full, Matcher m, int month) {
        if (overlaps(full, out, m.start(), m.end())) {
            return;
        }
        int n = Integer.parseInt(m.group(2));
        List<MonthDay> days = new ArrayList<>();
        add(days, month, n);
        List<YearMonth> shortYears = new ArrayList<>();
        if (m.group(2).length() == 2) {
            addShortYear(shortYears, n, month);
        }
        if (!days.isEmpty() || !shortYears.isEmpty()) {
            out.add(new PartialDate(m.start(), m.end(), List.of(), List.copyOf(days), List.copyOf(shortYears), false,
                    false));
        }
    }

    /** Month {@code month} of a year ending in the two digits {@code yy}, in both centuries the finder reads. */
    private static void addShortYear(List<YearMonth> into, int yy, int month) {
        if (month < 1 || month > 12 || yy > 99) {
            return;
        }
        for (int century = 1900; century <= 2000; century += 100) {
            YearMonth ym = YearMonth.of(century + yy, month);
            if (!into.contains(ym)) {
                into.add(ym);
            }
        }
    }

    private static void add(List<MonthDay> into, int month, int day) {
        try {
            MonthDay d = MonthDay.of(month, day);
            if (!into.contains(d)) {
                into.add(d);
            }
        } catch (DateTimeException notADate) {
            // this order is no date; the other may be
        }
    }

    private static boolean overlaps(List<DateMention> full, List<PartialDate> found, int start, int end) {
        for (DateMention d : full) {
            if (start < d.end() && d.start() < end) {
                return true;
            }
        }
        for (PartialDate d : found) {
            if (start < d.end() && d.start() < end) {
                return true;
            }
        }
        return false;
    }
}
