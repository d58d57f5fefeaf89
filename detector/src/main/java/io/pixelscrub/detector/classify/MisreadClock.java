package io.pixelscrub.detector.classify;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A clock whose hour OCR misread: a word of two characters that are no listed word, at least one of them a letter OCR
 * reads for a digit (O, I, l, S, B, Z, G: {@link OcrFold#confusionClass}), then ':' and two digits that are minutes
 * ("as: 27" for a 7 px "15:27" over anatomy, tuning seed 44). The minutes stand where a time's do; the hour is
 * unreadable, not absent. Such a line is UNKNOWN, never device text: a second, differently prepared reading of it
 * that a rule explains is then no reason to keep it. A listed label there ("Im: 27", "Se: 12") is a label, and a
 * single letter ("C: 40", "W: 400") a marker or window label: neither is taken. A clock written whole, hours, minutes
 * and seconds, whose hour no clock shows ("67:41:41" for "07:41:41") is one too: its minutes and seconds are a time's.
 */
final class MisreadClock {

    static final String REASON = "unknown:misread-clock";

    private static final Pattern MINUTES = Pattern.compile("[0-5]\\d");

    /** The confusion classes that hold a digit: 0/O/D, 1/I/l, 5/S, 8/B, 2/Z, 6/G. */
    private static final String DIGIT_CLASSES = "OISBZG";

    private MisreadClock() {
    }

    static boolean holds(List<Token> tokens, ClassifierVocabulary vocab) {
        return misreadHourWord(tokens, vocab) || impossibleHour(tokens) || digitTooManyOrFew(tokens);
    }

    /**
     * An hour, ':' and minutes with a digit too many or too few after them: {@code 7:417} for {@code 7:41} (an edge or
     * a speck read as a digit; seed 5555's engine and Tesseract both read it so, a device ratio by the readouts),
     * {@code 14:06:3} for {@code 14:06:33} (seconds cut at the box), {@code 10:30:455}. A ratio ending in a zero
     * ({@code 1:100}, {@code 1:250}: a scale) is not taken.
     */
    private static boolean digitTooManyOrFew(List<Token> tokens) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            Token hour = tokens.get(i);
            if (hour.next() != ':' || !isHour(hour.core())) {
                continue;
            }
            Token minutes = tokens.get(i + 1);
            String m = minutes.core();
            if (m.length() == 3 && allDigits(m) && MINUTES.matcher(m.substring(0, 2)).matches() && m.charAt(2) != '0') {
                return true;
            }
            if (MINUTES.matcher(m).matches() && minutes.next() == ':' && i + 2 < tokens.size()) {
                String seconds = tokens.get(i + 2).core();
                if (allDigits(seconds) && (seconds.length() == 1
                        || seconds.length() == 3 && MINUTES.matcher(seconds.substring(0, 2)).matches())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isHour(String s) {
        return !s.isEmpty() && s.length() <= 2 && allDigits(s) && Integer.parseInt(s) <= 23;
    }

    private static boolean allDigits(String s) {
        return !s.isEmpty() && s.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /** "67:41:41": two digits past 23, then minutes and seconds, all joined by ':'. */
    private static boolean impossibleHour(List<Token> tokens) {
        for (int i = 0; i + 2 < tokens.size(); i++) {
            String h = tokens.get(i).core();
            if (tokens.get(i).next() == ':' && tokens.get(i + 1).next() == ':' && h.length() == 2
                    && h.chars().allMatch(Character::isDigit) && Integer.parseInt(h) > 23
                    && MINUTES.matcher(tokens.get(i + 1).core()).matches()
                    && MINUTES.matcher(tokens.get(i + 2).core()).matches()) {
                return true;
            }
        }
        return false;
    }

    private static boolean misreadHourWord(List<Token> tokens, ClassifierVocabulary vocab) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            Token hour = tokens.get(i);
            String h = hour.core();
            if (hour.next() == ':' && h.length() == 2 && MINUTES.matcher(tokens.get(i + 1).core()).matches()
                    && h.chars().anyMatch(Character::isLetter) && readsAsDigit(h)
                    && !vocab.allowWords.contains(h) && !vocab.labelWords.contains(h)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a character of the word is a digit or a letter OCR reads for one. */
    private static boolean readsAsDigit(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isDigit(c) || DIGIT_CLASSES.indexOf(OcrFold.confusionClass(c)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
