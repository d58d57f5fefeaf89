package io.pixelscrub.detector.classify;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sex and age glued into one word: "M63", "63F", "F7". The allow-list would read "M63" as a label with its value
 * (like "R58" or "G60"), so the shape is taken apart here: with the header's sex and age both present it is PHI
 * (two weak attributes), without them it is UNKNOWN. Only M and F: "W80" is far more often a window width than a
 * German "weiblich". Without the header only a capital letter counts: screens write sex in capitals, and "41m" or
 * "12f" is a number with its unit (metres, minutes, French).
 */
final class GluedSexAge {

    /** The oldest age taken for an age; a larger number beside M or F is a setting. */
    static final int MAX_AGE = 120;

    private static final Pattern SEX_FIRST = Pattern.compile("([MF])(\\d{1,3})");
    private static final Pattern AGE_FIRST = Pattern.compile("(\\d{1,3})([MF])");

    private GluedSexAge() {
    }

    /** Whether a word as written (not upper-cased) has the shape: "M63", "63F", not "41m". */
    static boolean shape(String raw) {
        return SEX_FIRST.matcher(raw).matches() && age(raw.substring(1))
                || AGE_FIRST.matcher(raw).matches() && age(raw.substring(0, raw.length() - 1));
    }

    /** The sex and the age of a glued word (upper case), or an empty list. */
    static List<String> parts(String core) {
        Matcher m = SEX_FIRST.matcher(core);
        if (m.matches() && age(m.group(2))) {
            return List.of(m.group(1), m.group(2));
        }
        m = AGE_FIRST.matcher(core);
        if (m.matches() && age(m.group(1))) {
            return List.of(m.group(2), m.group(1));
        }
        return List.of();
    }

    private static boolean age(String digits) {
        return Integer.parseInt(digits) <= MAX_AGE;
    }
}
