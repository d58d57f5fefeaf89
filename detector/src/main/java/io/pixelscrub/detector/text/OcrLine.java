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

    /** At least three letters or digits read surely ({@link TextFindings#TRUSTED_OCR}): a word OCR stands behind. */
    public boolean isSureWord() { return alphanumerics() >= 3 && confidence >= TextFindings.TRUSTED_OCR; }

    @Override
    public String toString() { return "OcrLine[" + text.length() + " chars, confidence " + confidence + "]"; }
}
