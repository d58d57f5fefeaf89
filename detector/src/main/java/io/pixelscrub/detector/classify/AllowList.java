package io.pixelscrub.detector.classify;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether a word of a line is a device annotation: a listed word (unit, label, marker, anatomy, vendor),
 * a number or measurement ("4.0cm", "60%", "-3dB", "512x512"), a label with its value glued on ("TIS0.0", "R58",
 * "IM#2"), a probe or mode name ("L12-5", "6C1", "EV8C4", "C1-6-D"), a counter or setting ("1/30", "3/3/4"), or
 * a combination of these joined by "/" or "-" ("TIS/TIB/MI", "L-M"). Words are split at ':' before they get here,
 * so an elapsed time ("+2:09:04") is a run of small numbers; clock times are PHI by {@link TimeFinder} first.
 * Words that look like PHI are decided by {@link PhiPatterns} first; this class only explains what is left.
 */
final class AllowList {

    private static final String NUM = "\\d+(?:[.,]\\d+)?|[.,]\\d+";
    static final Pattern NUMBER = Pattern.compile("[+-]?(" + NUM + ")%?");
    static final Pattern NUMBER_UNIT = Pattern.compile("[+-]?(?:" + NUM + ")([\\p{L}%°/]+\\d?)");
    static final Pattern LABEL_NUMBER = Pattern.compile("(\\p{L}[\\p{L}\\d]*?)[#=:<>]?[+-]?(" + NUM
            + ")(\\p{L}{0,4}|%)");
    /**
     * The most digits a setting has before its decimal point: after a device label ("WW 2000", "CINE 0118"), and
     * glued to a word label ("TR4000"). A single letter glued to a number is a marker with a position ("A114",
     * "R58") up to three digits. Longer numbers there are identifiers' shapes ("Ex 12345", "IM 98765", "A1234"):
     * not explained, so UNKNOWN at least (six digits and more are PHI by pattern).
     */
    static final int SETTING_DIGITS = 4;
    static final int MARKER_DIGITS = 3;
    /**
     * A word joined of parts by '/' or '-' with this many digits in all, none of them decimals, is an identifier's
     * shape ("K12-345"); with decimals it is settings run together ("5.4SP-14.1").
     */
    static final int COMPOUND_ID_DIGITS = 5;
    static final Pattern DECIMAL_POINT = Pattern.compile("\\d[.,]\\d");
    /**
     * Number-letter-number settings as GE writes them: "630P630", "44CG43", "8M12L", "3CM3CM". Groups of up to three
     * digits: "12345A" or "1234B" is an identifier's shape, not a setting.
     */
    private static final Pattern SETTING = Pattern.compile(
            "(?:\\d{1,3}(?:[.,]\\d+)?\\p{L}{1,2})+(?:\\d{1,3}(?:[.,]\\d+)?)?");
    /** Probe, mode and model names: short letter/digit groups joined by '-', with a digit and a letter. */
    private static final Pattern PROBE = Pattern.compile("(?=.*\\d)(?=.*\\p{L})[\\p{L}\\d]{1,6}(?:-[\\p{L}\\d]{1,5}){0,3}");
    /**
     * One or two letters before or after four or more digits: an identifier's shape ("A1234", "1234B"), not a probe,
     * a marker or a setting (those have at most three digits in a row: "L12-5", "A114", "630P630").
     */
    private static final Pattern ID_SHAPE = Pattern.compile("\\p{L}{1,2}\\d{4,}|\\d{4,}\\p{L}{1,2}");
    static final Pattern DIMENSION = Pattern.compile("\\d+(?:[.,]\\d+)?[X*]\\d+(?:[.,]\\d+)?");
    private static final Pattern FRACTION = Pattern.compile("\\d+(?:/\\d+)+");
    /**
     * A month of a year with the month misread ("40/1925" for "10/1925"): one or two digits over a year. Not a counter:
     * UNKNOWN at least (a valid month of a year is PHI by {@link PartialDateFinder} first).
     */
    private static final Pattern OVER_A_YEAR = Pattern.compile("\\d{1,2}/(?:19|20)\\d\\d");
    /** Software versions ("5.0.1", "V1.2.3"); dotted dates are PHI by {@link DateFinder} before this is asked. */
    private static final Pattern VERSION = Pattern.compile("V?\\d{1,3}(?:\\.\\d{1,3}){2,3}");

