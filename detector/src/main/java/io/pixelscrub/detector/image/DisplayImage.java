package io.pixelscrub.detector.image;

import java.util.Objects;

/**
 * An 8-bit picture of a frame as a reader would see it (0 is black): grey when {@code channels} is 1, RGB when 3,
 * interleaved, row-major. {@code mapping} names how it was made from the stored values (for reports and debugging).
 */
public record DisplayImage(int width, int height, int channels, byte[] pixels, String mapping) {

    public DisplayImage {
        Objects.requireNonNull(pixels, "pixels");
        Objects.requireNonNull(mapping, "mapping");
        if (channels != 1 && channels != 3) {
            throw new IllegalArgumentException("channels must be 1 or 3, not " + channels);
        }
        if (pixels.length != width * height * channels) {
            throw new IllegalArgumentException("pixels holds " + pixels.length + " bytes, " + (width * height * channels) + " expected");
        }
    }
}
