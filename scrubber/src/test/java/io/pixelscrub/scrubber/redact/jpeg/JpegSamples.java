package io.pixelscrub.scrubber.redact.jpeg;

import io.pixelscrub.testdata.synthetic.jpeg.JpegBaselineCase;
import io.pixelscrub.testdata.synthetic.jpeg.JpegBaselineWriter;
import io.pixelscrub.testdata.synthetic.jpeg.Sampling;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * JPEG streams from the JDK's IJG libjpeg (ImageIO), and that same libjpeg as a second decoder: no external tool, so
 * these codec tests run everywhere. Its warnings are libjpeg's "Corrupt JPEG data: ..." messages.
 */
final class JpegSamples {

    private JpegSamples() {
    }

    static byte[] encode(int w, int h, Sampling s, int quality, int restartInterval, boolean optimized, long seed) {
        try {
            return JpegBaselineWriter.imageIoJpeg(new JpegBaselineCase(w, h, s, quality, restartInterval,
                    JpegBaselineCase.Encoder.IMAGEIO, optimized, false, seed));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The decoded first band (luma or grey), without colour conversion, and libjpeg's warnings while decoding. */
    record Decoded(int width, int height, int[] luma, List<String> warnings) {
        int at(int x, int y) {
            return luma[y * width + x];
        }
    }

    static Decoded decode(byte[] jpeg) {
        List<String> warnings = new ArrayList<>();
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(jpeg))) {
            ImageReader r = ImageIO.getImageReadersByFormatName("jpeg").next();
            try {
                r.setInput(in);
                r.addIIOReadWarningListener((source, message) -> warnings.add(message));
                java.awt.image.Raster raster = r.readRaster(0, null);
                int w = raster.getWidth();
                int h = raster.getHeight();
                return new Decoded(w, h, raster.getSamples(0, 0, w, h, 0, new int[w * h]), warnings);
            } finally {
                r.dispose();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many DHT segments a stream has. */
    static int dhtSegments(byte[] jpeg) {
        int n = 0;
        for (int i = 0; i + 1 < jpeg.length; i++) {
            if ((jpeg[i] & 0xFF) == 0xFF && (jpeg[i + 1] & 0xFF) == Markers.DHT) {
                n++;
            }
        }
        return n;
    }

    /** Index of the first 0xFF{marker}, or -1. */
    static int find(byte[] jpeg, int marker) {
        for (int i = 0; i + 1 < jpeg.length; i++) {
            if ((jpeg[i] & 0xFF) == 0xFF && (jpeg[i + 1] & 0xFF) == marker) {
                return i;
            }
        }
        return -1;
    }
}
