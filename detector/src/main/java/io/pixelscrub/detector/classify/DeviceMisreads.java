package io.pixelscrub.detector.classify;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Device words as OCR misreads them: a word that folds ({@link OcrFold}: O/0/D, I/1/l, S/5, B/8, Z/2, G/6) to a listed
 * device word of {@link #MIN_LETTERS} or more letters is that word ("C1NE", "M5CSKEL", "0FF"... of "CINE",
 * "MSCSKEL"). Shorter words fold onto too much ("08" is "OB"), and months are left out (a month is part of a date).
 * The file's header is asked first: a word that is, or folds to, one of its values is never read as a device word, so a
 * correction can never turn a header value into device text.
 */
final class DeviceMisreads {

    /** The fewest letters a listed word has for a misread of it to count. */
    static final int MIN_LETTERS = 4;

    /** Folded form to listed word. */
    private final Map<String, String> byFold = new HashMap<>();

    DeviceMisreads(Set<String> deviceWords, Set<String> months) {
        for (String w : deviceWords) {
            if (letters(w) >= MIN_LETTERS && !months.contains(w)) {
                byFold.putIfAbsent(OcrFold.compact(w), w);
            }
        }
    }

    /**
     * Whether {@code core} (a word as read, upper case) is a misread of a listed device word that the header does not
     * hold. Words without two letters (numbers, identifiers) are never read as words.
     */
    boolean explains(String core, HeaderDenyList deny) {
        if (letters(core) < 2) {
            return false;
        }
        String folded = OcrFold.compact(core);
        String word = byFold.get(folded);
        return word != null && !deny.holdsFolded(folded);
    }

    private static int letters(String s) {
        return (int) s.chars().filter(Character::isLetter).count();
    }
}
