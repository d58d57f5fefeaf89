package io.pixelscrub.testdata.reference;

import java.util.Arrays;

/**
 * Pixel data as decoded by an external reference tool, plus the image attributes that the
 * decoded (native, explicit little endian) file carries. The attributes are those of the
 * decoded output, so e.g. PhotometricInterpretation may differ from the compressed input.
 *
 * @param pixelData native little-endian pixel bytes of all frames, in file order
 */
public record ReferenceImage(int rows, int columns, int frames, int samplesPerPixel,
                             int bitsAllocated, int bitsStored, int pixelRepresentation,
                             int planarConfiguration, String photometricInterpretation,
                             byte[] pixelData) {

    public int bytesPerSample() {
        return (bitsAllocated + 7) / 8;
    }

    /**
     * Native YBR_FULL_422 keeps two luma and one Cb/Cr pair per two pixels (PS3.5 8.2.3), so
     * a frame holds 2 samples per pixel instead of 3. Decoders never produce it (they upsample),
     * but an uncompressed file may store it.
     */
    public boolean isSubsampled422() {
        return "YBR_FULL_422".equals(photometricInterpretation) && samplesPerPixel == 3;
    }

    /** Expected length of one frame's native bytes, from the attributes alone. */
    public int frameLength() {
        int samplesPerFrame = isSubsampled422()
                ? rows * columns * 2
                : rows * columns * samplesPerPixel;
        return samplesPerFrame * bytesPerSample();
    }

    /** Copy of one frame's bytes (0-based frame index). */
    public byte[] frameBytes(int frame) {
        checkIndex(frame, frames, "frame");
        int from = frame * frameLength();
        return Arrays.copyOfRange(pixelData, from, from + frameLength());
    }

    /**
     * The stored value exactly as the file holds it in its BitsAllocated-wide cell: bits above
     * BitsStored (e.g. embedded overlay planes) are kept. For pixelRepresentation 1 the full cell
     * is read as two's complement (8 or 16 bit), which is only meaningful when bits above
     * BitsStored are a sign extension; use {@link #storedValue} for the value in BitsStored.
     */
    public int sample(int frame, int row, int col, int sampleIndex) {
        int cell = cell(frame, row, col, sampleIndex);
        if (pixelRepresentation == 1) {
            return bitsAllocated == 8 ? (byte) cell : (short) cell;
        }
        return cell;
    }

    /**
     * The value restricted to BitsStored (HighBit assumed = BitsStored - 1, as in all our data),
     * sign-extended from bit BitsStored - 1 when pixelRepresentation is 1.
     */
    public int storedValue(int frame, int row, int col, int sampleIndex) {
        int cell = cell(frame, row, col, sampleIndex);
        int masked = cell & ((1 << bitsStored) - 1);
        if (pixelRepresentation == 1 && (masked & (1 << (bitsStored - 1))) != 0) {
            masked -= 1 << bitsStored;
        }
        return masked;
    }

    /** Unsigned content of one BitsAllocated-wide cell. */
    private int cell(int frame, int row, int col, int sampleIndex) {
        checkIndex(frame, frames, "frame");
        checkIndex(row, rows, "row");
        checkIndex(col, columns, "col");
        checkIndex(sampleIndex, samplesPerPixel, "sampleIndex");
        int index = frame * (frameLength() / bytesPerSample()) + sampleOffset(row, col, sampleIndex);
        if (bitsAllocated == 8) {
            return pixelData[index] & 0xFF;
        }
        if (bitsAllocated == 16) {
            int b = index * 2;
            return (pixelData[b] & 0xFF) | (pixelData[b + 1] & 0xFF) << 8;
        }
        throw new UnsupportedOperationException("BitsAllocated " + bitsAllocated);
    }

    /** Sample index (not byte index) of a sample within its frame. */
    private int sampleOffset(int row, int col, int sampleIndex) {
        int pixel = row * columns + col;
        if (isSubsampled422()) {
            // Y0 Y1 Cb Cr for each horizontal pixel pair; chroma shared by the pair.
            int pair = pixel / 2;
            return sampleIndex == 0 ? pair * 4 + (pixel % 2) : pair * 4 + 1 + sampleIndex;
        }
        if (planarConfiguration == 1) {
            return sampleIndex * rows * columns + pixel;
        }
        return pixel * samplesPerPixel + sampleIndex;
    }

    private static void checkIndex(int value, int limit, String what) {
        if (value < 0 || value >= limit) {
            throw new IndexOutOfBoundsException(what + " " + value + " not in [0," + limit + ")");
        }
    }

    @Override
    public String toString() {
        return "ReferenceImage[" + rows + "x" + columns + "x" + frames + ", spp=" + samplesPerPixel
                + ", bits=" + bitsAllocated + "/" + bitsStored + ", pixrep=" + pixelRepresentation
                + ", planar=" + planarConfiguration + ", " + photometricInterpretation
                + ", " + pixelData.length + " bytes]";
    }
}
