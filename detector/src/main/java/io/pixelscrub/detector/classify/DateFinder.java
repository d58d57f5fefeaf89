package io.pixelscrub.detector.classify;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds dates in a line, in the numeric orders and separators devices use (1960-01-02, 01/02/1960, 02.01.60,
 * 60.01.02, 1/2/1960, 19600102) and with month names in several languages (02-Jan-1960, 17 Oct 16, Jan 2, 1960,
 * 2. Januar 1960, 07-FEV-2006). Works on {@link LineText#digits()}, so misread digits are already restored.
 */
final class DateFinder {

    static final int MIN_YEAR = 1880;
    static final int MAX_YEAR = 2099;

    /** A signed value ("+2.04.64", "-1/2/3") is an offset or a setting, never a calendar date. */
    private static final Pattern NUMERIC = Pattern.compile(
            "(?<![\\d.:/+-])(\\d{1,4})([./-])(\\d{1,2})\\2(\\d{1,4})(?![\\d:/-]|\\.\\d)");
    private static final Pattern PACKED = Pattern.compile("(?<![\\d.:/+-])(\\d{6}|\\d{8})(?![\\d:/-]|\\.\\d)");

    private final Pattern dayMonthYear;
    private final Pattern monthDayYear;
    private final Pattern yearMonthDay;
    private final Map<String, Integer> months;
    private final Set<String> monthsNeedingYear;

    /**
     * @param months            month names (upper case) to month numbers
     * @param monthsNeedingYear month names that are also device words (GEN, MAG, SET...): a date only with a year
     */
    DateFinder(Map<String, Integer> months, Set<String> monthsNeedingYear) {
        this.months = months;
        this.monthsNeedingYear = monthsNeedingYear;
        String names = monthAlternation(months);
        String month = "(" + names + ")\\.?(?!\\p{L})";
        String sep = "[\\s./,-]*";
        dayMonthYear = Pattern.compile("(?<![\\d\\p{L}])(\\d{1,2})(?:ST|ND|RD|TH)?" + sep + month + "(?:" + sep
                + "(\\d{4}|\\d{2})(?![\\d:]))?");
        monthDayYear = Pattern.compile("(?<!\\p{L})" + month + sep + "(\\d{1,2})(?:ST|ND|RD|TH)?(?!\\d|[.,]\\d{1,2}(?![\\d.,/-]))(?:"
                + "[\\s./,-]+(\\d{4}|\\d{2})(?![\\d:]))?");
        yearMonthDay = Pattern.compile("(?<!\\d)(\\d{4})[\\s./-]+" + month + "[\\s./-]+(\\d{1,2})(?!\\d)");
    }

    /**
     * The month names of {@code months} as a regex alternation, longest first (so {@code MARCH} is tried before
     * {@code MAR}), each without its abbreviation dot, quoted.
     */
    static String monthAlternation(Map<String, Integer> months) {
        return months.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(n -> Pattern.quote(n.endsWith(".") ? n.substring(0, n.length() - 1) : n))
                .distinct()
                .collect(Collectors.joining("|"));
    }

    List<DateMention> find(String digits) {
        List<DateMention> out = new ArrayList<>();
        if (!hasDigit(digits)) {
            return out; // every form has a day or year in digits
        }
        numeric(digits, out);
        if (hasMonthName(digits)) {
            named(digits, out);
        }
        packed(digits, out);
        return out;
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a run of letters is a month name: the named-month expressions are costly, most lines skip them. */
    private boolean hasMonthName(String s) {
        int i = 0;
        while (i < s.length()) {
            if (!Character.isLetter(s.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < s.length() && Character.isLetter(s.charAt(i))) {
                i++;
            }
            if (monthNumber(s.substring(start, i)) != null) {
                return true;
            }
        }
        return false;
    }

    private void numeric(String s, List<DateMention> out) {
        Matcher m = NUMERIC.matcher(s);
        while (m.find()) {
            String a = m.group(1);
            String b = m.group(3);
            String c = m.group(4);
            Set<LocalDate> r = new LinkedHashSet<>();
            if (a.length() == 4) {
                add(r, year(a), num(b), num(c));
            } else if (c.length() == 4 || c.length() == 2) {
                add(r, year(c), num(b), num(a)); // day month year
                add(r, year(c), num(a), num(b)); // month day year
                if (a.length() == 2 && c.length() == 2) {
                    add(r, year(a), num(b), num(c)); // yy.mm.dd
                }
            }
            if (!r.isEmpty()) {
                out.add(mention(m.start(), m.end(), r, false));
            }
        }
    }

    private void named(String s, List<DateMention> out) {
        Matcher m = dayMonthYear.matcher(s);
        while (m.find()) {
            addNamed(out, m.start(), m.end(), m.group(3), m.group(2), m.group(1), false);
        }
        m = monthDayYear.matcher(s);
        while (m.find()) {
            addNamed(out, m.start(), m.end(), m.group(3), m.group(1), m.group(2), true);
        }
        m = yearMonthDay.matcher(s);
        while (m.find()) {
            addNamed(out, m.start(), m.end(), m.group(1), m.group(2), m.group(3), false);
        }
    }

    /**
     * A month name that is also a device word (GEN, MAG, SET) makes a date only with a year, and, when it comes
     * first ("Gen 12 07", "Mag 1.06"), only with a four-digit year; "02 gen 07" is a date.
     */
    private void addNamed(List<DateMention> out, int start, int end, String yearText, String monthName, String day,
                          boolean monthFirst) {
        Integer month = monthNumber(monthName);
        if (month == null || overlaps(out, start, end)) {
            return;
        }
        if (monthsNeedingYear.contains(monthName)
                && (yearText == null || monthFirst && yearText.length() != 4)) {
            return;
        }
        if (yearText == null) {
            // A day and a month name with no year: OCR makes these out of device words ("MAI-4" from "MI: 1.4"),
            // and without a year they identify no one. Burned-in dates carry a year.
            return;
        }
        Set<LocalDate> r = new LinkedHashSet<>();
        add(r, year(yearText), month, num(day));
        if (!r.isEmpty()) {
            out.add(mention(start, end, r, false));
        }
    }

    private Integer monthNumber(String name) {
        Integer m = months.get(name);
        return m != null ? m : months.get(name + ".");
    }

    private static void packed(String s, List<DateMention> out) {
        Matcher m = PACKED.matcher(s);
        while (m.find()) {
            String d = m.group(1);
            Set<LocalDate> r = new LinkedHashSet<>();
            if (d.length() == 8) {
                add(r, year(d.substring(0, 4)), num(d.substring(4, 6)), num(d.substring(6))); // yyyymmdd
                add(r, year(d.substring(4)), num(d.substring(2, 4)), num(d.substring(0, 2))); // ddmmyyyy
                add(r, year(d.substring(4)), num(d.substring(0, 2)), num(d.substring(2, 4))); // mmddyyyy
            } else {
                add(r, year(d.substring(0, 2)), num(d.substring(2, 4)), num(d.substring(4))); // yymmdd
                add(r, year(d.substring(4)), num(d.substring(2, 4)), num(d.substring(0, 2))); // ddmmyy
                add(r, year(d.substring(4)), num(d.substring(0, 2)), num(d.substring(2, 4))); // mmddyy
            }
            if (!r.isEmpty()) {
                out.add(mention(m.start(), m.end(), r, true));
            }
        }
    }

    private static boolean overlaps(List<DateMention> found, int start, int end) {
        for (DateMention d : found) {
            if (start < d.end() && d.start() < end) {
                return true;
            }
        }
        return false;
    }

    private static DateMention mention(int start, int end, Set<LocalDate> readings, boolean packed) {
        List<MonthDay> md = readings.stream().map(d -> MonthDay.of(d.getMonth(), d.getDayOfMonth())).distinct().toList();
        return new DateMention(start, end, List.copyOf(readings), md, packed);
    }

    /** A year as written: four digits as they are, two digits as both 19yy and 20yy (packed as -yy). */
    private static int[] year(String y) {
        int v = num(y);
        return y.length() == 4 ? new int[] {v} : new int[] {1900 + v, 2000 + v};
    }

    private static void add(Set<LocalDate> into, int[] years, int month, int day) {
        for (int y : years) {
            if (y < MIN_YEAR || y > MAX_YEAR) {
                continue;
            }
            try {
                into.add(LocalDate.of(y, month, day));
            } catch (DateTimeException notADate) {
                // this reading is no date; the others may be
            }
        }
    }

    private static int num(String s) {
        return Integer.parseInt(s);
    }
}
