package io.pixelscrub.detector.classify;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A day written before a month's name ({@code 09 APR}, {@code 3-Jan}, {@code 12MAR}), with no year after it that
 * {@link DateFinder} could read: a date OCR read only in part (a box that ends short of the year: {@code 09 APR 03}
 * read {@code 09 APR0}, whose glued {@code APR0} reads like a device setting). Undecidable without the year, so
 * never a device annotation.
 */
final class DayMonthNames {

    private final Pattern dayThenMonth;

    /** @param months month names (upper case, some ending in a dot) to month numbers */
    DayMonthNames(Map<String, Integer> months) {
        // The month's name may run on into digits (a year OCR glued to it) but not into more letters (a word).
        dayThenMonth = Pattern.compile("(?<![\\p{L}\\d.,:/])(0?[1-9]|[12]\\d|3[01])[\\s./-]*("
                + DateFinder.monthAlternation(months) + ")(?!\\p{L})");
    }

    /** Whether {@code upperText} (upper case) holds a day before a month's name. */
    boolean holds(String upperText) {
        return dayThenMonth.matcher(upperText).find();
    }

    /**
     * The days before a month's name in {@code upperText}: group 1 the day, group 2 the month's name without its dot
     * ({@link PartialDateFinder} matches them against the header's dates).
     */
    Matcher matcher(String upperText) {
        return dayThenMonth.matcher(upperText);
    }
}
