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
     * Reads letters that stand among digits as the digits OCR took them for ("O8/29/l951" becomes "08/29/1951",
     * "2Ol7" becomes "2017"), so that dates, times and ID numbers are found in misread text. A run of letters is read
     * as digits only when every letter in it is a confusable one and the run is short and touches a digit: a single
     * letter directly or across one of : / . - ; and up to three letters directly. Words stay words ("DOB:", "OKT",
     * "TIS0.0").
     */
    static String digitsInContext(String s) {
        char[] out = s.toCharArray();
        int i = 0;
        while (i < s.length()) {
            if (!isLetterLike(s.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            boolean confusable = true;
            while (end < s.length() && isLetterLike(s.charAt(end))) {
                confusable &= asDigit(s.charAt(end)) != 0;
                end++;
            }
            int len = end - i;
            boolean touches = isDigit(s, i - 1) || isDigit(s, end);
            boolean near = touches || digitAcrossSeparator(s, i - 1, -1) || digitAcrossSeparator(s, end, +1);
            if (confusable && (len == 1 && near || len <= 3 && touches)) {
                for (int k = i; k < end; k++) {
                    out[k] = asDigit(s.charAt(k));
                }
            }
            i = end;
        }
        return new String(out);
    }

    /**
     * Reads '@' beside a digit or a decimal point as the zero OCR took it for ("W= 8@", "TIS<@.4", "@7:32"): Tesseract
     * reads a narrow zero so in several fonts, and nothing else puts '@' next to a number on a device screen.
     */
    static String zerosForAtSigns(String s) {
        if (s.indexOf('@') < 0) {
            return s;
        }
        char[] out = s.toCharArray();
        for (int i = 0; i < out.length; i++) {
            if (s.charAt(i) == '@' && (numberChar(s, i - 1) || numberChar(s, i + 1))) {
                out[i] = '0';
            }
        }
        return new String(out);
    }

    private static boolean numberChar(String s, int i) {
        return isDigit(s, i) || i >= 0 && i < s.length() && (s.charAt(i) == '.' || s.charAt(i) == ',');
    }

    private static boolean isLetterLike(char c) {
        return Character.isLetter(c) || c == '|' || c == '!' || c == '$';
    }

    private static boolean isDigit(String s, int i) {
        return i >= 0 && i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9';
    }

    /** Whether s[i] is one of : / . - ; and a digit follows it in direction step. */
    private static boolean digitAcrossSeparator(String s, int i, int step) {
        return i >= 0 && i < s.length() && ":/.-;".indexOf(s.charAt(i)) >= 0 && isDigit(s, i + step);
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
