package io.pixelscrub.scrubber.redact.jpeg;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a sequential 8-bit Huffman JPEG stream (SOF0/SOF1) into a {@link ParsedJpeg}. What it calls corrupt, IJG
 * libjpeg rejects or warns about too; what it cannot rewrite (other processes, DNL) is reported as unsupported.
 */
final class JpegParser {
    private final byte[] data;
    private final List<ParsedJpeg.Part> parts = new ArrayList<>();
    private final HuffmanTable[][] tables = new HuffmanTable[2][4];
    private final int[] quantizers = {-1, -1, -1, -1};
    private int restartInterval;
    private FrameHeader frame;
    private Coefficients coefficients;
    private int[] dcQuantizer;
    private boolean[] coded;
    private boolean jfif;
    private int adobeTransform = -1;
    private int pos;

    private JpegParser(byte[] data) {
        this.data = data;
    }

    static ParsedJpeg parse(byte[] jpeg) throws CorruptJpegException, UnsupportedJpegException {
        return new JpegParser(jpeg).run();
    }

    private ParsedJpeg run() throws CorruptJpegException, UnsupportedJpegException {
        if (data.length < 4 || (data[0] & 0xFF) != 0xFF || (data[1] & 0xFF) != Markers.SOI) {
            throw new CorruptJpegException("no SOI marker at the start");
        }
        pos = 2;
        while (true) {
            if (pos >= data.length) {
                // A complete image without its EOI: libjpeg warns and decodes it; nothing is missing for us either.
                requireAllComponentsCoded();
                break;
            }
            int marker = nextMarker();
            if (marker < 0) {
                continue;
            }
            if (marker == Markers.EOI) {
                requireAllComponentsCoded();
                break;
            }
            if ((marker >= Markers.RST0 && marker <= Markers.RST7) || marker == Markers.TEM) {
                continue;   // stand-alone markers outside a scan carry nothing; libjpeg skips them too
            }
            if (marker == Markers.SOI) {
                throw new CorruptJpegException("unexpected " + Markers.hex(marker) + " between marker segments");
            }
            segment(marker, payload());
        }
        return new ParsedJpeg(frame, List.copyOf(parts), coefficients, dcQuantizer, ycbcr());
    }

    /**
     * The next marker code, skipping fill bytes (B.1.1.2) and, as libjpeg's next_marker does, any bytes that are not a
     * marker (it warns about them only beyond what its bit buffer already swallowed); -1 at the end of the data.
     * Skipped bytes decode to nothing, so dropping them changes no pixel.
     */
    private int nextMarker() {
        while (pos + 1 < data.length) {
            if ((data[pos] & 0xFF) == 0xFF) {
                int next = data[pos + 1] & 0xFF;
                if (next != 0 && next != 0xFF) {
                    pos += 2;
                    return next;
                }
            }
            pos++;
        }
        pos = data.length;
        return -1;
    }

    private byte[] payload() throws CorruptJpegException {
        if (pos + 2 > data.length) {
            throw new CorruptJpegException("marker segment runs past the end of the stream");
        }
        int length = FrameHeader.u16(data, pos);
        if (length < 2 || pos + length > data.length) {
            throw new CorruptJpegException("marker segment runs past the end of the stream");
        }
        byte[] p = Arrays.copyOfRange(data, pos + 2, pos + length);
        pos += length;
        return p;
    }

    private void segment(int marker, byte[] p) throws CorruptJpegException, UnsupportedJpegException {
        switch (marker) {
            case Markers.SOF0, Markers.SOF1 -> {
                if (frame != null) {
                    throw new CorruptJpegException("second frame header");
                }
                frame = FrameHeader.parse(marker, p);
                coefficients = new Coefficients(frame);
                dcQuantizer = new int[frame.components().size()];
                Arrays.fill(dcQuantizer, -1);
                coded = new boolean[frame.components().size()];
            }
            case Markers.DHT -> huffmanTables(p);
            case Markers.DQT -> quantizationTables(p);
            case Markers.DRI -> {
                if (p.length != 2) {
                    throw new CorruptJpegException("invalid DRI segment");
                }
                restartInterval = FrameHeader.u16(p, 0);
            }
            case Markers.SOS -> {
                scan(p);
                return;   // the scan records itself
            }
            case Markers.DNL -> throw new UnsupportedJpegException("DNL marker");
            case Markers.DAC -> throw new UnsupportedJpegException("arithmetic coding (DAC)");
            case Markers.DHP, Markers.EXP -> throw new UnsupportedJpegException("hierarchical JPEG");
            default -> other(marker, p);
        }
        parts.add(new ParsedJpeg.Segment(marker, p));
    }

