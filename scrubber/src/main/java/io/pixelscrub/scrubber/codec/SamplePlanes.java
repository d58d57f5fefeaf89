package io.pixelscrub.scrubber.codec;

import io.pixelscrub.scrubber.dicom.PixelModule;

/**
 * Converts between a frame in the native little-endian layout of uncompressed DICOM (colour-by-pixel or by-plane as
 * the module says) and one int plane of stored values per sample, the form codec libraries take and give.
 * A stored value is the low BitsStored bits of the sample word, sign-extended when PixelRepresentation is 1; bits above
 * BitsStored are not part of it (JPEG 2000 is written with precision BitsStored, as opj_compress always was).
 */
final class SamplePlanes {

    private SamplePlanes() {
    }

    static int[][] fromFrame(byte[] frame, PixelModule m) {
        int spp = m.samplesPerPixel();
        int pixels = m.rows() * m.columns();
        boolean wide = m.bytesPerSample() == 2;
        boolean byPlane = spp > 1 && m.planarConfiguration() == 1;
        int bits = m.bitsStored();
        int mask = bits >= 32 ? -1 : (1 << bits) - 1;
        int shift = 32 - bits;   // sign extension by shifting the stored sign bit to bit 31 and back
        boolean signed = m.pixelRepresentation() == 1;
        int[][] planes = new int[spp][pixels];
        for (int s = 0; s < spp; s++) {
            int[] plane = planes[s];
            for (int p = 0; p < pixels; p++) {
                int i = byPlane ? s * pixels + p : p * spp + s;
                int v = wide ? (frame[2 * i] & 0xFF) | (frame[2 * i + 1] & 0xFF) << 8 : frame[i] & 0xFF;
                v &= mask;
                plane[p] = signed ? v << shift >> shift : v;
            }
        }
        return planes;
    }

    /** Colour-by-pixel frame of the planes' values as sample words (a negative value is its two's complement word). */
    static byte[] toFrame(int[][] planes, PixelModule m) {
        int spp = m.samplesPerPixel();
        int pixels = m.rows() * m.columns();
        boolean wide = m.bytesPerSample() == 2;
        byte[] out = new byte[pixels * spp * m.bytesPerSample()];
        for (int s = 0; s < spp; s++) {
            int[] plane = planes[s];
            for (int p = 0; p < pixels; p++) {
                int i = p * spp + s;
                int v = plane[p];
                if (wide) {
                    out[2 * i] = (byte) v;
                    out[2 * i + 1] = (byte) (v >> 8);
                } else {
                    out[i] = (byte) v;
                }
            }
        }
        return out;
    }
}
