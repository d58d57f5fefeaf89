package io.pixelscrub.scrubber.thumbnail;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pixelscrub.detector.image.DisplayImage;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The shrunk thumbnail against the box filter's per-pixel definition, on sizes that do and do not divide evenly. */
class ThumbnailImageTest {

    @Test
    void everyThumbnailPixelIsTheMeanOfTheSourcePixelsItCovers() {
        Random random = new Random(3);
        int[][] sizes = {{640, 480}, {1023, 767}, {511, 3}, {5, 900}, {512, 512}, {100, 60}, {1, 1}};
        for (int[] size : sizes) {
            for (int channels : new int[] {1, 3}) {
                byte[] pixels = new byte[size[0] * size[1] * channels];
                random.nextBytes(pixels);
                DisplayImage src = new DisplayImage(size[0], size[1], channels, pixels, "test");
                ThumbnailImage t = ThumbnailImage.of(src, 256);
                byte[] expected = boxFilter(src, 256);
                assertEquals(expected.length, t.pixels().length, size[0] + "x" + size[1]);
                assertArrayEquals(expected, t.pixels(), size[0] + "x" + size[1] + "x" + channels);
            }
        }
    }

    /** The definition: output pixel (x, y) is the integer mean of the source pixels [x0, x1) x [y0, y1). */
    private static byte[] boxFilter(DisplayImage src, int maxSide) {
        double scale = Math.min(1.0, maxSide / (double) Math.max(src.width(), src.height()));
        int w = Math.max(1, (int) Math.round(src.width() * scale));
        int h = Math.max(1, (int) Math.round(src.height() * scale));
        int c = src.channels();
        byte[] out = new byte[w * h * c];
        for (int y = 0; y < h; y++) {
            int y0 = y * src.height() / h;
            int y1 = Math.max(y0 + 1, (y + 1) * src.height() / h);
            for (int x = 0; x < w; x++) {
                int x0 = x * src.width() / w;
                int x1 = Math.max(x0 + 1, (x + 1) * src.width() / w);
                for (int k = 0; k < c; k++) {
                    long sum = 0;
                    for (int sy = y0; sy < y1; sy++) {
                        for (int sx = x0; sx < x1; sx++) {
                            sum += src.pixels()[(sy * src.width() + sx) * c + k] & 0xFF;
                        }
                    }
                    out[(y * w + x) * c + k] = (byte) (sum / ((long) (y1 - y0) * (x1 - x0)));
                }
            }
        }
        return out;
    }
}
