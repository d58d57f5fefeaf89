package io.pixelscrub.detector.classify;

/**
 * One header value, or one rendering or part of it, to look for in OCR text.
 *
 * @param attribute  the DICOM keyword it came from (for the reason; the value itself is never reported)
 * @param folded     {@link OcrFold#compact} of the rendering
 * @param plain      the rendering's letters and digits, upper case, unfolded: how an exact or weak term is matched
 *                   (whole words, exactly, because folding makes short values meet anything: "OB" would meet "dB")
 * @param match      how the term is looked for and what a match weighs
 * @param confidence for an exact, complete occurrence
 * @param prefixOk   whether a long prefix counts (devices cut long names and institutions short)
 */
record DenyTerm(String attribute, String folded, String plain, Match match, double confidence, boolean prefixOk) {

    /** How a term is found and what finding it means. */
    enum Match {
        /**
         * A value of 3 characters or more: OCR-tolerant ({@link FuzzyLocator}: confusion folding, and from 5
         * characters a few edits), PHI when found. Three-letter names keep the folding ("D0E" is "DOE"): OCR
         * misreads them as often as long ones, and folded they still need whole words.
         */
        FUZZY,
        /**
         * A value of one or two characters ("OB", "AC", "7"): a token, or a run of tokens, equal to it, case ignored
         * ({@link ExactTokens}). Folded, two characters would meet too much ("OB" is "dB", "08", "0B").
         */
        EXACT,
        /**
         * A rendering that is not a value itself (initials "JD" built from "DOE^JOHN", a particle of a multi-word
         * name): whole words, exactly; PHI in a name position ({@link NamePosition}) or beside weak evidence of
         * another attribute.
         */
        WEAK
    }

    /** Values shorter than this (weighted) are short: PHI whole and exactly, never a prefix, never edited. */
    static final int EXACT_BELOW = 4;
    /** Values shorter than this are matched without folding. */
    static final int UNFOLDED_BELOW = 3;

    /** A term from a rendering. */
    static DenyTerm of(String attribute, String rendering, Match match, double confidence, boolean prefixOk) {
        String plain = plainOf(rendering);
        return new DenyTerm(attribute, OcrFold.compact(plain), plain, match, confidence,
                prefixOk && match == Match.FUZZY);
    }

    /**
     * A value of the header, PHI wherever it stands, whatever the allow-list says: the file's own header wins.
     * Redacting a device label that happens to equal the patient's name costs little; keeping the name costs
     * everything. Under {@link #EXACT_BELOW} characters it is matched whole (no prefix, no edits); under
     * {@link #UNFOLDED_BELOW} also unfolded.
     */
    static DenyTerm value(String attribute, String value, double confidence, boolean prefixOk) {
        int length = weightedLength(plainOf(value));
        return of(attribute, value, length < UNFOLDED_BELOW ? Match.EXACT : Match.FUZZY, confidence,
                prefixOk && length >= EXACT_BELOW);
    }

    boolean weak() {
        return match == Match.WEAK;
    }

    /** Letters and digits, upper case, diacritics dropped. */
    static String plainOf(String s) {
        return LineText.normalise(s).toUpperCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    /** Length as a reader sees it: an ideographic or syllabic character says as much as two Latin letters. */
    static int weightedLength(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            Character.UnicodeScript script = Character.UnicodeScript.of(s.charAt(i));
            boolean dense = script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HANGUL
                    || script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA;
            n += dense ? 2 : 1;
        }
        return n;
    }
}
