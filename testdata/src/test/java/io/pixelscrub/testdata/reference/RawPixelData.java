package io.pixelscrub.testdata.reference;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reads the Pixel Data value of an uncompressed little-endian file straight from its bytes,
 * with no DICOM library and no dcmtk, as the independent "known values" for tests.
 * Pixel Data is the last top-level element in these files, so we take the last occurrence of
 * the tag whose declared length reaches exactly to the end of the file.
 */
final class RawPixelData {
    private RawPixelData() {
    }

    static byte[] read(Path file, boolean explicitVr) throws IOException {
        byte[] b = Files.readAllBytes(file);
        int header = explicitVr ? 12 : 8; // tag + (VR + 2 reserved) + 4-byte length
        for (int i = b.length - header; i >= 0; i--) {
            if ((b[i] & 0xFF) == 0xE0 && b[i + 1] == 0x7F && b[i + 2] == 0x10 && b[i + 3] == 0x00) {
                if (explicitVr && !(b[i + 4] == 'O' && (b[i + 5] == 'W' || b[i + 5] == 'B'))) {
                    continue;
                }
                long length = ByteBuffer.wrap(b, i + header - 4, 4).order(ByteOrder.LITTLE_ENDIAN).getInt() & 0xFFFFFFFFL;
                if (i + header + length == b.length) {
                    return Arrays.copyOfRange(b, i + header, b.length);
                }
            }
        }
        throw new IOException("no trailing (7FE0,0010) element in " + file);
    }
}
