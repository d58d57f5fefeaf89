package io.pixelscrub.scrubber.redact.jpeg;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/**
 * One Huffman table (ISO 10918-1 Annex C): the canonical codes for BITS/HUFFVAL, for decoding (F.2.2.3) and encoding.
 * An image-optimized table (libjpeg and dcmtk's default) holds only the symbols its image used, so {@link #canEncode}
 * matters when a redacted block needs a symbol the original image never did.
 */
final class HuffmanTable {
    private final int[] counts;      // BITS: number of codes of length 1..16
    private final int[] symbols;     // HUFFVAL, in code order
    private final int[] maxCode = new int[17];
    private final int[] minCode = new int[17];
    private final int[] valPtr = new int[17];
    private final int[] codeOf = new int[256];
    private final int[] sizeOf = new int[256];   // 0: symbol not in the table

    HuffmanTable(int[] counts, int[] symbols) throws CorruptJpegException {
        if (counts.length != 16 || Arrays.stream(counts).sum() != symbols.length || symbols.length > 256) {
            throw new CorruptJpegException("invalid Huffman table");
        }
        this.counts = counts.clone();
        this.symbols = symbols.clone();
        int code = 0;
        int k = 0;
        for (int len = 1; len <= 16; len++) {
            int n = counts[len - 1];
            valPtr[len] = k;
            minCode[len] = code;
            maxCode[len] = n == 0 ? -1 : code + n - 1;
            for (int i = 0; i < n; i++, k++, code++) {
                int s = symbols[k];
                if (sizeOf[s] != 0) {
                    throw new CorruptJpegException("Huffman table lists a symbol twice");
                }
                codeOf[s] = code;
                sizeOf[s] = len;
            }
            // As libjpeg: the codes of each length must fit in it without the all-ones code.
            if (n > 0 && code >= (1 << len)) {
                throw new CorruptJpegException("invalid Huffman table (code space overflows)");
            }
            code <<= 1;
        }
    }

    /** Parses one table of a DHT segment starting at {@code at}; returns the table, and {@code end[0]} past it. */
    static HuffmanTable parse(byte[] p, int at, boolean dc, int[] end) throws CorruptJpegException {
        if (at + 17 > p.length) {
            throw new CorruptJpegException("truncated Huffman table");
        }
        int[] counts = new int[16];
        int total = 0;
        for (int i = 0; i < 16; i++) {
            counts[i] = p[at + 1 + i] & 0xFF;
            total += counts[i];
        }
        if (total > 256 || at + 17 + total > p.length) {
            throw new CorruptJpegException("truncated Huffman table");
        }
        int[] symbols = new int[total];
        for (int i = 0; i < total; i++) {
            symbols[i] = p[at + 17 + i] & 0xFF;
            if (dc && symbols[i] > 15) {
                throw new CorruptJpegException("DC Huffman table with a symbol above 15");
            }
        }
        end[0] = at + 17 + total;
        return new HuffmanTable(counts, symbols);
    }

    int decode(EntropyReader in) throws CorruptJpegException {
        int code = in.bit();
        for (int len = 1; len <= 16; len++) {
            if (code <= maxCode[len]) {
                return symbols[valPtr[len] + code - minCode[len]];
            }
            if (len < 16) {
                code = (code << 1) | in.bit();
            }
        }
        // libjpeg warns "Corrupt JPEG data: bad Huffman code" here.
        throw new CorruptJpegException("bad Huffman code");
    }

    boolean canEncode(int symbol) {
        return sizeOf[symbol] != 0;
    }

    /** Whether every symbol with a non-zero count has a code. */
    boolean canEncodeAll(int[] frequencies) {
        for (int s = 0; s < 256; s++) {
            if (frequencies[s] > 0 && sizeOf[s] == 0) {
                return false;
            }
        }
        return true;
    }

    void encode(EntropyWriter out, int symbol) {
        if (sizeOf[symbol] == 0) {
            throw new IllegalStateException("symbol " + symbol + " has no Huffman code");
        }
        out.bits(codeOf[symbol], sizeOf[symbol]);
    }

    /** This table as it appears inside a DHT segment: Tc/Th, BITS, HUFFVAL. */
    void writeTo(ByteArrayOutputStream out, int tableClass, int id) {
        out.write((tableClass << 4) | id);
        for (int c : counts) {
            out.write(c);
        }
        for (int s : symbols) {
            out.write(s);
        }
    }

    boolean sameAs(HuffmanTable o) {
        return o != null && Arrays.equals(counts, o.counts) && Arrays.equals(symbols, o.symbols);
    }
}
