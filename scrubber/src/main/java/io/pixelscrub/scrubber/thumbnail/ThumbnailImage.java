package io.pixelscrub.scrubber.thumbnail;

import io.pixelscrub.detector.image.BoxShrink;
import io.pixelscrub.detector.image.DisplayImage;
import io.pixelscrub.models.Box;
import io.pixelscrub.scrubber.output.AtomicFile;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * A small 8-bit copy of a display image, shrunk by {@link BoxShrink}, optionally with regions filled black, written as
 * PNG atomically.
 */
final class ThumbnailImage {
    /**
     * The PNG writer's compression quality (a faster, lighter deflate than its default): on a speckled 512x384 colour
     * picture 7.7 ms and 136 kB against the default's 11.1 ms and 151 kB (a thread's CPU time, best of 15).
     */
    private static final float PNG_QUALITY = 0.75f;

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
        return ofShrunk(BoxShrink.toMaxSide(src, maxSide), BoxShrink.scale(src.width(), src.height(), maxSide));
    }

    /** A picture already shrunk ({@link BoxShrink}) by {@code scale} from its frame. */
    static ThumbnailImage ofShrunk(DisplayImage small, double scale) {
        return new ThumbnailImage(small.width(), small.height(), small.channels(), small.pixels(), scale);
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
            ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
            try (ImageOutputStream out = ImageIO.createImageOutputStream(temp.toFile())) {
                ImageWriteParam param = writer.getDefaultWriteParam();
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(PNG_QUALITY);
                writer.setOutput(out);
                writer.write(null, new IIOImage(img, null, null), param);
            } finally {
                writer.dispose();
            }
        });
    }
}