    private static final Pattern SPLIT = Pattern.compile("[/-]");

    private final ClassifierVocabulary vocab;
    private final Readouts readouts;
    private final DeviceMisreads misreads;
    private final SettingPairs settingPairs;
    private final MisreadMeasurements misreadMeasurements;

    AllowList(ClassifierVocabulary vocab) {
        this.vocab = vocab;
        this.readouts = new Readouts(vocab);
        this.misreads = new DeviceMisreads(vocab.allowWords, vocab.months.keySet());
        this.settingPairs = new SettingPairs(vocab, readouts);
        this.misreadMeasurements = new MisreadMeasurements(vocab);
    }

    /**
     * Whether token i of the line is explained. Bare integers of 4 or more digits, and those with leading zeros,
     * are explained only after a label ("CINE 0118", "WW 2000") or before a unit that is not a year's ("1540 m/s"):
     * alone they may be an ID or a year. Words of the file's own device identity are explained ("S2000", "MEDICAL" of
     * "GE MEDICAL SYSTEMS"); company endings without it are not: the name may be the institution's. A misread of a
     * listed device word ({@link DeviceMisreads}) is explained unless the header holds it. Words beside readings are
     * explained by {@link Readouts}, labels of small integers by {@link SettingPairs}, misread units and values by
     * {@link MisreadMeasurements}.
     */
    boolean explains(List<Token> tokens, int i, HeaderDenyList deny) {
        String c = tokens.get(i).core();
        if (c.isEmpty() || isWord(c) || deny.deviceWords().contains(c)) {
            return true;
        }
        if (vocab.isName(tokens.get(i).lettersRead())) {
            return false; // "J0HN" is a misread name, not a probe
        }
        if (misreads.explains(c, deny)) {
            return true;
        }
        Matcher n = NUMBER.matcher(c);
        if (n.matches()) {
            return plainNumber(n.group(1)) || labelBefore(tokens, i) && integerDigits(n.group(1)) <= SETTING_DIGITS
                    || unitAfter(tokens, i) && !isYear(n.group(1));
        }
        return explainsCompound(c) || readouts.explains(tokens, i) || settingPairs.explains(tokens, i, deny)
                || misreadMeasurements.explains(tokens, i);
    }

    Readouts readouts() {
        return readouts;
    }

