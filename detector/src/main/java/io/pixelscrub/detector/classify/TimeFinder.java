package io.pixelscrub.detector.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds times of day ("17:24:57", "5:24:57 PM", "1:29:49 pm", "07:32", "09;25;00") in {@link LineText#digits()},
 * also where OCR read the "A" of a glued "AM" as a digit ("11:04:194M").
 * Signed values ("+2:09:04") are elapsed-time counters on cine and Doppler displays, left to the allow-list. A bare
 * zero hour ("0:03:46") is a counter or a clock just after midnight ({@link TimeMention.Form#ZERO_HOUR}), and hours
 * and minutes whose ':' OCR read as '.', ',' or a blank ("14.06", "14 06") are {@link TimeMention.Form#LOOSE}: both
 * count only against the header's own times, because without them they are no better than a counter or a number.
 * With seconds ("09.59.44", devices print "HH.mm.ss" too) the shape is a clock's whatever the separator. A clock read
 * short ("11:0" for "11:08") counts against the header's times too ({@link TimeMention.Form#CUT}).
 */
final class TimeFinder {

    private static final Pattern CLOCK = Pattern.compile(
            "(?<![\\d:;.])([+-]?)(\\d{1,2})([:;])(\\d{2})(?:\\3(\\d{2})(?:[.,]\\d{1,6})?)?(?!(?!4M)[\\d:;])"
                    + "(?:\\s?([AP4])\\.?M\\.?(?!\\p{L}))?");
    /** "14h22", "9h05": the French and Portuguese way. */
    private static final Pattern H_CLOCK = Pattern.compile("(?<![\\d\\p{L}])(\\d{1,2})H(\\d{2})(?![\\d\\p{L}])");
    private static final Pattern PACKED = Pattern.compile("(?<![\\d.:/-])(\\d{6})(?:[.,]\\d{1,6})?(?![\\d:/-])");
    /** Hours and minutes (and seconds) with '.', ',' or one or two blanks where ':' was drawn. */
    private static final Pattern LOOSE = Pattern.compile(
            "(?<![\\d\\p{L}.,:;/+-])(\\d{1,2})([., ] ?)(\\d{2})(?:\\2(\\d{2}))?(?![\\d:;/]|[.,]\\d)"
                    + "(?:\\s?([AP4])\\.?M\\.?(?!\\p{L}))?");

    /** Two-digit hours and one digit of minutes, nothing after them: a clock read short ({@link TimeMention.Form#CUT}). */
    private static final Pattern CUT = Pattern.compile("(?<![\\d:;.+-])(\\d{2})([:;])(\\d)(?![\\d:;.,])");

    private TimeFinder() {
    }

    static List<TimeMention> find(String digits) {
        List<TimeMention> out = new ArrayList<>();
        Matcher m = CLOCK.matcher(digits);
        while (m.find()) {
            if (!m.group(1).isEmpty()) {
                continue; // elapsed time
            }
            TimeMention.Form form = m.group(2).equals("0") ? TimeMention.Form.ZERO_HOUR : TimeMention.Form.CLOCK;
            int h = Integer.parseInt(m.group(2));
            int min = Integer.parseInt(m.group(4));
            int s = m.group(5) == null ? 0 : Integer.parseInt(m.group(5));
            String half = m.group(6);
            if (min > 59 || s > 59 || h > 23 || (half != null && (h == 0 || h > 12))) {
                continue;
            }
            out.add(new TimeMention(m.start(), m.end(), readings(h, min, s, half), form));
        }
        m = H_CLOCK.matcher(digits);
        while (m.find()) {
            int h = Integer.parseInt(m.group(1));
            int min = Integer.parseInt(m.group(2));
            if (h <= 23 && min <= 59) {
                out.add(new TimeMention(m.start(), m.end(), readings(h, min, 0, null), TimeMention.Form.CLOCK));
            }
        }
        m = PACKED.matcher(digits);
        while (m.find()) {
            String d = m.group(1);
            int h = Integer.parseInt(d.substring(0, 2));
            int min = Integer.parseInt(d.substring(2, 4));
            int s = Integer.parseInt(d.substring(4));
            if (h <= 23 && min <= 59 && s <= 59) {
                out.add(new TimeMention(m.start(), m.end(), List.of(h * 3600 + min * 60 + s), TimeMention.Form.PACKED));
            }
        }
        loose(digits, out);
        cut(digits, out);
        return out;
    }

    private static void cut(String digits, List<TimeMention> out) {
        Matcher m = CUT.matcher(digits);
        while (m.find()) {
            int h = Integer.parseInt(m.group(1));
            int tens = Integer.parseInt(m.group(3));
            if (h > 23 || tens > 5) {
                continue;
            }
            List<Integer> readings = new ArrayList<>();
            for (int min = 10 * tens; min < 10 * tens + 10; min++) {
                readings.addAll(readings(h, min, 0, null));
            }
            out.add(new TimeMention(m.start(), m.end(), readings, TimeMention.Form.CUT));
        }
    }

    private static void loose(String digits, List<TimeMention> out) {
        Matcher m = LOOSE.matcher(digits);
        while (m.find()) {
            int h = Integer.parseInt(m.group(1));
            int min = Integer.parseInt(m.group(3));
            int s = m.group(4) == null ? 0 : Integer.parseInt(m.group(4));
            String half = m.group(5);
            if (min > 59 || s > 59 || h > 23 || (half != null && (h == 0 || h > 12))) {
                continue;
            }
            // with seconds ("09.59.44", "14 06 33") the shape is a clock's, not a number's: a time like any other
            TimeMention.Form form = m.group(4) == null ? TimeMention.Form.LOOSE : TimeMention.Form.CLOCK;
            out.add(new TimeMention(m.start(), m.end(), readings(h, min, s, half), form));
        }
    }

    private static List<Integer> readings(int h, int min, int s, String half) {
        int base = min * 60 + s;
        if (half == null) {
            return h < 12 && h > 0 ? List.of(h * 3600 + base, (h + 12) * 3600 + base) : List.of(h * 3600 + base);
        }
        int h24 = (h % 12) + (half.equals("P") ? 12 : 0); // "4" is an "A" OCR read as a digit
        return List.of(h24 * 3600 + base);
    }
}
