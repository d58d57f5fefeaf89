package io.pixelscrub.detector.text;

/**
 * What OCR read in one box. The text is PHI: keep it in memory only, never log it.
 *
 * @param confidence 0..1, the engine's mean word confidence
 */
public record OcrLine(String text, double confidence) {

    public static final OcrLine NOTHING = new OcrLine("", 0);

    public boolean isBlank() { return text.isBlank(); }

    /** Letters and digits read: how much of a line this reading holds. */
    public long alphanumerics() { return text.chars().filter(Character::isLetterOrDigit).count(); }

    /**
     * Letters and digits read outside words of one letter: a letter standing alone is what OCR makes of a stroke or
     * a blur it cannot read as often as it is a marker ("DB e e e e" from a line of twenty digits), so it does not
     * show that a line was read.
     */
    public long wordCharacters() {
        long n = 0;
        for (String word : text.trim().split("\\s+")) {
            long alphanumerics = word.chars().filter(Character::isLetterOrDigit).count();
            boolean lone = alphanumerics == 1 && word.chars().anyMatch(Character::isLetter);
            n += lone ? 0 : alphanumerics;
        }
        return n;
    }

    /** At least three letters or digits read surely ({@link TextFindings#TRUSTED_OCR}): a word OCR stands behind. */
    public boolean isSureWord() { return alphanumerics() >= 3 && confidence >= TextFindings.TRUSTED_OCR; }

    @Override
    public String toString() { return "OcrLine[" + text.length() + " chars, confidence " + confidence + "]"; }
}
