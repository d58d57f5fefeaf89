package io.pixelscrub.detector.classify;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads DA, DT and TM header values the way real files write them, not only as PS3.5 says: "19940130",
 * "1994.01.30", "1994-01-30", "30.01.1994", "01/30/1994", DT "20170302172457.000+0100", TM "172457.123",
 * "17:24:57", "1724". What cannot be read gives nothing (never an exception: header values are PHI).
 */
final class LenientHeaderDates {

    private static final Pattern YMD = Pattern.compile("(\\d{4})[-./ ]?(\\d{2})[-./ ]?(\\d{2})");
    private static final Pattern OTHER_ORDER = Pattern.compile("(\\d{1,2})[-./ ](\\d{1,2})[-./ ](\\d{4})");
    private static final Pattern TIME = Pattern.compile("(\\d{2}):?(\\d{2})?:?(\\d{2})?(?:\\.\\d*)?");

    private LenientHeaderDates() {
    }

    /** The dates a DA or DT value may mean: one when the order is clear, two for 01/02/1994. */
    static List<LocalDate> dates(String value) {
        String v = value.strip();
        List<LocalDate> out = new ArrayList<>();
        Matcher m = YMD.matcher(v);
        if (m.lookingAt()) {
            add(out, num(m.group(1)), num(m.group(2)), num(m.group(3)));
            return out;
        }
        m = OTHER_ORDER.matcher(v);
        if (m.lookingAt()) {
            add(out, num(m.group(3)), num(m.group(2)), num(m.group(1)));
            add(out, num(m.group(3)), num(m.group(1)), num(m.group(2)));
        }
        return out;
    }

    /** Seconds of day of a TM value, or of the time part of a DT value ("20170302172457"). */
    static OptionalInt secondsOfDay(String value, boolean dateTime) {
        String v = value.strip();
        if (dateTime) {
            Matcher d = YMD.matcher(v);
            if (!d.lookingAt() || d.end() == v.length()) {
                return OptionalInt.empty();
            }
            v = v.substring(d.end()).replaceFirst("^[T ]", "");
        }
        Matcher m = TIME.matcher(v);
        if (!m.lookingAt()) {
            return OptionalInt.empty();
        }
        int h = num(m.group(1));
        int min = m.group(2) == null ? 0 : num(m.group(2));
        int s = m.group(3) == null ? 0 : num(m.group(3));
        if (h > 23 || min > 59 || s > 60) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(h * 3600 + min * 60 + Math.min(s, 59));
    }

    private static void add(List<LocalDate> into, int y, int m, int d) {
        try {
            LocalDate date = LocalDate.of(y, m, d);
            if (!into.contains(date)) {
                into.add(date);
            }
        } catch (DateTimeException notADate) {
            // the other reading may hold
        }
    }

    private static int num(String s) {
        return Integer.parseInt(s);
    }
}
