package io.pixelscrub.scrubber.dicom;

/**
 * Where the top-level Pixel Data element lies in a file, so frames can be read lazily and an untouched
 * element can be copied byte for byte.
 *
 * @param elementOffset  file offset of the (7FE0,0010) tag
 * @param valueOffset    file offset of the first value byte
 * @param valueEnd       file offset just past the value (past the sequence delimiter when encapsulated)
 * @param vr             "OB" or "OW" (implicit VR files report "OW" for 16-bit and "OB" otherwise)
 * @param encapsulated   undefined length, items of compressed fragments
 */
public record PixelDataLocation(long elementOffset, long valueOffset, long valueEnd, String vr, boolean encapsulated) {

    public long valueLength() { return valueEnd - valueOffset; }
}
