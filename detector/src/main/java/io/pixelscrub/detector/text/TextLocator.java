package io.pixelscrub.detector.text;

import io.pixelscrub.detector.image.DisplayImage;
import java.util.List;

/**
 * Finds where text is in a picture, without reading it. One instance per worker thread: instances hold native
 * sessions and are not required to be thread-safe.
 */
public interface TextLocator extends AutoCloseable {

    /** Axis-aligned boxes around text lines, in the image's pixel coordinates, padded enough to cover the glyphs. */
    List<TextBox> locate(DisplayImage image);

    @Override
    void close();
}
