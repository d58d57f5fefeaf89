package io.pixelscrub.scrubber.redact.jpeg;

import java.util.Arrays;

/**
 * Huffman decoding of a sequential scan into coefficients (F.2.2), and the reverse walk that turns coefficients back into
 * symbols (F.1.2) for counting or writing. DC values are differences from the previous block of the same component,
 * reset to 0 at every restart marker; that is why flattening one block changes the symbol coded for the next one.
 */
final class ScanCoder {
    /**
     * Far above any 8-bit stream (|DC| <= 1024 there), yet low enough that the difference to a fill value always has a
     * DC category of at most 15, so whatever we accept we can code again.
     */
    private static final int MAX_DC = 16383;

    private ScanCoder() {
    }

    /** Decodes the entropy-coded data starting at {@code start}; returns the position just after it. */
    static int decode(byte[] data, int start, FrameHeader frame, ScanHeader scan, HuffmanTable[] dc, HuffmanTable[] ac,
                      int restartInterval, Coefficients coefficients) throws CorruptJpegException {
        ScanLayout layout = new ScanLayout(frame, scan);
        EntropyReader in = new EntropyReader(data, start);
        int[] pred = new int[scan.components().size()];
        int restarts = 0;
        for (int m = 0; m < layout.mcuCount(); m++) {
            if (restartInterval > 0 && m > 0 && m % restartInterval == 0) {
                in.restart(restarts++);
                Arrays.fill(pred, 0);
            }
            for (int e = 0; e < layout.blocksPerMcu(); e++) {
                int sc = layout.scanComponent(e);
                int c = scan.components().get(sc).frameIndex();
                short[] b = coefficients.component(c);
                int off = coefficients.offset(c, layout.blockX(m, e), layout.blockY(m, e));
                Arrays.fill(b, off, off + 64, (short) 0);
                int s = dc[sc].decode(in);
                pred[sc] += EntropyReader.extend(in.bits(s), s);
                if (Math.abs(pred[sc]) > MAX_DC) {
                    throw new CorruptJpegException("DC coefficient out of range");
                }
                b[off] = (short) pred[sc];
                for (int k = 1; k < 64; k++) {
                    int rs = ac[sc].decode(in);
                    int run = rs >> 4;
                    int size = rs & 0x0F;
                    if (size == 0) {
                        if (run != 15) {
                            break;   // EOB
                        }
                        k += 15;     // ZRL: sixteen zeros
                        continue;
                    }
                    k += run;
                    int value = EntropyReader.extend(in.bits(size), size);
                    if (k > 63) {
                        // A run past the block's end: libjpeg puts the value in the last position and ends the block;
                        // doing the same keeps our coefficients equal to what dcmtk shows for such a stream.
                        b[off + 63] = (short) value;
                        break;
                    }
                    b[off + k] = (short) value;
                }
            }
        }
        in.alignToByte();
        return in.position();
    }

    /** Emits the scan's symbols for the given coefficients, in coding order, with restart markers every interval. */
    static void walk(FrameHeader frame, ScanHeader scan, int restartInterval, Coefficients coefficients, SymbolSink sink) {
        ScanLayout layout = new ScanLayout(frame, scan);
        int[] pred = new int[scan.components().size()];
        int restarts = 0;
        for (int m = 0; m < layout.mcuCount(); m++) {
            if (restartInterval > 0 && m > 0 && m % restartInterval == 0) {
                sink.restart(restarts++);
                Arrays.fill(pred, 0);
            }
            for (int e = 0; e < layout.blocksPerMcu(); e++) {
                int sc = layout.scanComponent(e);
                int c = scan.components().get(sc).frameIndex();
                short[] b = coefficients.component(c);
                int off = coefficients.offset(c, layout.blockX(m, e), layout.blockY(m, e));
                int diff = b[off] - pred[sc];
                pred[sc] = b[off];
                int s = category(diff);
                if (s > 15) {
                    throw new IllegalStateException("DC difference too large to code");
                }
                sink.symbol(0, sc, s);
                sink.extraBits(diff < 0 ? diff - 1 : diff, s);
                int run = 0;
                for (int k = 1; k < 64; k++) {
                    int value = b[off + k];
                    if (value == 0) {
                        run++;
                        continue;
                    }
                    while (run > 15) {
                        sink.symbol(1, sc, 0xF0);
                        run -= 16;
                    }
                    int size = category(value);
                    sink.symbol(1, sc, (run << 4) | size);
                    sink.extraBits(value < 0 ? value - 1 : value, size);
                    run = 0;
                }
                if (run > 0) {
                    sink.symbol(1, sc, 0x00);
                }
            }
        }
    }

    /** SSSS: the number of bits of |v| (Table F.1 / F.2). */
    static int category(int v) {
        return 32 - Integer.numberOfLeadingZeros(Math.abs(v));
    }
}
