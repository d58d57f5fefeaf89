package io.pixelscrub.detector.classify;

/**
 * One word of an OCR line.
 *
 * @param raw    the characters as read, between separators
 * @param core   upper case without leading/trailing punctuation (a trailing % kept) and without apostrophes
 * @param start  offset of raw in the line
 * @param next   the first non-blank character after raw (a separator such as ':' or '#'), or 0 at the end
 */
record Token(String raw, String core, int start, char next) {

    /** The core's parts between '/' and '-' ("TIS/TIB/MI", "L-M"); the core alone when it has none. */
    String[] parts() {
        return SPLIT.split(core);
    }

    private static final java.util.regex.Pattern SPLIT = java.util.regex.Pattern.compile("[/-]");

    int end() { return start + raw.length(); }

    /**
     * The core with digits that OCR substitutes for letters read back as letters ("J0HN" becomes "JOHN") when the
     * word also has letters; otherwise the core itself.
     */
    String lettersRead() {
        boolean letters = false;
        boolean digits = false;
        for (int i = 0; i < core.length(); i++) {
            letters |= Character.isLetter(core.charAt(i));
            digits |= Character.isDigit(core.charAt(i));
        }
        if (!letters || !digits) {
            return core;
        }
        StringBuilder b = new StringBuilder(core.length());
        for (int i = 0; i < core.length(); i++) {
            char c = core.charAt(i);
            b.append(switch (c) {
                case '0' -> 'O';
                case '1' -> 'I';
                case '5' -> 'S';
                case '8' -> 'B';
                case '2' -> 'Z';
                case '6' -> 'G';
                default -> c;
            });
        }
        return b.toString();
    }

    boolean isAlphabetic() {
        if (core.isEmpty()) {
            return false;
        }
        for (int i = 0; i < core.length(); i++) {
            if (!Character.isLetter(core.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Written like a proper name: all capitals or a capital then lower case ("SMITH", "Smith"). */
    boolean isCapitalised() {
        boolean first = true;
        boolean upperRest = true;
        boolean lowerRest = true;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (!Character.isLetter(c)) {
                continue;
            }
            if (first) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                first = false;
            } else {
                upperRest &= !Character.isLowerCase(c);
                lowerRest &= !Character.isUpperCase(c);
            }
        }
        return !first && (upperRest || lowerRest);
    }
}
