package io.pixelscrub.detector.classify;

import java.util.List;

/**
 * Finds a header value of one or two characters ("OB", "AC", "7") in a line exactly, case ignored: a token equal to
 * it, a part of a token between '/' and '-' ("OB/GYN"), or a run of consecutive tokens whose letters and digits
 * together equal it ("A C"). No folding and no edits: a short value folded or edited meets too many words ("OB" would
 * meet "dB", "08", "0B").
 */
final class ExactTokens {

    private ExactTokens() {
    }

    /** @param plain the value's letters and digits, upper case ({@link DenyTerm#plain()}) */
    static boolean holds(LineText line, String plain) {
        if (plain.isEmpty()) {
            return false;
        }
        for (String w : line.words()) {
            if (w.length() >= plain.length() && lettersAndDigits(w).equals(plain)) {
                return true;
            }
        }
        List<String> tokens = line.plainTokens();
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).isEmpty() || !plain.startsWith(tokens.get(i))) {
                continue;
            }
            StringBuilder run = new StringBuilder(tokens.get(i));
            for (int j = i + 1; j < tokens.size() && run.length() < plain.length(); j++) {
                run.append(tokens.get(j));
            }
            if (run.toString().equals(plain)) {
                return true;
            }
        }
        return false;
    }

    /** A word of the line (already normalised and upper case) without its punctuation. */
    private static String lettersAndDigits(String word) {
        StringBuilder b = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            if (Character.isLetterOrDigit(word.charAt(i))) {
                b.append(word.charAt(i));
            }
        }
        return b.toString();
    }
}
