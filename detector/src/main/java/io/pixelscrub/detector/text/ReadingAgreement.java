package io.pixelscrub.detector.text;

import java.util.Locale;

/**
 * Whether two OCR readings of one box, prepared differently, read the same text. Tesseract's word confidence is low
 * on short tokens it read right ("TIS: 0.5" at 0.10); two preparations agreeing is stronger evidence that the text
 * is what it says. Blanks, and the stray punctuation a crop edge adds, do not count.
 */
final class ReadingAgreement {

    /** The fewest letters and digits an agreement must hold: one or two characters agree by chance. */
    static final int MIN_CHARACTERS = 3;

    private ReadingAgreement() { }

    static boolean same(OcrLine first, OcrLine second) {
        String a = letters(first.text());
        return a.length() >= MIN_CHARACTERS && a.equals(letters(second.text()));
    }

    /** The same letters, digits and number marks, however few: for readings too short to confirm anything. */
    static boolean sameCharacters(OcrLine first, OcrLine second) {
        return letters(first.text()).equals(letters(second.text()));
    }

    /** Letters, digits and the marks numbers carry ('.', '%', '-', '/', ':'), upper case. */
    private static String letters(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c) || ".%-/:".indexOf(c) >= 0) {
                b.append(c);
            }
        }
        return b.toString().toUpperCase(Locale.ROOT);
    }
}
