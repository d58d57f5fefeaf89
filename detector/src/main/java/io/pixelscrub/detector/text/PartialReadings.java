package io.pixelscrub.detector.text;

import io.pixelscrub.models.Box;

/**
 * A reading far shorter than the line it was read from: OCR read a letter or two of a box with room for a word or
 * more. The allow-list explains one or two characters (a marker, a counter) and would keep the whole box as a device
 * annotation on that reading, but the rest of the box was not read: a 316x49 box over "G. BONE  L16-936" read "e e"
 * kept a name and an identifier, and a 254 px box over "ID 26-29-97-959587" read "DB e e e e" kept another: letters
 * read alone do not count as reading ({@link OcrLine#wordCharacters}). A device marker is boxed about as long as it
 * is tall. Such a verdict is open, not kept: when unsure, unknown.
 */
final class PartialReadings {

    /**
     * A box at least this many letter heights long has room for four characters or more (a glyph is about 0.6 of a
     * letter height wide, and the detector pads each end by a fifth of the height): more than two read is missing.
     */
    static final double LONG_BOX = 4.0;
    /** At most this many letters and digits read is "a letter or two". */
    static final int FEW_CHARACTERS = 2;

    private PartialReadings() {
    }

    /**
     * Whether {@code line} read at most two letters or digits outside lone letters in a box at least four letter
     * heights long, in its first reading and in its second (a second reading that read the line whole, and kept it,
     * read enough), and the two readings did not read the same ({@link ReadLine#confirmed}: two preparations that see the same letter or two say
     * the rest of the box is no text, as a real EPIQ 5G label beside a graphic on 27 frames).
     */
    static boolean readsTooLittle(ReadLine line) {
        return !line.confirmed() && readTooLittle(line.box(), line.vertical(), line.ocr(), line.second());
    }

    /**
     * Whether {@code first} and {@code second}, two readings of an upright (or {@code vertical}) line boxed by
     * {@code box}, both hold at most two letters or digits outside lone letters, in a box at least four letter heights
     * long: whether they agree or not.
     */
    static boolean readTooLittle(Box box, boolean vertical, OcrLine first, OcrLine second) {
        int length = vertical ? box.height() : box.width();
        int letterHeight = vertical ? box.width() : box.height();
        long read = Math.max(first.wordCharacters(), second.wordCharacters());
        return read <= FEW_CHARACTERS && length >= LONG_BOX * letterHeight;
    }

    /**
     * The ink of a line running on past its box by at least this many letter heights, both ends together: room for two
     * characters or more that OCR never saw (a glyph is about 0.6 of a letter height wide, and the cover's pad is a
     * fifth of a height at each end).
     */
    static final double UNREAD_INK = 1.5;

    /**
     * Whether the line's own ink runs on past its box ({@link ReadLine#cover}, {@link LineEnds}) by
     * {@link #UNREAD_INK} letter heights or more: the reading is of part of the line only (the first digit {@code 0}
     * of a time {@code 10:24} on a grey bar, boxed alone, tuning seed 43), and a verdict of the allow-list on it cannot
     * vouch for the rest. Any device's line boxed in part is as open, whatever its font or layout: the rule reads no
     * text, only how far the line's strokes reach.
     */
    static boolean readsPartOfItsInk(ReadLine line) {
        Box box = line.box();
        Box cover = line.cover();
        int unread = line.vertical() ? box.y() - cover.y() + cover.bottom() - box.bottom()
                : box.x() - cover.x() + cover.right() - box.right();
        return unread >= UNREAD_INK * line.letterHeight();
    }
}
