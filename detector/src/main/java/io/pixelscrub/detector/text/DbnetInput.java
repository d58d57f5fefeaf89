package io.pixelscrub.detector.text;

import io.pixelscrub.detector.image.DisplayImage;

/**
 * The DBNet input tensor for one tile: RGB, ImageNet mean/std, NCHW, sides rounded up to a multiple of 32 by
 * repeating the edge pixels (padding with black would draw an edge the model might take for text).
 */
final class DbnetInput {

    private static final float[] MEAN = {0.485f, 0.456f, 0.406f};
    private static final float[] STD = {0.229f, 0.224f, 0.225f};
    /** NORMALISED[c][v]: 8-bit value v of channel c as the model expects it. */
    private static final float[][] NORMALISED = new float[3][256];

    static {
        for (int c = 0; c < 3; c++) {
            for (int v = 0; v < 256; v++) {
                NORMALISED[c][v] = (v / 255f - MEAN[c]) / STD[c];
            }
        }
    }

    final float[] chw;
    final int width;
    final int height;

    private DbnetInput(float[] chw, int width, int height) {
        this.chw = chw;
        this.width = width;
        this.height = height;
    }

    static int roundUp32(int v) {
        return Math.max(32, (v + 31) / 32 * 32);
    }

    /** The tile {@code tile} of {@code image} scaled by {@code scale} (tile coordinates are in the scaled picture). */
    static DbnetInput of(DisplayImage image, double scale, Tile tile) {
        int w = roundUp32(tile.width());
        int h = roundUp32(tile.height());
        float[] chw = new float[3 * w * h];
        int plane = w * h;
        float[] rgb = new float[3];
        for (int y = 0; y < h; y++) {
            int sy = tile.y() + Math.min(y, tile.height() - 1);
            for (int x = 0; x < w; x++) {
                int sx = tile.x() + Math.min(x, tile.width() - 1);
                sample(image, scale, sx, sy, rgb);
                int i = y * w + x;
                for (int c = 0; c < 3; c++) {
                    chw[c * plane + i] = NORMALISED[c][Math.round(rgb[c])];
                }
            }
        }
        return new DbnetInput(chw, w, h);
    }

    /** Bilinear sample of the picture at scaled position (sx, sy), pixel centres aligned. */
    private static void sample(DisplayImage image, double scale, int sx, int sy, float[] rgb) {
        int channels = image.channels();
        byte[] px = image.pixels();
        if (scale == 1.0) {
            int base = (sy * image.width() + sx) * channels;
            for (int c = 0; c < 3; c++) {
                rgb[c] = px[base + (channels == 3 ? c : 0)] & 0xFF;
            }
            return;
        }
        double u = Math.max(0, Math.min(image.width() - 1, (sx + 0.5) / scale - 0.5));
        double v = Math.max(0, Math.min(image.height() - 1, (sy + 0.5) / scale - 0.5));
        int x0 = (int) u;
        int y0 = (int) v;
        int x1 = Math.min(image.width() - 1, x0 + 1);
        int y1 = Math.min(image.height() - 1, y0 + 1);
        double fx = u - x0;
        double fy = v - y0;
        for (int c = 0; c < 3; c++) {
            int cc = channels == 3 ? c : 0;
            double top = (px[(y0 * image.width() + x0) * channels + cc] & 0xFF) * (1 - fx)
                    + (px[(y0 * image.width() + x1) * channels + cc] & 0xFF) * fx;
            double bottom = (px[(y1 * image.width() + x0) * channels + cc] & 0xFF) * (1 - fx)
                    + (px[(y1 * image.width() + x1) * channels + cc] & 0xFF) * fx;
            rgb[c] = (float) (top * (1 - fy) + bottom * fy);
        }
    }
}
