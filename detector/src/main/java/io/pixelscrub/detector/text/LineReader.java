package io.pixelscrub.detector.text;

import io.pixelscrub.detector.image.DisplayImage;
import io.pixelscrub.models.Box;

/** Reads the text in one box of a picture (OCR). One instance per worker thread. */
public interface LineReader extends AutoCloseable {

    OcrLine read(DisplayImage image, Box box);

    /**
     * A second reading of the same box, prepared differently (another scale, so other resampling and binarisation):
     * where it reads the same text as {@link #read}, that text is confirmed. NOTHING when the reader has no second way.
     */
    default OcrLine readAgain(DisplayImage image, Box box) {
        return OcrLine.NOTHING;
    }

    /**
     * A reading of the same box prepared from the level its text is drawn in ({@link StrokeLevels}) instead of a
     * threshold over the box. NOTHING when the reader has no such way.
     */
    default OcrLine readLevelled(DisplayImage image, Box box) {
        return OcrLine.NOTHING;
    }

    @Override
    void close();
}
