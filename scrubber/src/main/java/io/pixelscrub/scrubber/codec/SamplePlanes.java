package io.pixelscrub.scrubber.codec;

import io.pixelscrub.scrubber.dicom.PixelModule;

/**
 * Moves one row of one sample (component) at a time between a frame in the native little-endian layout of uncompressed
 * DICOM (colour-by-pixel or by-plane as the module says) and the int rows codec libraries take and give, so no
 * whole-frame int copy is ever held. A stored value is the low BitsStored bits of the sample word, sign-extended when
 * PixelRepresentation is 1; bits above BitsStored are not part of it (JPEG 2000 is written with precision BitsStored,
 * as opj_compress always was).
 */
final class SamplePlanes {

    private SamplePlanes() {
    }

    /** The stored values of row {@code y} of sample {@code s} into {@code row} (length Columns). */
    static void storedRow(byte[] frame, PixelModule m, int s, int y, int[] row) {
        int spp = m.samplesPerPixel();
        int columns = m.columns();
        boolean byPlane = spp > 1 && m.planarConfiguration() == 1;
        boolean wide = m.bytesPerSample() == 2;
        int bits = m.bitsStored();
        int mask = bits >= 32 ? -1 : (1 << bits) - 1;
        int shift = 32 - bits;   // sign extension: the stored sign bit to bit 31 and back
        boolean signed = m.pixelRepresentation() == 1;
        for (int x = 0; x < columns; x++) {
            int p = y * columns + x;
            int i = byPlane ? s * m.rows() * columns + p : p * spp + s;
            int v = wide ? (frame[2 * i] & 0xFF) | (frame[2 * i + 1] & 0xFF) << 8 : frame[i] & 0xFF;
            v &= mask;
            row[x] = signed ? v << shift >> shift : v;
        }
    }

    /** Row {@code y} of sample {@code s} into a colour-by-pixel frame, as sample words (a negative value as its two's complement). */
    static void putRow(byte[] frame, PixelModule m, int s, int y, int[] row) {
        int spp = m.samplesPerPixel();
        int columns = m.columns();
        boolean wide = m.bytesPerSample() == 2;
        for (int x = 0; x < columns; x++) {
            int i = (y * columns + x) * spp + s;
            int v = row[x];
            if (wide) {
                frame[2 * i] = (byte) v;
                frame[2 * i + 1] = (byte) (v >> 8);
            } else {
                frame[i] = (byte) v;
            }
        }
    }
}