    /** A word without context: listed, or one of the device shapes, or parts of them joined by '/' or '-'. */
    boolean explainsCompound(String c) {
        String[] parts = SPLIT.split(c);
        if (dayBesideMonth(parts) || paddedOverLess(c)) {
            return false;
        }
        if (isWord(c) || shape(c)) {
            return true;
        }
        if (parts.length < 2 || digitCount(c) >= COMPOUND_ID_DIGITS && !DECIMAL_POINT.matcher(c).find()) {
            return false;
        }
        for (String p : parts) {
            if (!p.isEmpty() && !isWord(p) && !shape(p) && !(NUMBER.matcher(p).matches() && plainNumber(p))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A day (one or two digits) joined to a month's name ("06-APR-0D": a date whose year OCR misread, which the probe
     * name's shape, letter and digit groups joined by '-', would explain): a date's shape, never explained. Found
     * when small dates over anatomy came to be read surely (synthetic tuning seed 41). No probe, mode or setting names
     * a month beside a day.
     */
    private boolean dayBesideMonth(String[] parts) {
        for (int k = 0; k + 1 < parts.length; k++) {
            if (isDay(parts[k]) && vocab.months.containsKey(parts[k + 1])
                    || vocab.months.containsKey(parts[k]) && isDay(parts[k + 1])) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDay(String part) {
        return !part.isEmpty() && part.length() <= 2 && part.chars().allMatch(Character::isDigit);
    }

    /** A listed device word, or a single letter (a marker or an initial alone identifies no one). */
    boolean isWord(String c) {
        return vocab.allowWords.contains(c) || c.length() == 1 && Character.isLetter(c.charAt(0));
    }

    private boolean shape(String c) {
        Matcher u = NUMBER_UNIT.matcher(c);
        if (u.matches() && vocab.units.contains(u.group(1))) {
            return true;
        }
        Matcher l = LABEL_NUMBER.matcher(c);
        if (l.matches() && (vocab.labelWords.contains(l.group(1)) || l.group(1).length() == 1)
                && integerDigits(l.group(2)) <= (l.group(1).length() == 1 ? MARKER_DIGITS : SETTING_DIGITS)
                && (l.group(3).isEmpty() || l.group(3).equals("%") || vocab.units.contains(l.group(3)))) {
            return true;
        }
        if (ID_SHAPE.matcher(c).matches()) {
            return false;
        }
        return SETTING.matcher(c).matches() || PROBE.matcher(c).matches() && digitCount(c) <= 4
                || DIMENSION.matcher(c).matches() || FRACTION.matcher(c).matches() && !OVER_A_YEAR.matcher(c).matches()
                || VERSION.matcher(c).matches();
    }

    private static final Pattern PADDED_PAIR = Pattern.compile("(0\\d)/(\\d{1,3})");

    /**
     * A zero-padded count over a smaller total ("06/2"): no counter counts past its total, and a zero-padded month is
     * how dates begin, so it is a date read short ("06/2004" whose year ran on over a phantom, seed 9494), not
     * explained.
     */
    static boolean paddedOverLess(String c) {
        Matcher m = PADDED_PAIR.matcher(c);
        return m.matches() && Integer.parseInt(m.group(1)) > Integer.parseInt(m.group(2));
    }

    /**
     * A decimal with a zero-padded two-digit whole part ("02.200", "08.20"): devices write "2.2" or "0.5", dates write
     * "02.2004" and "08.12"; a date read short is not a value.
     */
    static final Pattern DATE_LIKE_DECIMAL = Pattern.compile("0\\d[.,]\\d+");

    /**
     * Any decimal (but a zero-padded one, which dates have), up to two digits, or three without a leading zero: a
     * measurement or setting.
     */
    private static boolean plainNumber(String n) {
        if (n.contains(".") || n.contains(",")) {
            return !DATE_LIKE_DECIMAL.matcher(n).matches();
        }
        return n.length() <= 2 || n.length() == 3 && n.charAt(0) != '0';
    }

    /** A device label before a number makes it a setting, even one in the range of years ("WW 2000", "EI 1998"). */
    private boolean labelBefore(List<Token> tokens, int i) {
        return i > 0 && vocab.labelWords.contains(tokens.get(i - 1).core());
    }

    private boolean unitAfter(List<Token> tokens, int i) {
        return i + 1 < tokens.size() && vocab.units.contains(tokens.get(i + 1).core());
    }

    private static boolean isYear(String n) {
        if (n.length() != 4 || !n.chars().allMatch(Character::isDigit)) {
            return false;
        }
        int y = Integer.parseInt(n);
        return y >= 1900 && y <= 2099;
    }

    /** Digits before the decimal point (or all of them). */
    static int integerDigits(String number) {
        int end = 0;
        while (end < number.length() && Character.isDigit(number.charAt(end))) {
            end++;
        }
        return end;
    }

    private static int digitCount(String c) {
        int d = 0;
        for (int i = 0; i < c.length(); i++) {
            if (Character.isDigit(c.charAt(i))) {
                d++;
            }
        }
        return d;
    }
}
