package io.pixelscrub.detector.classify;

/**
 * Folds characters that OCR confuses on burned-in text (O/0/Q/D, I/1/l/|/!, S/5/$, B/8, Z/2, G/6) so that a header
 * value and its misread rendering compare equal. Every fold maps one char to one char: positions stay aligned.
 */
final class OcrFold {

    private OcrFold() {
    }

    /** Characters OCR produces for glyphs of letters or digits; they belong to a word, not between words. */
    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '|' || c == '!' || c == '$';
    }

    /**
     * The representative of c's confusion class, upper case. Upper-case L joins I/1/l because a header spelt in
     * capitals ("PHILIPS") must meet OCR's lower-case l, which is itself confused with I and 1.
     */
    static char confusionClass(char c) {
        return switch (c) {
            case '0', 'O', 'o', 'Q', 'q', 'D', 'd' -> 'O';
            case '1', 'I', 'i', 'l', 'L', '|', '!' -> 'I';
            case '5', 'S', 's', '$' -> 'S';
            case '8', 'B', 'b' -> 'B';
            case '2', 'Z', 'z' -> 'Z';
            case '6', 'G', 'g' -> 'G';
            default -> Character.toUpperCase(c);
        };
    }

    /** The folded, word-chars-only form of a header value: what {@link FuzzyLocator} compares. */
    static String compact(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isWordChar(c)) {
                b.append(confusionClass(c));
            }
        }
        return b.toString();
    }

    /**
     * Reads letters that stand next to digits as the digits OCR took them for ("O8/29/l951" becomes "08/29/1951"),
     * so that dates, times and ID numbers are found in misread text. A letter is read as a digit only when an
     * original digit is its neighbour, directly or across one of : / . - ; (so "DOB" and "TIS" stay words).
     */
    static String digitsInContext(String s) {
        char[] out = s.toCharArray();
        for (int i = 0; i < out.length; i++) {
            char d = asDigit(s.charAt(i));
            if (d != 0 && (digitNear(s, i, -1) || digitNear(s, i, +1))) {
                out[i] = d;
            }
        }
        return new String(out);
    }

    private static boolean digitNear(String s, int i, int step) {
        int j = i + step;
        if (j < 0 || j >= s.length()) {
            return false;
        }
        char c = s.charAt(j);
        if (":/.-;".indexOf(c) >= 0) {
            j += step;
            if (j < 0 || j >= s.length()) {
                return false;
            }
            c = s.charAt(j);
        }
        return c >= '0' && c <= '9';
    }

    /** The digit a letter may be a misreading of, or 0. */
    private static char asDigit(char c) {
        return switch (c) {
            case 'O', 'o', 'Q', 'D' -> '0';
            case 'I', 'l', '|', '!' -> '1';
            case 'S', '$' -> '5';
            case 'B' -> '8';
            case 'Z' -> '2';
            case 'G' -> '6';
            default -> 0;
        };
    }
}
