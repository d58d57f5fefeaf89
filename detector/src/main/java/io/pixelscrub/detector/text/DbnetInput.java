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

    /**
     * The tile {@code tile} of {@code image} scaled by {@code scale} (tile coordinates are in the scaled picture):
     * bilinear, pixel centres aligned; at scale 1 the pixels themselves.
     */
    static DbnetInput of(DisplayImage image, double scale, Tile tile) {
        int w = roundUp32(tile.width());
        int h = roundUp32(tile.height());
        float[] chw = new float[3 * w * h];
        // Source positions per column and per row, worked out once (past the tile's edge, its last pixel repeats).
        Axis across = Axis.of(tile.x(), tile.width(), w, scale, image.width());
        Axis down = Axis.of(tile.y(), tile.height(), h, scale, image.height());
        if (scale == 1.0) {
            copy(image, across, down, chw, w, h);
        } else {
            interpolate(image, across, down, chw, w, h);
        }
        return new DbnetInput(chw, w, h);
    }

    /** Unscaled: each input value is a lookup of one picture byte. */
    private static void copy(DisplayImage image, Axis across, Axis down, float[] chw, int w, int h) {
        int channels = image.channels();
        byte[] px = image.pixels();
        int plane = w * h;
        float[] n0 = NORMALISED[0];
        float[] n1 = NORMALISED[1];
        float[] n2 = NORMALISED[2];
        int g = channels == 3 ? 1 : 0;
        int b = channels == 3 ? 2 : 0;
        for (int y = 0; y < h; y++) {
            int row = down.low[y] * image.width();
            int i = y * w;
            for (int x = 0; x < w; x++, i++) {
                int base = (row + across.low[x]) * channels;
                chw[i] = n0[px[base] & 0xFF];
                chw[plane + i] = n1[px[base + g] & 0xFF];
                chw[2 * plane + i] = n2[px[base + b] & 0xFF];
            }
        }
    }

    /** Scaled: bilinear between the four nearest picture pixels. */
    private static void interpolate(DisplayImage image, Axis across, Axis down, float[] chw, int w, int h) {
        int channels = image.channels();
        byte[] px = image.pixels();
        int plane = w * h;
        for (int y = 0; y < h; y++) {
            int row0 = down.low[y] * image.width();
            int row1 = down.high[y] * image.width();
            double fy = down.fraction[y];
            for (int x = 0; x < w; x++) {
                int x0 = across.low[x];
                int x1 = across.high[x];
                double fx = across.fraction[x];
                int i = y * w + x;
                for (int c = 0; c < 3; c++) {
                    int cc = channels == 3 ? c : 0;
                    double top = (px[(row0 + x0) * channels + cc] & 0xFF) * (1 - fx)
                            + (px[(row0 + x1) * channels + cc] & 0xFF) * fx;
                    double bottom = (px[(row1 + x0) * channels + cc] & 0xFF) * (1 - fx)
                            + (px[(row1 + x1) * channels + cc] & 0xFF) * fx;
                    chw[c * plane + i] = NORMALISED[c][Math.round((float) (top * (1 - fy) + bottom * fy))];
                }
            }
        }
    }

    /** Per input column (or row): the two picture columns it samples and the weight of the second. */
    private record Axis(int[] low, int[] high, double[] fraction) {

        static Axis of(int tileStart, int tileLength, int inputLength, double scale, int pictureLength) {
            int[] low = new int[inputLength];
            int[] high = new int[inputLength];
            double[] fraction = new double[inputLength];
            for (int i = 0; i < inputLength; i++) {
                int s = tileStart + Math.min(i, tileLength - 1);
                if (scale == 1.0) {
                    low[i] = s;
                    high[i] = s;
                    continue;
                }
                double u = Math.max(0, Math.min(pictureLength - 1, (s + 0.5) / scale - 0.5));
                low[i] = (int) u;
                high[i] = Math.min(pictureLength - 1, low[i] + 1);
                fraction[i] = u - low[i];
            }
            return new Axis(low, high, fraction);
        }
    }
}
