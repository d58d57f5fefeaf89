package io.pixelscrub.scrubber.codec;

import io.pixelscrub.scrubber.dicom.PixelModule;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;

/** Copies a decoded image's samples into the native little-endian, colour-by-pixel layout of uncompressed DICOM. */
final class RasterLayout {

    private RasterLayout() {
    }

    static byte[] toNative(BufferedImage image, PixelModule m) {
        Raster r = image.getRaster();
        int bands = r.getNumBands();
        if (bands != m.samplesPerPixel() || r.getWidth() != m.columns() || r.getHeight() != m.rows()) {
            throw new IllegalStateException("decoder returned " + r.getWidth() + "x" + r.getHeight() + "x" + bands
                    + ", header says " + m.columns() + "x" + m.rows() + "x" + m.samplesPerPixel());
        }
        int bytes = m.bytesPerSample();
        byte[] out = new byte[m.rows() * m.columns() * bands * bytes];
        int[] row = new int[m.columns() * bands];
        int i = 0;
        for (int y = 0; y < m.rows(); y++) {
            r.getPixels(0, y, m.columns(), 1, row);
            for (int v : row) {
                out[i++] = (byte) v;
                if (bytes == 2) {
                    out[i++] = (byte) (v >> 8);
                }
            }
        }
        return out;
    }
}
