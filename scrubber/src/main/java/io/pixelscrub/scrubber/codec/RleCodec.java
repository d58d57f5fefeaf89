package io.pixelscrub.scrubber.codec;

import io.pixelscrub.scrubber.dicom.InvalidDicomException;
import io.pixelscrub.scrubber.dicom.PixelModule;

/**
 * DICOM RLE Lossless (PS3.5 Annex G) in plain Java: a 64-byte header (segment count, then up to 15 segment offsets,
 * little-endian), then one PackBits segment per byte plane: for each sample in turn (red, green, blue), its most
 * significant byte first. The format is a byte-wise run-length code that fits in a page, and PixelMed's decoder
 * (about 7 ms per 640x480 frame, against under 1 ms here) and dcmtk's dcmcrle (a child process and two temporary files
 * per file) cost more than the codec itself on ultrasound cines, the files RLE is most used for. Checked both ways
 * against dcmtk's dcmcrle and dcmdrle ({@code InProcessCodecTest}).
 */
final class RleCodec implements FrameCompressor, FrameDecompressor {
    static final RleCodec INSTANCE = new RleCodec();

    private static final int HEADER = 64;
    private static final int MAX_SEGMENTS = 15;
    /** PackBits moves at most 128 bytes per run or literal. */
    private static final int MAX_RUN = 128;
    /** Bytes a segment may carry after its last pixel: the pad to an even length, and a little slack for encoders. */
    private static final int MAX_PADDING = 3;

    private RleCodec() {
    }

    /** Layouts RLE can carry: one segment per sample byte, at most 15, and no 4:2:2 subsampling (RLE is full YBR). */
    static boolean supports(PixelModule m) {
        return !m.isSubsampled422() && m.bitsAllocated() % 8 == 0 && m.bitsAllocated() > 0
                && segments(m) <= MAX_SEGMENTS;
    }

    private static int segments(PixelModule m) {
        return m.samplesPerPixel() * (m.bitsAllocated() / 8);
    }

    @Override
    public byte[] decompress(byte[] codestream, PixelModule m) throws InvalidDicomException {
        if (!supports(m)) {
            throw new InvalidDicomException("RLE cannot carry " + m.samplesPerPixel() + " samples of " + m.bitsAllocated() + " bits");
        }
        if (codestream.length < HEADER) {
            throw new InvalidDicomException("RLE frame of " + codestream.length + " bytes has no 64-byte header");
        }
        int count = readInt(codestream, 0);
        int expected = segments(m);
        // Checked before anything is allocated for the pixels: the header, not the stream, decides the size.
        if (count != expected) {
            throw new InvalidDicomException("RLE frame has " + count + " segment(s), the header says "
                    + m.samplesPerPixel() + " sample(s) of " + m.bitsAllocated() + " bits (" + expected + ")");
        }
        int pixels = m.rows() * m.columns();
        int bytesPerSample = m.bitsAllocated() / 8;
        int spp = m.samplesPerPixel();
        byte[] out = new byte[m.bytesPerFrame()];
        byte[] plane = new byte[pixels];
        for (int s = 0; s < count; s++) {
            int start = readInt(codestream, 4 + 4 * s);
            int end = s + 1 < count ? readInt(codestream, 4 + 4 * (s + 1)) : codestream.length;
            if (start < HEADER || end > codestream.length || end < start) {
                throw new InvalidDicomException("RLE segment " + (s + 1) + " lies outside the frame (offsets " + start + ", " + end + ")");
            }
            unpack(codestream, start, end, plane, s + 1);
            int sample = s / bytesPerSample;
            int byteInWord = bytesPerSample - 1 - s % bytesPerSample;   // most significant byte first; words are LE
            scatter(plane, out, sample, byteInWord, spp, bytesPerSample, pixels, m.planarConfiguration() == 1);
        }
        return out;
    }

    @Override
    public byte[] compress(byte[] frame, PixelModule m) throws InvalidDicomException {
        if (!supports(m) || frame.length != m.bytesPerFrame()) {
            throw new InvalidDicomException("RLE encoder cannot take this frame layout");
        }
        int count = segments(m);
        int pixels = m.rows() * m.columns();
        int bytesPerSample = m.bitsAllocated() / 8;
        int spp = m.samplesPerPixel();
        byte[] plane = new byte[pixels];
        // The worst case: every row all literals (one count byte per 128), plus a pad byte per segment.
        long worst = HEADER + (long) count * ((long) m.rows() * (m.columns() + (m.columns() + MAX_RUN - 1) / MAX_RUN) + 1);
        if (worst > Integer.MAX_VALUE - 16) {
            throw new InvalidDicomException("RLE frame of " + worst + " bytes at worst is too large");
        }
        Sink out = new Sink(new byte[(int) worst]);
        writeInt(out.buf, 0, count);
        out.pos = HEADER;
        for (int s = 0; s < count; s++) {
            writeInt(out.buf, 4 + 4 * s, out.pos);
            gather(frame, plane, s / bytesPerSample, bytesPerSample - 1 - s % bytesPerSample, spp, bytesPerSample, pixels,
                    m.planarConfiguration() == 1);
            // Rows are coded separately, as PS3.5 G.3.1 asks: no run crosses a row's end.
            for (int row = 0; row < m.rows(); row++) {
                pack(plane, row * m.columns(), m.columns(), out);
            }
            if (out.pos % 2 == 1) {
                out.buf[out.pos++] = 0;   // segments are padded to an even length
            }
        }
        return java.util.Arrays.copyOf(out.buf, out.pos);
    }

