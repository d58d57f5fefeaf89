package io.pixelscrub.detector.text;

import io.pixelscrub.models.Box;

/**
 * One line of text found in a frame and read by OCR.
 *
 * @param box            where it is, in frame pixels, covering the glyphs
 * @param detectionScore the text detector's score 0..1
 * @param ocr            what OCR read (PHI: memory only); blank when nothing legible was read
 * @param mapping        which display mapping revealed it (e.g. "window", "percentile", "inverted")
 * @param confirmed      a second, differently prepared reading gave the same text
 * @param writing        false only for a box examined for letter-like marks ({@link GlyphEvidence}) and found without;
 *                       only large boxes OCR read nothing (surely) in ({@link TextFindings#needsWritingEvidence}) and
 *                       small blobs OCR read a character or two in ({@link TextFindings#mayBeShortBlob}) are examined
 * @param vertical       written along a vertical edge (found in the picture turned a quarter turn): the box's width is
 *                       the line's height
 * @param second         a second reading, prepared differently ({@link LineReader#readAgain}), of a line whose first
 *                       reading was unsure or explained nothing; {@link OcrLine#NOTHING} when not read again (PHI:
 *                       memory only)
 * @param cover          what redacting the line must cover: the box, grown along the line over ink of the line the
 *                       detector's box ended short of ({@link LineEnds}); the box itself for most lines
 * @param block          the detector's box this line was cut from where it held stacked lines ({@link StackedLines});
 *                       the box itself for a line boxed alone
 * @param ink            the rows and columns of the line's own writing in its box ({@link OwnInk}); the box itself
 *                       where the strokes do not place one line of writing there
 * @param phiOnly        found only by a reading that may add PHI and nothing else (a second engine's reading of a
 *                       vertical line Tesseract could not read): judged PHI, it is redacted; judged anything else, it
 *                       is no line at all, as before that engine read it
 * @param engine         the second engine's reading ({@link PpOcrRecognizer}) of an upright line that Tesseract's two
 *                       readings left open ({@link EngineReading}); {@link OcrLine#NOTHING} when not read so (PHI:
 *                       memory only)
 */
public record ReadLine(Box box, double detectionScore, OcrLine ocr, String mapping, boolean confirmed,
                       boolean writing, boolean vertical, OcrLine second, Box cover, Box block, Box ink,
                       boolean phiOnly, OcrLine engine) {

    /** Not read by the second engine. */
    public ReadLine(Box box, double detectionScore, OcrLine ocr, String mapping, boolean confirmed, boolean writing,
                    boolean vertical, OcrLine second, Box cover, Box block, Box ink, boolean phiOnly) {
        this(box, detectionScore, ocr, mapping, confirmed, writing, vertical, second, cover, block, ink, phiOnly,
                OcrLine.NOTHING);
    }

    /** A line found by the usual reading: kept, redacted or left undecided as judged. */
    public ReadLine(Box box, double detectionScore, OcrLine ocr, String mapping, boolean confirmed, boolean writing,
                    boolean vertical, OcrLine second, Box cover, Box block, Box ink) {
        this(box, detectionScore, ocr, mapping, confirmed, writing, vertical, second, cover, block, ink, false);
    }

    /** Its writing not placed in its box. */
    public ReadLine(Box box, double detectionScore, OcrLine ocr, String mapping, boolean confirmed, boolean writing,
                    boolean vertical, OcrLine second, Box cover, Box block) {
        this(box, detectionScore, ocr, mapping, confirmed, writing, vertical, second, cover, block, box);
    }

    /** Boxed alone. */
    public ReadLine(Box box, double detectionScore, OcrLine ocr, String mapping, boolean confirmed, boolean writing,
                    boolean vertical, OcrLine second, Box cover) {
        this(box, detectionScore, ocr, mapping, confirmed, writing, vertical, second, cover, box);
    }

    /** Covered by its box. */
    public ReadLine(Box box, double detectionScore, OcrLine ocr, String mapping, boolean confirmed, boolean writing,
                    boolean vertical, OcrLine second) {
        this(box, detectionScore, ocr, mapping, confirmed, writing, vertical, second, box);
    }

    public ReadLine(Box box, double detectionScore, OcrLine ocr, String mapping) {
        this(box, detectionScore, ocr, mapping, false, true, false);
    }

    /** Not read a second time. */
    public ReadLine(Box box, double detectionScore, OcrLine ocr, String mapping, boolean confirmed, boolean writing,
                    boolean vertical) {
        this(box, detectionScore, ocr, mapping, confirmed, writing, vertical, OcrLine.NOTHING);
    }

    /** The same line moved by ({@code dx}, {@code dy}) pixels. */
    public ReadLine movedBy(int dx, int dy) {
        return new ReadLine(moved(box, dx, dy), detectionScore, ocr, mapping, confirmed, writing, vertical, second,
                moved(cover, dx, dy), moved(block, dx, dy), moved(ink, dx, dy), phiOnly, engine);
    }

    private static Box moved(Box b, int dx, int dy) {
        return new Box(b.x() + dx, b.y() + dy, b.width(), b.height());
    }

    /** The same line, to be covered by {@code cover} when redacted. */
    public ReadLine withCover(Box cover) {
        return new ReadLine(box, detectionScore, ocr, mapping, confirmed, writing, vertical, second, cover, block, ink,
                phiOnly, engine);
    }

    /** The same line, cut from the detector's box {@code block}. */
    public ReadLine cutFrom(Box block) {
        return new ReadLine(box, detectionScore, ocr, mapping, confirmed, writing, vertical, second, cover, block, ink,
                phiOnly, engine);
    }

    /** The same line, its own writing at {@code ink}. */
    public ReadLine withInk(Box ink) {
        return new ReadLine(box, detectionScore, ocr, mapping, confirmed, writing, vertical, second, cover, block, ink,
                phiOnly, engine);
    }

    /** The same line, found only by a reading that may add PHI and nothing else ({@link #phiOnly}). */
    public ReadLine asPhiOnly() {
        return new ReadLine(box, detectionScore, ocr, mapping, confirmed, writing, vertical, second, cover, block, ink,
                true, engine);
    }

    /** The same line, read by the second engine as {@code reading} ({@link #engine}). */
    public ReadLine withEngine(OcrLine reading) {
        return new ReadLine(box, detectionScore, ocr, mapping, confirmed, writing, vertical, second, cover, block, ink,
                phiOnly, reading);
    }

    /** Whether the strokes placed the line's own writing in its box ({@link #ink}). */
    public boolean inkPlaced() {
        return !ink.equals(box);
    }

    /** The height of the letters: the box's height, or its width for a vertical line. */
    public int letterHeight() {
        return vertical ? box.width() : box.height();
    }
}
