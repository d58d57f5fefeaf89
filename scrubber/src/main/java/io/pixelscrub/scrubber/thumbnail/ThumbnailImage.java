package io.pixelscrub.scrubber.thumbnail;

import io.pixelscrub.detector.image.DisplayImage;
import io.pixelscrub.models.Box;
import io.pixelscrub.scrubber.output.AtomicFile;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * A small 8-bit copy of a display image: shrunk by averaging whole source pixels (box filter, so thin text stays
 * visible instead of aliasing away), optionally with regions filled black, written as PNG atomically.
 */
final class ThumbnailImage {
    private final int width;
    private final int height;
    private final int channels;
    private final byte[] pixels;
    private final double scale;

    private ThumbnailImage(int width, int height, int channels, byte[] pixels, double scale) {
        this.width = width;
        this.height = height;
        this.channels = channels;
        this.pixels = pixels;
        this.scale = scale;
    }

    /** Shrinks so that the longer side is at most {@code maxSide}; never enlarges. */
    static ThumbnailImage of(DisplayImage src, int maxSide) {
        double scale = Math.min(1.0, maxSide / (double) Math.max(src.width(), src.height()));
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
        // columns: every source pixel is read once (the thumbnails were most of a templates-only run's time).
        long[] columnSums = new long[sw * c];
        for (int y = 0; y < h; y++) {
            int y0 = y * src.height() / h;
            int y1 = Math.max(y0 + 1, (y + 1) * src.height() / h);
            java.util.Arrays.fill(columnSums, 0);
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
        return new ThumbnailImage(w, h, c, out, scale);
    }

    /** For tests: the thumbnail's samples. */
    byte[] pixels() {
        return pixels;
    }

    /** A copy with the given regions (in source pixels) black: what scrub will write, as a preview. */
    ThumbnailImage withBlackBoxes(List<Box> boxes) {
        byte[] copy = pixels.clone();
        for (Box b : boxes) {
            int x0 = Math.max(0, (int) Math.floor(b.x() * scale));
            int y0 = Math.max(0, (int) Math.floor(b.y() * scale));
            int x1 = Math.min(width, (int) Math.ceil(b.right() * scale));
            int y1 = Math.min(height, (int) Math.ceil(b.bottom() * scale));
            for (int y = y0; y < y1; y++) {
                java.util.Arrays.fill(copy, (y * width + x0) * channels, (y * width + x1) * channels, (byte) 0);
            }
        }
        return new ThumbnailImage(width, height, channels, copy, scale);
    }

    void writePng(Path target) throws IOException {
        BufferedImage img = new BufferedImage(width, height, channels == 1 ? BufferedImage.TYPE_BYTE_GRAY : BufferedImage.TYPE_3BYTE_BGR);
        byte[] dst = ((DataBufferByte) img.getRaster().getDataBuffer()).getData();
        if (channels == 1) {
            System.arraycopy(pixels, 0, dst, 0, pixels.length);
        } else {
            for (int i = 0; i < pixels.length; i += 3) {   // RGB to the raster's BGR order
                dst[i] = pixels[i + 2];
                dst[i + 1] = pixels[i + 1];
                dst[i + 2] = pixels[i];
            }
        }
        AtomicFile.write(target, temp -> {
            if (!ImageIO.write(img, "png", temp.toFile())) {
                throw new IOException("no PNG writer");
            }
        });
    }
}
