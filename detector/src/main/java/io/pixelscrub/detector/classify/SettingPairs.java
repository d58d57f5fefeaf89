package io.pixelscrub.detector.classify;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A word on no list before a small integer, read as a device setting's label and its value ("Gozt 169", "Dravo 54",
 * "Tu 31", "Womb 38  Womb 124"): devices invent such labels faster than a list grows, and OCR turns listed ones into
 * unlisted ones ("Im 41" read "Tu 31"). The same two words are also the shape of a surname and an age, so the pair is a
 * setting only when something says the number is no age:
 * <ul>
 *   <li>no one is that old (above {@link #OLDEST_AGE}: "Nuvo 180");</li>
 *   <li>the line holds a measured reading besides ({@link Readouts.Kind}: "Qv 92  Krel 12.8", a parameter line);</li>
 *   <li>the same label stands before another value on the line ("Womb 38  Womb 124": a name does not repeat with two
 *   numbers);</li>
 *   <li>the file's header knows the patient's age and the number is not it, nor it misread by a digit changed, dropped
 *   or added ({@link PatientAges#rulesOut}: beside an age of 54, "Gozt 31" is a setting, "Gozt 34", "Gozt 5" and
 *   "Gozt 55" are not). The misread allowance is wide on purpose: it is the only guard when the word is a surname
 *   that neither the header nor the lexicon holds.</li>
 * </ul>
 * Nothing that makes the word a name's or the number an identifier's is let through: a word of the name lexicon, a
 * word after a person label ("Dr", "Tech", "Name:"; a name position), an identifier or PHI label ("Pt 45", "Age 45"),
 * a month or a month misread by a letter ("Mar 12", "18 Noy 68"), a word between numbers where a date's month stands,
 * a sex ("Male 45"), an institution word; numbers with a leading zero or more
 * than three digits ("Wirn 0191", "Wirn 1910": identifiers' and years' shapes). Header values, dates, times and ages
 * with their unit ("45Y", "M63") are decided by the PHI rules before any word is explained: the header wins.
 */
final class SettingPairs {

    /** Older than anyone has lived: an integer above this, after a word, is no age. */
    static final int OLDEST_AGE = 120;

    private static final Pattern LETTERS = Pattern.compile("\\p{L}+");
    /** A setting's value: up to three digits, no leading zero (identifiers and years have more, or a leading zero). */
    private static final Pattern SMALL_INTEGER = Pattern.compile("[1-9]\\d{0,2}|0");

    private final ClassifierVocabulary vocab;
    private final Readouts readouts;
    private final NamePosition namePosition;

    SettingPairs(ClassifierVocabulary vocab, Readouts readouts) {
        this.vocab = vocab;
        this.readouts = readouts;
        this.namePosition = new NamePosition(vocab);
    }

    /** Whether word i is a setting's label before the small integer right after it. */
    boolean explains(List<Token> tokens, int i, HeaderDenyList deny) {
        if (!mayLabel(tokens, i) || i + 1 >= tokens.size() || !SMALL_INTEGER.matcher(tokens.get(i + 1).core()).matches()
                || dateShaped(tokens, i)) {
            return false;
        }
        int value = Integer.parseInt(tokens.get(i + 1).core());
        return value > OLDEST_AGE || readingBesides(tokens, i + 1) || repeated(tokens, i)
                || deny.patientAges().rulesOut(value);
    }

    /**
     * Whether word i may be a label: letters only, two to {@link Readouts#MAX_LABEL} of them, and none of the words
     * that make it a name's, an identifier's, a date's or a sex's.
     */
    private boolean mayLabel(List<Token> tokens, int i) {
        String c = tokens.get(i).core();
        if (!LETTERS.matcher(c).matches() || c.length() < 2 || c.length() > Readouts.MAX_LABEL) {
            return false;
        }
        boolean namePlace = i > 0 && namePosition.isPersonWord(tokens.get(i - 1));
        return !namePlace && !vocab.isName(c) && !vocab.identifierLabels.contains(c) && !phiLabel(c) && !monthRead(c)
                && !DenyListBuilder.isSexWord(c) && !vocab.institutionWords.contains(c);
    }

    /**
     * A month, or one read with a letter wrong ("NOY" for "NOV", "JAM" for "JAN"): a date's word, which the date rules
     * do not see once misread.
     */
    private boolean monthRead(String c) {
        for (String m : vocab.months.keySet()) {
            if (m.length() == c.length() && differences(m, c) <= 1) {
                return true;
            }
        }
        return false;
    }

    private static int differences(String a, String b) {
        int d = 0;
        for (int k = 0; k < a.length(); k++) {
            d += a.charAt(k) == b.charAt(k) ? 0 : 1;
        }
        return d;
    }

    /**
     * Word i between numbers as a date's month stands: after a day ("18 Noy 68"; not a number that is itself the value
     * of a label before it, "Sulv 12  Pomt 66") or before a day and a year ("Noy 18 68", "Noy 18 1968"). Whatever the
     * word, such a line is a date's shape, not a setting.
     */
    private static boolean dateShaped(List<Token> tokens, int i) {
        boolean dayBefore = i > 0 && DAY.matcher(tokens.get(i - 1).core()).matches()
                && (i < 2 || !LETTERS.matcher(tokens.get(i - 2).core()).matches());
        boolean yearAfter = i + 2 < tokens.size() && YEAR.matcher(tokens.get(i + 2).core()).matches();
        return dayBefore || yearAfter;
    }

    private static final Pattern DAY = Pattern.compile("0?[1-9]|[12]\\d|3[01]");
    private static final Pattern YEAR = Pattern.compile("\\d{2}|\\d{4}");

    private boolean phiLabel(String c) {
        return vocab.phiLabels.containsKey(c) || vocab.phiLabels.containsKey(c + ":") || vocab.phiLabels.containsKey(c + ".");
    }

    /** Whether a token other than {@code except} is a reading: the line is a parameter line. */
    private boolean readingBesides(List<Token> tokens, int except) {
        for (int k = 0; k < tokens.size(); k++) {
            if (k != except && readouts.kind(tokens, k) != Readouts.Kind.NONE) {
                return true;
            }
        }
        return false;
    }

    /** Whether the label of word i stands again elsewhere on the line before a number. */
    private static boolean repeated(List<Token> tokens, int i) {
        for (int k = 0; k + 1 < tokens.size(); k++) {
            if (k != i && tokens.get(k).core().equals(tokens.get(i).core())
                    && AllowList.NUMBER.matcher(tokens.get(k + 1).core()).matches()) {
                return true;
            }
        }
        return false;
    }
}
