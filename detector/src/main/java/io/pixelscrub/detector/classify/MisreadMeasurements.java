package io.pixelscrub.detector.classify;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measurements as OCR misreads them: a listed unit read with a letter OCR confuses ("27.1 em" for "27.1 cm", "5 rnm"
 * for "5 mm": 'c' read 'e', 'm' read "rn"), and a value with its listed unit where a zero was read as the letter O
 * or a one as I or l ("7.O0kHz", "lifps" for "11fps"; without any digit only in lower case, which names are not). A number with its unit is a measurement, which no demographic value is; the misread is only allowed
 * where it cannot turn a person's value into one: the unit must be lower case, as units are written (upper-case
 * letter pairs are also initials), it must follow a number of at most {@link AllowList#SETTING_DIGITS} digits, and
 * words of times and ages ("am", "pm", "h", "yo", "yrs", "mo", "wk"...) are never read as units, so "45 yo" or "10 pm"
 * stay what they are. Dates, times and identifiers are PHI by their own rules before any word is explained.
 */
final class MisreadMeasurements {

    /** Words of clocks and ages: never a unit, whatever they fold to. */
    static final Set<String> TIME_AND_AGE_WORDS = Set.of("AM", "PM", "H", "HR", "HRS", "UHR", "Y", "YO", "YR", "YRS",
            "YEARS", "MO", "MOS", "MTH", "MON", "WK", "WKS", "D", "DAYS", "J", "JR", "JAHRE", "ANS", "ANOS", "ANNI", "A");
    /** The longest unit word read here ("mmhg" is listed; misread words are short). */
    static final int MAX_UNIT = 4;

    private static final Pattern LOWER_LETTERS = Pattern.compile("\\p{Ll}{2," + MAX_UNIT + "}");
    /**
     * A value with digits read as letters, then letters: digits, O's for zeros and I's or L's for ones (the core is upper
     * case: "7.O0KHZ", "LIFPS" of "lifps"), an optional decimal part.
     */
    private static final Pattern VALUE_MISREAD = Pattern.compile("([+-]?[\\dOIL]+(?:[.,][\\dOIL]+)?)(\\p{L}+)");

    private final ClassifierVocabulary vocab;

    MisreadMeasurements(ClassifierVocabulary vocab) {
        this.vocab = vocab;
    }

    /** Whether token i is a misread unit after its number, or a value with misread digits and its listed unit. */
    boolean explains(List<Token> tokens, int i) {
        return unitAfterNumber(tokens, i) || valueWithMisreadDigits(tokens.get(i));
    }

    /** Word i, lower case, reads as a listed unit with one OCR confusion undone, and a short number stands before it. */
    private boolean unitAfterNumber(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (i == 0 || !LOWER_LETTERS.matcher(t.raw()).matches() || TIME_AND_AGE_WORDS.contains(t.core())) {
            return false;
        }
        String value = tokens.get(i - 1).core();
        Matcher n = AllowList.NUMBER.matcher(value);
        if (!n.matches() || AllowList.integerDigits(n.group(1)) > AllowList.SETTING_DIGITS) {
            return false;
        }
        return readsAsUnit(t.raw());
    }

    /** One confusion undone: an 'e' read for 'c', or "rn" read for 'm', gives a listed unit of two letters or more. */
    private boolean readsAsUnit(String lower) {
        for (int k = 0; k < lower.length(); k++) {
            if (lower.charAt(k) == 'e' && listed(lower.substring(0, k) + 'c' + lower.substring(k + 1))) {
                return true;
            }
        }
        int rn = lower.indexOf("rn");
        return rn >= 0 && listed(lower.substring(0, rn) + 'm' + lower.substring(rn + 2));
    }

    private boolean listed(String unit) {
        String u = unit.toUpperCase(Locale.ROOT);
        return u.length() >= 2 && vocab.units.contains(u) && !TIME_AND_AGE_WORDS.contains(u);
    }

    /**
     * "7.O0kHz", "lifps" (of "11fps"): with O read as zero and I or l as one, a value of at most four whole digits and a
     * listed unit. A word with no digit at all is read so only in lower case, as units are written: "LIMM" or "Oms"
     * could be anything, "lims" is no name.
     */
    private boolean valueWithMisreadDigits(Token t) {
        Matcher m = VALUE_MISREAD.matcher(t.core());
        if (!m.matches() || m.group(1).chars().noneMatch(Character::isLetter)) {
            return false;
        }
        boolean digit = m.group(1).chars().anyMatch(Character::isDigit);
        if (!digit && !t.raw().equals(t.raw().toLowerCase(Locale.ROOT))) {
            return false;
        }
        String value = m.group(1).replace('O', '0').replace('I', '1').replace('L', '1').replaceFirst("^[+-]", "");
        return AllowList.integerDigits(value) <= AllowList.SETTING_DIGITS && listed(m.group(2));
    }
}
