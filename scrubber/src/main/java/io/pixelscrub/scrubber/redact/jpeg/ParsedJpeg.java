package io.pixelscrub.scrubber.redact.jpeg;

import java.util.List;

/**
 * A sequential 8-bit JPEG stream taken apart: its marker segments and scans in stream order, and every block's
 * coefficients.
 *
 * @param parts        everything between SOI and EOI, in order
 * @param dcQuantizer  per frame component, the DC entry of the quantization table its first scan used
 * @param coloursYcbcr whether a 3-component stream is YCbCr-coded, decided as IJG libjpeg does (so chroma of a fill is
 *                     neutral exactly when the decoder will treat it as chroma)
 */
record ParsedJpeg(FrameHeader frame, List<Part> parts, Coefficients coefficients, int[] dcQuantizer, boolean coloursYcbcr) {

    sealed interface Part permits Segment, Scan {
    }

    /** A marker segment copied through unchanged (payload without the length field). */
    record Segment(int marker, byte[] payload) implements Part {
    }

    /** A scan, with the Huffman tables (per scan component) and restart interval in force when it began. */
    record Scan(ScanHeader header, byte[] payload, HuffmanTable[] dc, HuffmanTable[] ac, int restartInterval)
            implements Part {
    }
}
