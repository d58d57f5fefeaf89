package io.pixelscrub.detector.classify;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measurement readouts: a value with its unit or its device label ("23cm", "Tilt 6", "MI 1.2", "512x512"), and the
 * words such a value explains though no list holds them: the label right before a measured value ("Vexa 3.4 cm",
 * "Dist 3.42 cm", "AO=100%") and a short lower-case unit right after a decimal value ("12.5 zt"). Devices invent
 * labels and abbreviations faster than any list grows; the shape of a reading is what they share. Nothing that
 * identifies a person has that shape: a name, sex, age, date or identifier carries no decimals, units or '=' values.
 * The shape decides only what no PHI rule claimed: the header and the patterns decide first, so a header value
 * standing as a label is still PHI.
 */
final class Readouts {
    /** A label word: letters only, at most this long (longer words are sentences' words, not labels). */
    static final int MAX_LABEL = 10;
    /** An unlisted unit: lower-case letters, at most this long ("zt", "mmhg" is listed). */
    static final int MAX_UNIT = 4;

    private static final Pattern LETTERS = Pattern.compile("\\p{L}+");
    private static final Pattern PERCENT = Pattern.compile("\\d{1,4}%");

    private final ClassifierVocabulary vocab;

    Readouts(ClassifierVocabulary vocab) {
        this.vocab = vocab;
    }

    /** How much a token says that it is a device value. */
    enum Kind {
        /** Not a reading. */
        NONE,
        /** A decimal number alone ("8.5"): a value, but a clock read with a wrong separator looks the same. */
        DECIMAL,
        /**
         * A value with its unit (listed, or a short lower-case word after a decimal) or device label, a percentage or
         * a dimension: a measurement or setting.
         */
        MEASUREMENT
    }

    /**
     * Whether token i is a reading: a decimal number ("8.5", "TIS0.4"), a number with its unit ("23cm", "28 Hz",
     * "60%"; listed units of two characters or more, since single letters are also sexes and markers), a number
     * after a listed device label of two letters or more ("Tilt 6", "mA 200") or after '=' ("AO=100"), or a dimension
     * ("512x512"). Probe and setting shapes ("AB-123", "12A34") and fractions ("5/12") are left out: short IDs and
     * partial dates take them.
     */
    Kind kind(List<Token> tokens, int i) {
        String c = tokens.get(i).core();
        if (AllowList.DIMENSION.matcher(c).matches() || PERCENT.matcher(c).matches()) {
            return Kind.MEASUREMENT;
        }
        Matcher u = AllowList.NUMBER_UNIT.matcher(c);
        if (u.matches() && listedUnit(u.group(1))) {
            return Kind.MEASUREMENT;
        }
        Matcher l = AllowList.LABEL_NUMBER.matcher(c);
        if (l.matches() && deviceLabel(l.group(1)) && AllowList.integerDigits(l.group(2)) <= AllowList.SETTING_DIGITS) {
            return Kind.MEASUREMENT;
        }
        boolean decimal = AllowList.DECIMAL_POINT.matcher(c).find() && (AllowList.NUMBER.matcher(c).matches()
                || u.matches() || l.matches());
        if (!AllowList.NUMBER.matcher(c).matches()
                || AllowList.integerDigits(c.replaceFirst("^[+-]", "")) > AllowList.SETTING_DIGITS) {
            return decimal ? Kind.DECIMAL : Kind.NONE;
        }
        boolean unitNext = i + 1 < tokens.size() && (listedUnit(tokens.get(i + 1).core())
                || decimal && unlistedUnit(tokens, i + 1));
        boolean labelBefore = i > 0 && (deviceLabel(tokens.get(i - 1).core()) || tokens.get(i - 1).next() == '=');
        if (unitNext || labelBefore) {
            return Kind.MEASUREMENT;
        }
        return decimal ? Kind.DECIMAL : Kind.NONE;
    }

