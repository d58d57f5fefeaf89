package io.pixelscrub.scrubber.redact.jpeg;

/**
 * An optimal Huffman table for given symbol frequencies, limited to 16-bit codes without the all-ones code
 * (ISO 10918-1 Annex K.2, the procedure libjpeg's jpeg_gen_optimal_table follows).
 */
final class HuffmanTableBuilder {
    private static final int MAX_CODE_LENGTH = 32;

    private HuffmanTableBuilder() {
    }

    static HuffmanTable build(int[] frequencies) {
        long[] freq = new long[257];
        for (int i = 0; i < 256; i++) {
            freq[i] = frequencies[i];
        }
        freq[256] = 1;   // a reserved symbol, so no real code is all ones (K.2)
        int[] codeSize = new int[257];
        int[] others = new int[257];
        java.util.Arrays.fill(others, -1);
        while (true) {
            int c1 = smallest(freq, -1);
            int c2 = smallest(freq, c1);
            if (c2 < 0) {
                break;
            }
            freq[c1] += freq[c2];
            freq[c2] = 0;
            codeSize[c1]++;
            while (others[c1] >= 0) {
                c1 = others[c1];
                codeSize[c1]++;
            }
            others[c1] = c2;
            codeSize[c2]++;
            while (others[c2] >= 0) {
                c2 = others[c2];
                codeSize[c2]++;
            }
        }
        int[] bits = new int[MAX_CODE_LENGTH + 1];
        for (int i = 0; i <= 256; i++) {
            if (codeSize[i] > 0) {
                if (codeSize[i] > MAX_CODE_LENGTH) {
                    throw new IllegalStateException("Huffman code length overflow");
                }
                bits[codeSize[i]]++;
            }
        }
        // Figure K.3: move codes longer than 16 bits up the tree.
        for (int i = MAX_CODE_LENGTH; i > 16; i--) {
            while (bits[i] > 0) {
                int j = i - 2;
                while (bits[j] == 0) {
                    j--;
                }
                bits[i] -= 2;
                bits[i - 1]++;
                bits[j + 1] += 2;
                bits[j]--;
            }
        }
        int longest = 16;
        while (bits[longest] == 0) {
            longest--;
        }
        bits[longest]--;   // drop the reserved symbol's code, the longest one
        int[] counts = new int[16];
        System.arraycopy(bits, 1, counts, 0, 16);
        int total = 0;
        for (int c : counts) {
            total += c;
        }
        int[] symbols = new int[total];
        int k = 0;
        for (int len = 1; len <= MAX_CODE_LENGTH; len++) {
            for (int s = 0; s < 256; s++) {
                if (codeSize[s] == len) {
                    symbols[k++] = s;
                }
            }
        }
        try {
            return new HuffmanTable(counts, symbols);
        } catch (CorruptJpegException e) {
            throw new IllegalStateException("built an invalid Huffman table", e);
        }
    }

    /** The symbol with the smallest non-zero frequency, the highest such symbol on ties (as K.2 and libjpeg). */
    private static int smallest(long[] freq, int except) {
        int best = -1;
        long v = Long.MAX_VALUE;
        for (int i = 0; i <= 256; i++) {
            if (i != except && freq[i] != 0 && freq[i] <= v) {
                v = freq[i];
                best = i;
            }
        }
        return best;
    }
}
