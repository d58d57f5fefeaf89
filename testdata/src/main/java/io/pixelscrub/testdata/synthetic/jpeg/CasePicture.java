package io.pixelscrub.testdata.synthetic.jpeg;

import java.util.SplittableRandom;

/**
 * Deterministic content for a JPEG test image: gradients with noise, plus solid rectangles in black, white and
 * saturated colours, so neighbouring blocks differ a lot (large DC differences) and a flattened block changes the
 * symbols coded next to it. No text and no fonts: the pictures are the same on every machine.
 */
final class CasePicture {

    private CasePicture() {
    }

    /** Samples per pixel interleaved (1 for grey, RGB for colour), row by row. */
    static byte[] pixels(int width, int height, boolean colour, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int spp = colour ? 3 : 1;
        byte[] p = new byte[width * height * spp];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                for (int s = 0; s < spp; s++) {
                    int base = s == 0 ? 30 + 180 * x / Math.max(1, width - 1) : 200 - 150 * y / Math.max(1, height - 1);
                    p[(y * width + x) * spp + s] = (byte) clamp(base + r.nextInt(-40, 41));
                }
            }
        }
        int rects = 6 + width * height / 3000;
        for (int i = 0; i < rects; i++) {
            int w = 1 + r.nextInt(Math.max(1, width / 3));
            int h = 1 + r.nextInt(Math.max(1, height / 3));
            int x0 = r.nextInt(width);
            int y0 = r.nextInt(height);
            int[] colourOf = new int[spp];
            for (int s = 0; s < spp; s++) {
                int pick = r.nextInt(3);
                colourOf[s] = pick == 0 ? 0 : pick == 1 ? 255 : r.nextInt(256);
            }
            for (int y = y0; y < Math.min(height, y0 + h); y++) {
                for (int x = x0; x < Math.min(width, x0 + w); x++) {
                    for (int s = 0; s < spp; s++) {
                        p[(y * width + x) * spp + s] = (byte) colourOf[s];
                    }
                }
            }
        }
        return p;
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }
}