    /**
     * Whether word i, on no list, is explained by the reading beside it: a label of letters right before a measured
     * value ("Vexa 3.4 cm", "Dist 3.42", "AO=100%"), or a short lower-case unit right after a decimal value ("12.5 zt";
     * not after a decimal that reads as a clock, "10.30 pm", unless a caliper's label stands before it: "D2 3.18 ces");
     * or a label glued to its decimal ({@link #gluedDecimal}: "Pomt15.5"). A word of the name lexicon is never a label
     * ("Smith 3.4" stays unexplained). A label before a bare small integer is {@link SettingPairs}' to decide.
     */
    boolean explains(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (gluedDecimal(t.core())) {
            return true;
        }
        if (!LETTERS.matcher(t.core()).matches() || vocab.isName(t.core())) {
            return false;
        }
        if (t.core().length() >= 2 && t.core().length() <= MAX_LABEL && i + 1 < tokens.size()
                && (kind(tokens, i + 1) != Kind.NONE || t.next() == '=' && isNumber(tokens.get(i + 1).core()))) {
            return true;
        }
        return i > 0 && unlistedUnit(tokens, i);
    }

    /**
     * A label of letters glued to its decimal value, on no list ("Pomt15.5", "Wemb12.4": the blank between them lost,
     * or never drawn): the reading's shape whatever the label, as "TIS0.4" is for a listed one. A decimal is what no
     * demographic value carries; the exceptions are left out: a name of the lexicon as the label ("Smith12.5"), a
     * decimal that reads as a clock ("at10.30") or is zero-padded as dates are ("Mar05.2004"), and more than
     * {@link AllowList#SETTING_DIGITS} digits before the point. Identifier labels glued to a value ("Pt12.5") are PHI
     * by {@link IdentifierLabels} first.
     */
    private boolean gluedDecimal(String core) {
        Matcher l = AllowList.LABEL_NUMBER.matcher(core);
        if (!l.matches() || !l.group(3).isEmpty() || !AllowList.DECIMAL_POINT.matcher(l.group(2)).find()) {
            return false;
        }
        String label = l.group(1);
        String value = l.group(2);
        return LETTERS.matcher(label).matches() && label.length() >= 2 && label.length() <= MAX_LABEL
                && core.startsWith(label + value) && !vocab.isName(label) && !CLOCK.matcher(value).matches()
                && !AllowList.DATE_LIKE_DECIMAL.matcher(value).matches()
                && AllowList.integerDigits(value) <= AllowList.SETTING_DIGITS;
    }

    /**
     * Word i as a unit no list holds: a short lower-case word right after a decimal that is no clock, or that a
     * caliper's label measures ({@link #CALIPER}: "D2 3.18 ces" is a distance, whatever its digits); words of times and
     * ages ("pm", "h", "yo") are never units.
     */
    private static boolean unlistedUnit(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (!LETTERS.matcher(t.core()).matches() || t.core().length() > MAX_UNIT
                || !t.raw().equals(t.raw().toLowerCase(Locale.ROOT))
                || MisreadMeasurements.TIME_AND_AGE_WORDS.contains(t.core())) {
            return false;
        }
        String value = tokens.get(i - 1).core();
        return AllowList.DECIMAL_POINT.matcher(value).find() && AllowList.NUMBER.matcher(value).matches()
                && (!CLOCK.matcher(value).matches() || i >= 2 && CALIPER.matcher(tokens.get(i - 2).core()).matches());
    }

    /**
     * A caliper's label: one letter and one digit ("D2", "A1"), as ultrasound and CT screens number their distance
     * measurements. A decimal after it is a measured value, not a clock.
     */
    private static final Pattern CALIPER = Pattern.compile("\\p{L}\\d");

    /**
     * A decimal that reads as a clock ("10.30", "9.05"): the word after it may be the time's ("pm", "h", "Uhr"),
     * so it is no unit.
     */
    private static final Pattern CLOCK = Pattern.compile("(?:[01]?\\d|2[0-3])[.,][0-5]\\d");

    private static boolean isNumber(String c) {
        return AllowList.NUMBER.matcher(c).matches()
                && AllowList.integerDigits(c.replaceFirst("^[+-]", "")) <= AllowList.SETTING_DIGITS;
    }

    private boolean listedUnit(String u) {
        return vocab.units.contains(u) && (u.length() >= 2 || u.equals("%") || u.equals("\u00b0"));
    }

    private boolean deviceLabel(String word) {
        return word.length() >= 2 && vocab.labelWords.contains(word) && !vocab.identifierLabels.contains(word);
    }
}
