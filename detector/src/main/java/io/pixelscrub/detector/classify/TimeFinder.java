package io.pixelscrub.detector.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds times of day ("17:24:57", "5:24:57 PM", "1:29:49 pm", "07:32", "09;25;00") in {@link LineText#digits()},
 * also where OCR read the "A" of a glued "AM" as a digit ("11:04:194M").
 * Signed values ("+2:09:04") and a bare zero hour ("0:03:46") are elapsed-time counters on cine and Doppler
 * displays, not clock times, and are left to the allow-list.
 */
final class TimeFinder {

    private static final Pattern CLOCK = Pattern.compile(
            "(?<![\\d:;.])([+-]?)(\\d{1,2})([:;])(\\d{2})(?:\\3(\\d{2})(?:[.,]\\d{1,6})?)?(?!(?!4M)[\\d:;])"
                    + "(?:\\s?([AP4])\\.?M\\.?(?!\\p{L}))?");
    /** "14h22", "9h05": the French and Portuguese way. */
    private static final Pattern H_CLOCK = Pattern.compile("(?<![\\d\\p{L}])(\\d{1,2})H(\\d{2})(?![\\d\\p{L}])");
    private static final Pattern PACKED = Pattern.compile("(?<![\\d.:/-])(\\d{6})(?:[.,]\\d{1,6})?(?![\\d:/-])");

    private TimeFinder() {
    }

    static List<TimeMention> find(String digits) {
        List<TimeMention> out = new ArrayList<>();
        Matcher m = CLOCK.matcher(digits);
        while (m.find()) {
            if (!m.group(1).isEmpty() || m.group(2).equals("0")) {
                continue; // elapsed time
            }
            int h = Integer.parseInt(m.group(2));
            int min = Integer.parseInt(m.group(4));
            int s = m.group(5) == null ? 0 : Integer.parseInt(m.group(5));
            String half = m.group(6);
            if (min > 59 || s > 59 || h > 23 || (half != null && (h == 0 || h > 12))) {
                continue;
            }
            out.add(new TimeMention(m.start(), m.end(), readings(h, min, s, half), false));
        }
        m = H_CLOCK.matcher(digits);
        while (m.find()) {
            int h = Integer.parseInt(m.group(1));
            int min = Integer.parseInt(m.group(2));
            if (h <= 23 && min <= 59) {
                out.add(new TimeMention(m.start(), m.end(), readings(h, min, 0, null), false));
            }
        }
        m = PACKED.matcher(digits);
        while (m.find()) {
            String d = m.group(1);
            int h = Integer.parseInt(d.substring(0, 2));
            int min = Integer.parseInt(d.substring(2, 4));
            int s = Integer.parseInt(d.substring(4));
            if (h <= 23 && min <= 59 && s <= 59) {
                out.add(new TimeMention(m.start(), m.end(), List.of(h * 3600 + min * 60 + s), true));
            }
        }
        return out;
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
