package io.pixelscrub.detector.text;

import io.pixelscrub.detector.image.DisplayImage;
import io.pixelscrub.models.Box;

/** Reads the text in one box of a picture (OCR). One instance per worker thread. */
public interface LineReader extends AutoCloseable {

    OcrLine read(DisplayImage image, Box box);

    @Override
    void close();
}
