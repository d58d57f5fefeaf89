package io.pixelscrub.testdata.hostile;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes explicit VR little-endian Part 10 bytes element by element, including elements whose declared length lies,
 * so that tests can make structurally broken files that no DICOM library would write.
 */
final class DicomBytes {
    static final int UNDEFINED = -1;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    /** Preamble, DICM and a file meta header for Secondary Capture in explicit VR little endian. */
    static DicomBytes part10() {
        DicomBytes meta = new DicomBytes();
        meta.element(0x0002, 0x0001, "OB", new byte[] {0, 1});
        meta.element(0x0002, 0x0002, "UI", uid("1.2.840.10008.5.1.4.1.1.7"));
        meta.element(0x0002, 0x0003, "UI", uid("1.2.826.0.1.3680043.2.1143.4242"));
        meta.element(0x0002, 0x0010, "UI", uid("1.2.840.10008.1.2.1"));
        byte[] metaBytes = meta.bytes();
        DicomBytes d = new DicomBytes();
        d.out.writeBytes(new byte[128]);
        d.out.writeBytes("DICM".getBytes(StandardCharsets.US_ASCII));
        d.element(0x0002, 0x0000, "UL", le32(metaBytes.length));
        d.out.writeBytes(metaBytes);
        return d;
    }

    /** SOP Class and Instance UIDs, as every image starts. */
    DicomBytes identity() {
        element(0x0008, 0x0016, "UI", uid("1.2.840.10008.5.1.4.1.1.7"));
        element(0x0008, 0x0018, "UI", uid("1.2.826.0.1.3680043.2.1143.4242"));
        return this;
    }

    /** A small 8-bit grey image module (rows x columns). */
    DicomBytes imageModule(int rows, int columns) {
        element(0x0028, 0x0002, "US", le16(1));
        element(0x0028, 0x0004, "CS", text("MONOCHROME2"));
        element(0x0028, 0x0010, "US", le16(rows));
        element(0x0028, 0x0011, "US", le16(columns));
        element(0x0028, 0x0100, "US", le16(8));
        element(0x0028, 0x0101, "US", le16(8));
        element(0x0028, 0x0102, "US", le16(7));
        element(0x0028, 0x0103, "US", le16(0));
        return this;
    }

    DicomBytes element(int group, int element, String vr, byte[] value) {
        header(group, element, vr, value.length);
        out.writeBytes(value);
        return this;
    }

    /** Only the header, declaring {@code length} ({@link #UNDEFINED} for 0xFFFFFFFF) whatever follows. */
    DicomBytes header(int group, int element, String vr, long length) {
        out.writeBytes(le16(group));
        out.writeBytes(le16(element));
        out.writeBytes(vr.getBytes(StandardCharsets.ISO_8859_1));
        boolean longForm = java.util.Set.of("OB", "OW", "OF", "OD", "OL", "SQ", "UN", "UT", "UC", "UR").contains(vr);
        long l = length == UNDEFINED ? 0xFFFFFFFFL : length;
        if (longForm) {
            out.writeBytes(new byte[2]);
            out.writeBytes(le32(l));
        } else {
            out.writeBytes(le16((int) l));
        }
        return this;
    }

    /** An item or delimiter tag (FFFE,xxxx) with its length. */
    DicomBytes item(int element, long length) {
        out.writeBytes(le16(0xFFFE));
        out.writeBytes(le16(element));
        out.writeBytes(le32(length == UNDEFINED ? 0xFFFFFFFFL : length));
        return this;
    }

    DicomBytes raw(byte[] b) {
        out.writeBytes(b);
        return this;
    }

    byte[] bytes() {
        return out.toByteArray();
    }

    static byte[] uid(String uid) {
        byte[] b = uid.getBytes(StandardCharsets.US_ASCII);
        return b.length % 2 == 0 ? b : java.util.Arrays.copyOf(b, b.length + 1);
    }

    static byte[] text(String s) {
        return (s.length() % 2 == 0 ? s : s + " ").getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] le16(int v) {
        return new byte[] {(byte) v, (byte) (v >> 8)};
    }

    static byte[] le32(long v) {
        return new byte[] {(byte) v, (byte) (v >> 8), (byte) (v >> 16), (byte) (v >> 24)};
    }
}