    private void other(int marker, byte[] p) throws CorruptJpegException, UnsupportedJpegException {
        String process = Markers.unsupportedFrame(marker);
        if (process != null) {
            throw new UnsupportedJpegException(process);
        }
        if (marker == Markers.APP0 && startsWith(p, "JFIF\0")) {
            jfif = true;
        } else if (marker == Markers.APP14 && startsWith(p, "Adobe") && p.length >= 12) {
            adobeTransform = p[11] & 0xFF;
        } else if (!(marker >= Markers.APP0 && marker <= Markers.APP15) && marker != Markers.COM) {
            if (marker >= 0xC0) {
                throw new UnsupportedJpegException("JPEG extension marker " + Markers.hex(marker));
            }
            throw new CorruptJpegException("reserved marker " + Markers.hex(marker));
        }
    }

    private void huffmanTables(byte[] p) throws CorruptJpegException {
        int at = 0;
        int[] end = new int[1];
        while (at < p.length) {
            int tc = (p[at] & 0xFF) >> 4;
            int th = p[at] & 0x0F;
            if (tc > 1 || th > 3) {
                throw new CorruptJpegException("invalid Huffman table class or identifier");
            }
            tables[tc][th] = HuffmanTable.parse(p, at, tc == 0, end);
            at = end[0];
        }
    }

    private void quantizationTables(byte[] p) throws CorruptJpegException {
        int at = 0;
        while (at < p.length) {
            int pq = (p[at] & 0xFF) >> 4;
            int tq = p[at] & 0x0F;
            int size = pq == 0 ? 64 : 128;
            if (pq > 1 || tq > 3 || at + 1 + size > p.length) {
                throw new CorruptJpegException("invalid quantization table");
            }
            quantizers[tq] = pq == 0 ? p[at + 1] & 0xFF : FrameHeader.u16(p, at + 1);
            at += 1 + size;
        }
    }

    private void scan(byte[] p) throws CorruptJpegException {
        if (frame == null) {
            throw new CorruptJpegException("scan before the frame header");
        }
        ScanHeader header = ScanHeader.parse(p, frame);
        int n = header.components().size();
        HuffmanTable[] dc = new HuffmanTable[n];
        HuffmanTable[] ac = new HuffmanTable[n];
        for (int i = 0; i < n; i++) {
            ScanHeader.ScanComponent sc = header.components().get(i);
            dc[i] = tables[0][sc.dcTable()];
            ac[i] = tables[1][sc.acTable()];
            if (dc[i] == null || ac[i] == null) {
                throw new CorruptJpegException("scan uses an undefined Huffman table");
            }
            int c = sc.frameIndex();
            if (dcQuantizer[c] < 0) {
                // libjpeg latches a component's quantization table when its first scan starts.
                dcQuantizer[c] = quantizers[frame.components().get(c).quantTable()];
                if (dcQuantizer[c] < 0) {
                    throw new CorruptJpegException("scan uses an undefined quantization table");
                }
            }
            coded[c] = true;
        }
        pos = ScanCoder.decode(data, pos, frame, header, dc, ac, restartInterval, coefficients);
        parts.add(new ParsedJpeg.Scan(header, p, dc, ac, restartInterval));
    }

    private void requireAllComponentsCoded() throws CorruptJpegException {
        if (frame == null) {
            throw new CorruptJpegException("no frame header");
        }
        for (boolean c : coded) {
            if (!c) {
                throw new CorruptJpegException("stream ends before every component is coded");
            }
        }
    }

    /** IJG libjpeg 6b's rule (jdapimin.c) for what a 3-component stream holds. */
    private boolean ycbcr() {
        if (frame.components().size() != 3) {
            return false;
        }
        if (jfif) {
            return true;
        }
        if (adobeTransform >= 0) {
            return adobeTransform != 0;
        }
        List<FrameHeader.Component> c = frame.components();
        return !(c.get(0).id() == 'R' && c.get(1).id() == 'G' && c.get(2).id() == 'B');
    }

    private static boolean startsWith(byte[] p, String s) {
        byte[] b = s.getBytes(StandardCharsets.US_ASCII);
        return p.length >= b.length && Arrays.equals(Arrays.copyOf(p, b.length), b);
    }
}
