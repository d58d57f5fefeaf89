package io.pixelscrub.scrubber.redact.jpeg;

/**
 * Reads the bits of entropy-coded data (ISO 10918-1 F.2.2.5): a stuffed 0xFF00 is one 0xFF byte, any other 0xFF is a
 * marker that ends the segment. Running into a marker while bits are still needed is the truncation libjpeg reports as
 * "premature end of data segment".
 */
final class EntropyReader {
    private final byte[] data;
    private int pos;
    private int current;
    private int bitsLeft;

    EntropyReader(byte[] data, int start) {
        this.data = data;
        this.pos = start;
    }

    int bit() throws CorruptJpegException {
        if (bitsLeft == 0) {
            fetch();
        }
        bitsLeft--;
        return (current >> bitsLeft) & 1;
    }

    /** {@code n} raw bits, most significant first (n = 0 gives 0). */
    int bits(int n) throws CorruptJpegException {
        int v = 0;
        for (int i = 0; i < n; i++) {
            v = (v << 1) | bit();
        }
        return v;
    }

    /** Table F.12 EXTEND: the signed value of an n-bit magnitude category. */
    static int extend(int v, int n) {
        return n == 0 ? 0 : v < (1 << (n - 1)) ? v - (1 << n) + 1 : v;
    }

    /** Drops the padding bits of the current byte, as at a restart marker or the end of a scan. */
    void alignToByte() {
        bitsLeft = 0;
    }

    /** Where the next unread byte is; after {@link #alignToByte} that is where the next marker should start. */
    int position() {
        return pos;
    }

    /**
     * Consumes the restart marker {@code RSTn} expected here. Bytes before it that are no marker are skipped, as
     * libjpeg does (fill bytes are legal; anything else it at most warns about); another marker is a broken sequence.
     */
    void restart(int n) throws CorruptJpegException {
        alignToByte();
        while (pos + 1 < data.length) {
            int next = data[pos + 1] & 0xFF;
            if ((data[pos] & 0xFF) == 0xFF && next != 0 && next != 0xFF) {
                if (next != Markers.RST0 + (n & 7)) {
                    break;
                }
                pos += 2;
                return;
            }
            pos++;
        }
        throw new CorruptJpegException("restart marker missing or out of sequence");
    }

    private void fetch() throws CorruptJpegException {
        if (pos >= data.length) {
            throw new CorruptJpegException("entropy-coded data runs past the end of the stream");
        }
        int b = data[pos] & 0xFF;
        if (b == 0xFF) {
            if (pos + 1 < data.length && data[pos + 1] == 0) {
                pos += 2;
            } else {
                throw new CorruptJpegException("entropy-coded data ends before the last block (premature end of data segment)");
            }
        } else {
            pos++;
        }
        current = b;
        bitsLeft = 8;
    }
}
