package io.pixelscrub.detector.image;

import java.util.Arrays;

/**
 * Shrinks a display image so that its longer side is at most a given length, each output pixel the mean of the whole
 * source pixels it covers (a box filter: thin text stays visible instead of aliasing away). Never enlarges.
 */
public final class BoxShrink {

    private BoxShrink() {
    }

    /** The factor from source to shrunk pixels: at most 1. */
    public static double scale(int width, int height, int maxSide) {
        return Math.min(1.0, maxSide / (double) Math.max(width, height));
    }

    public static DisplayImage toMaxSide(DisplayImage src, int maxSide) {
        double scale = scale(src.width(), src.height(), maxSide);
        int w = Math.max(1, (int) Math.round(src.width() * scale));
        int h = Math.max(1, (int) Math.round(src.height() * scale));
        int c = src.channels();
        int sw = src.width();
        byte[] out = new byte[w * h * c];
        byte[] in = src.pixels();
        int[] x0 = new int[w];
        int[] x1 = new int[w];
        for (int x = 0; x < w; x++) {
            x0[x] = x * sw / w;
            x1[x] = Math.max(x0[x] + 1, (x + 1) * sw / w);
        }
        // Each output row: the source rows it covers summed column by column once, then each output pixel sums its
        // columns: every source pixel is read once.
        long[] columnSums = new long[sw * c];
        for (int y = 0; y < h; y++) {
            int y0 = y * src.height() / h;
            int y1 = Math.max(y0 + 1, (y + 1) * src.height() / h);
            Arrays.fill(columnSums, 0);
            for (int sy = y0; sy < y1; sy++) {
                int row = sy * sw * c;
                for (int i = 0; i < sw * c; i++) {
                    columnSums[i] += in[row + i] & 0xFF;
                }
            }
            for (int x = 0; x < w; x++) {
                long area = (long) (y1 - y0) * (x1[x] - x0[x]);
                for (int k = 0; k < c; k++) {
                    long sum = 0;
                    for (int sx = x0[x]; sx < x1[x]; sx++) {
                        sum += columnSums[sx * c + k];
                    }
                    out[(y * w + x) * c + k] = (byte) (sum / area);
                }
            }
        }
        return new DisplayImage(w, h, c, out, src.mapping());
    }
}
