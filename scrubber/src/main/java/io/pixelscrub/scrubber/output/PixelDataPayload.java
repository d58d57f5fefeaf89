package io.pixelscrub.scrubber.output;

import java.nio.file.Path;

/**
 * The value of the Pixel Data element to write, as a byte range of a file: the untouched range of the input
 * (so it stays byte-identical), or a file the encoder produced.
 *
 * @param encapsulated the range holds items and ends with the sequence delimitation item
 */
public record PixelDataPayload(Path file, long from, long to, String vr, boolean encapsulated) {

    public long length() { return to - from; }
}
