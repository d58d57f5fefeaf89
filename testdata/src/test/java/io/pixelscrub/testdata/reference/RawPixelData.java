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
 * Pixel Data is the last top-level element in these files, apart from an optional
 * (FFFC,FFFC) Data Set Trailing Padding, so we take the last occurrence of the tag whose
 * declared length reaches exactly to the end of the file or to that padding element.
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
                long end = i + header + length;
                if (end == b.length || end < b.length && isTrailingPadding(b, (int) end, explicitVr)) {
                    return Arrays.copyOfRange(b, i + header, (int) end);
                }
            }
        }
        throw new IOException("no last (7FE0,0010) element in " + file);
    }

    /** (FFFC,FFFC) whose length runs to the end of the file. */
    private static boolean isTrailingPadding(byte[] b, int at, boolean explicitVr) {
        int header = explicitVr ? 12 : 8;
        if (at + header > b.length) {
            return false;
        }
        boolean tag = (b[at] & 0xFF) == 0xFC && (b[at + 1] & 0xFF) == 0xFF
                && (b[at + 2] & 0xFF) == 0xFC && (b[at + 3] & 0xFF) == 0xFF;
        long length = ByteBuffer.wrap(b, at + header - 4, 4).order(ByteOrder.LITTLE_ENDIAN).getInt() & 0xFFFFFFFFL;
        return tag && at + header + length == b.length;
    }
}
