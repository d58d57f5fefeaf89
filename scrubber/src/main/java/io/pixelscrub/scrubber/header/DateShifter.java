package io.pixelscrub.scrubber.header;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * Modified Dates (PS3.15 E.3.6): every DA and DT value of one patient moves by the same whole number of days, so
 * intervals and times of day stay as they were. Offsets are always in the past, between {@link #MIN_DAYS} and
 * {@link #MAX_DAYS}, so a shifted date is never in the future and a birth date stays before every study date.
 */
public final class DateShifter {

    public static final int MIN_DAYS = -3650;
    public static final int MAX_DAYS = -365;
    private static final DateTimeFormatter DA = DateTimeFormatter.BASIC_ISO_DATE;

    private final int days;

    public DateShifter(int days) {
        if (days < MIN_DAYS || days > MAX_DAYS) {
            throw new IllegalArgumentException("date offset outside [" + MIN_DAYS + ", " + MAX_DAYS + "] days");
        }
        this.days = days;
    }

    /** An offset in range from 32 random or keyed bits. */
    public static int offsetFrom(int bits) {
        return MIN_DAYS + Math.floorMod(bits, MAX_DAYS - MIN_DAYS + 1);
    }

    public int days() {
        return days;
    }

    /** A DA value (YYYYMMDD; legacy YYYY.MM.DD accepted) moved by the offset; empty when it is not a date. */
    public Optional<String> shiftDate(String value) {
        String v = value.trim().replace(".", "");
        if (!v.matches("\\d{8}")) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(v, DA).plusDays(days).format(DA));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * A DT value (YYYY[MM[DD[HH[MM[SS[.F]]]]]][&ZZXX]) with its date part moved; the precision, time and zone are kept.
     * A year-only or year-month value moves from its first day, then is cut back to its precision.
     */
    public Optional<String> shiftDateTime(String value) {
        String v = value.trim();
        int n = 0;
        while (n < v.length() && n < 8 && Character.isDigit(v.charAt(n))) {
            n++;
        }
        final int digits = n;
        if (digits != 4 && digits != 6 && digits != 8) {
            return Optional.empty();
        }
        String padded = v.substring(0, digits) + "0101".substring(4 - (8 - digits));
        return shiftDate(padded).map(d -> d.substring(0, digits) + v.substring(digits));
    }
}
