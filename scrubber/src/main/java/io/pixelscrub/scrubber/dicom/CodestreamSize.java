package io.pixelscrub.scrubber.dicom;

import java.io.IOException;

/**
 * The image size a compressed frame states in its own header (JPEG and JPEG-LS start of frame, JPEG 2000 SIZ; for RLE
 * the number of segments), held against Rows, Columns, SamplesPerPixel and BitsAllocated before anything is decoded.
 * A header that disagrees with its pixel data is refused even when nothing would be decoded (a run without text
 * detection), so a lying header is never released as clean.
 */
public final class CodestreamSize {

    private static final int HEAD = 1 << 16;

    private CodestreamSize() {
    }

    static void check(EncapsulatedPixelData pixels, PixelModule m, String ts) throws InvalidDicomException, IOException {
        checkFrame(pixels.readHead(0, HEAD), m, ts);
    }

    /**
     * The same check on any one frame's codestream (or its head), for paths that read a frame without a decoder in
     * front: the JPEG block rewriter sizes its coefficient buffers from the frame's own header, so a later frame that
     * claims 65535x65535 must be refused before that, not after.
     */
    public static void checkFrame(byte[] head, PixelModule m, String ts) throws InvalidDicomException {
        if (TransferSyntaxes.RLE.equals(ts)) {
            checkRle(head, m);
            return;
        }
        int[] size = TransferSyntaxes.isJpeg2000(ts) ? jpeg2000(head) : jpeg(head);
        if (size != null && size[1] > 0 && (size[0] != m.columns() || size[1] != m.rows())) {
            throw new InvalidDicomException("the compressed frame is " + size[0] + "x" + size[1] + ", the header says "
                    + m.columns() + "x" + m.rows() + ": Rows or Columns is wrong");
        }
    }

    /** PS3.5 G.5: one segment per byte of every sample. */
    private static void checkRle(byte[] head, PixelModule m) throws InvalidDicomException {
        if (head.length < 64) {
            throw new InvalidDicomException("RLE frame shorter than its 64-byte header");
        }
        long segments = u32le(head, 0);
        long expected = (long) m.samplesPerPixel() * m.bytesPerSample();
        if (segments != expected) {
            throw new InvalidDicomException("RLE frame has " + segments + " segment(s), the header's SamplesPerPixel and "
                    + "BitsAllocated need " + expected);
        }
    }

    /** {columns, rows} from the first start-of-frame marker (any JPEG process, JPEG-LS SOF55), or null if none is seen. */
    private static int[] jpeg(byte[] b) {
        if (b.length < 4 || (b[0] & 0xFF) != 0xFF || (b[1] & 0xFF) != 0xD8) {
            return null;
        }
        int pos = 2;
        while (pos + 4 <= b.length) {
            if ((b[pos] & 0xFF) != 0xFF) {
                return null;
            }
            int marker = b[pos + 1] & 0xFF;
            if (marker == 0xFF) {
                pos++;   // fill byte
                continue;
            }
            if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD9)) {
                pos += 2;
                continue;
            }
            int length = u16be(b, pos + 2);
            boolean sof = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
            if ((sof || marker == 0xF7) && pos + 9 <= b.length) {
                return new int[] {u16be(b, pos + 7), u16be(b, pos + 5)};
            }
            if (marker == 0xDA) {
                return null;   // scan data before any frame header: leave it to the decoder
            }
            pos += 2 + length;
        }
        return null;
    }

    /** {columns, rows} from the SIZ marker that follows SOC in a raw code-stream (a JP2 file is left to the decoder). */
    private static int[] jpeg2000(byte[] b) {
        if (b.length < 4 + 38 || u16be(b, 0) != 0xFF4F || u16be(b, 2) != 0xFF51) {
            return null;
        }
        long xsiz = u32be(b, 8);
        long ysiz = u32be(b, 12);
        long xo = u32be(b, 16);
        long yo = u32be(b, 20);
        return new int[] {(int) (xsiz - xo), (int) (ysiz - yo)};
    }

    private static int u16be(byte[] b, int off) {
        return (b[off] & 0xFF) << 8 | (b[off + 1] & 0xFF);
    }

    private static long u32be(byte[] b, int off) {
        return (long) u16be(b, off) << 16 | u16be(b, off + 2);
    }

    private static long u32le(byte[] b, int off) {
        return (b[off] & 0xFFL) | (b[off + 1] & 0xFFL) << 8 | (b[off + 2] & 0xFFL) << 16 | (b[off + 3] & 0xFFL) << 24;
    }
}
