package io.pixelscrub.detector.classify;

/**
 * One header value, or one rendering or part of it, to look for in OCR text.
 *
 * @param attribute  the DICOM keyword it came from (for the reason; the value itself is never reported)
 * @param folded     {@link OcrFold#compact} of the rendering
 * @param plain      the rendering's letters and digits, upper case, unfolded: how a weak term is matched (a whole
 *                   word, exactly, because folding makes short values meet anything: "OB" would meet "dB")
 * @param weak       too short or too common to decide alone
 * @param confidence for an exact, complete occurrence
 * @param prefixOk   whether a long prefix counts (devices cut long names and institutions short)
 */
record DenyTerm(String attribute, String folded, String plain, boolean weak, double confidence, boolean prefixOk) {

    /** A term from a rendering; short ones are weak. */
    static DenyTerm of(String attribute, String rendering, boolean weak, double confidence, boolean prefixOk) {
        String plain = LineText.normalise(rendering).toUpperCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
        return new DenyTerm(attribute, OcrFold.compact(plain), plain, weak, confidence, prefixOk && !weak);
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
