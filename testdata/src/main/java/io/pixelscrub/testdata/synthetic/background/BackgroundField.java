package io.pixelscrub.testdata.synthetic.background;

/**
 * One frame of picture before any text: luminance 0..1 per pixel and, for colour sources, RGB 0..1
 * interleaved (null for grey sources, which colour formats tint instead).
 */
public record BackgroundField(int width, int height, float[] grey, float[] rgb) {

    public BackgroundField {
        if (grey.length != width * height || (rgb != null && rgb.length != 3 * width * height)) {
            throw new IllegalArgumentException("field size does not match " + width + "x" + height);
        }
    }
}