    /** Where the encoder writes: a buffer sized for the worst case, and the next free byte. */
    private static final class Sink {
        final byte[] buf;
        int pos;

        Sink(byte[] buf) {
            this.buf = buf;
        }
    }

    /** Decodes one PackBits segment into {@code plane}, which it must fill exactly (a pad byte or two may follow). */
    private static void unpack(byte[] in, int from, int end, byte[] plane, int segment) throws InvalidDicomException {
        int at = from;
        int filled = 0;
        while (filled < plane.length) {
            if (at >= end) {
                throw new InvalidDicomException("RLE segment " + segment + " ends after " + filled + " of the "
                        + plane.length + " bytes the header says");
            }
            int n = in[at++];
            if (n >= 0) {
                int len = n + 1;
                if (at + len > end || filled + len > plane.length) {
                    throw new InvalidDicomException("RLE segment " + segment + " has a literal run past its end");
                }
                System.arraycopy(in, at, plane, filled, len);
                at += len;
                filled += len;
            } else if (n != -128) {
                int len = 1 - n;
                if (at >= end || filled + len > plane.length) {
                    throw new InvalidDicomException("RLE segment " + segment + " has a repeat run past its end");
                }
                byte v = in[at++];
                java.util.Arrays.fill(plane, filled, filled + len, v);
                filled += len;
            }
        }
        // What is left may be padding; more means the stream holds a larger picture than the header says.
        if (end - at > MAX_PADDING) {
            throw new InvalidDicomException("RLE segment " + segment + " holds " + (end - at)
                    + " bytes more than the rows x columns the header says");
        }
    }

    /** PackBits of {@code len} bytes from {@code from}: runs of 3 or more repeat, the rest go as literals. */
    private static void pack(byte[] plane, int from, int len, Sink out) {
        int end = from + len;
        int i = from;
        int literalStart = from;
        while (i < end) {
            int run = 1;
            while (i + run < end && run < MAX_RUN && plane[i + run] == plane[i]) {
                run++;
            }
            if (run >= 3) {
                literals(plane, literalStart, i, out);
                out.buf[out.pos++] = (byte) (1 - run);
                out.buf[out.pos++] = plane[i];
                i += run;
                literalStart = i;
            } else {
                i += run;
            }
        }
        literals(plane, literalStart, end, out);
    }

    private static void literals(byte[] plane, int from, int to, Sink out) {
        for (int at = from; at < to; at += MAX_RUN) {
            int n = Math.min(MAX_RUN, to - at);
            out.buf[out.pos++] = (byte) (n - 1);
            System.arraycopy(plane, at, out.buf, out.pos, n);
            out.pos += n;
        }
    }

    /** One byte plane into the frame's words: sample {@code sample}, byte {@code byteInWord} of each little-endian word. */
    private static void scatter(byte[] plane, byte[] frame, int sample, int byteInWord, int spp, int bytesPerSample,
                                int pixels, boolean byPlane) {
        int stride = byPlane ? bytesPerSample : spp * bytesPerSample;
        int at = (byPlane ? sample * pixels * bytesPerSample : sample * bytesPerSample) + byteInWord;
        if (stride == 1) {
            System.arraycopy(plane, 0, frame, at, pixels);
            return;
        }
        for (int p = 0; p < pixels; p++, at += stride) {
            frame[at] = plane[p];
        }
    }

    private static void gather(byte[] frame, byte[] plane, int sample, int byteInWord, int spp, int bytesPerSample,
                               int pixels, boolean byPlane) {
        int stride = byPlane ? bytesPerSample : spp * bytesPerSample;
        int at = (byPlane ? sample * pixels * bytesPerSample : sample * bytesPerSample) + byteInWord;
        if (stride == 1) {
            System.arraycopy(frame, at, plane, 0, pixels);
            return;
        }
        for (int p = 0; p < pixels; p++, at += stride) {
            plane[p] = frame[at];
        }
    }

    private static int readInt(byte[] b, int at) {
        long v = (b[at] & 0xFFL) | (b[at + 1] & 0xFFL) << 8 | (b[at + 2] & 0xFFL) << 16 | (b[at + 3] & 0xFFL) << 24;
        return v > Integer.MAX_VALUE ? -1 : (int) v;
    }

    private static void writeInt(byte[] b, int at, int v) {
        b[at] = (byte) v;
        b[at + 1] = (byte) (v >> 8);
        b[at + 2] = (byte) (v >> 16);
        b[at + 3] = (byte) (v >> 24);
    }
}
