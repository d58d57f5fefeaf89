package io.pixelscrub.scrubber.timing;

/** The steps a file goes through, in order, as {@link StageTimes} counts them. */
public enum Stage {
    /** Parsing the header and locating Pixel Data. */
    READ,
    /** Decoding frames (for analysis and for redaction; a tool that decodes the whole file at once counts here). */
    DECODE,
    /** Everything in text detection except OCR: rendering views, the text detector, turning, glyph evidence. */
    DETECT,
    /** Tesseract reading line crops. */
    OCR,
    /** Judging read lines against the header and the classifier's patterns. */
    CLASSIFY,
    /** Filling redacted regions (and JPEG block redaction, which decodes and encodes only the touched blocks). */
    REDACT,
    /** Encoding redacted frames into the output syntax. */
    ENCODE,
    /** The header profile (de-identification). */
    HEADER,
    /** Writing the output file. */
    WRITE,
    /** Review thumbnails (made after the file is written, when a report is asked for). */
    THUMBNAIL;

    /** Lower-case name as reports and the bench print it. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
