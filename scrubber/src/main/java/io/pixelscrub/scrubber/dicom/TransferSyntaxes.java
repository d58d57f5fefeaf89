package io.pixelscrub.scrubber.dicom;

import java.util.Map;

/** Transfer syntax UIDs this tool knows by name, and the facts about them the pipeline needs. */
public final class TransferSyntaxes {
    public static final String IMPLICIT_LE = "1.2.840.10008.1.2";
    public static final String EXPLICIT_LE = "1.2.840.10008.1.2.1";
    public static final String DEFLATED_LE = "1.2.840.10008.1.2.1.99";
    public static final String EXPLICIT_BE = "1.2.840.10008.1.2.2";
    public static final String JPEG_BASELINE = "1.2.840.10008.1.2.4.50";
    public static final String JPEG_EXTENDED = "1.2.840.10008.1.2.4.51";
    public static final String JPEG_LOSSLESS = "1.2.840.10008.1.2.4.57";
    public static final String JPEG_LOSSLESS_SV1 = "1.2.840.10008.1.2.4.70";
    public static final String JPEG_LS_LOSSLESS = "1.2.840.10008.1.2.4.80";
    public static final String JPEG_LS_NEAR_LOSSLESS = "1.2.840.10008.1.2.4.81";
    public static final String JPEG_2000_LOSSLESS = "1.2.840.10008.1.2.4.90";
    public static final String JPEG_2000 = "1.2.840.10008.1.2.4.91";
    public static final String RLE = "1.2.840.10008.1.2.5";
    public static final String HTJ2K_LOSSLESS = "1.2.840.10008.1.2.4.201";
    public static final String HTJ2K_LOSSLESS_RPCL = "1.2.840.10008.1.2.4.202";
    /** High-Throughput JPEG 2000, reversible or not: the codestream says which. */
    public static final String HTJ2K = "1.2.840.10008.1.2.4.203";

    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry(IMPLICIT_LE, "Implicit VR Little Endian"),
            Map.entry(EXPLICIT_LE, "Explicit VR Little Endian"),
            Map.entry(DEFLATED_LE, "Deflated Explicit VR Little Endian"),
            Map.entry(EXPLICIT_BE, "Explicit VR Big Endian"),
            Map.entry(JPEG_BASELINE, "JPEG Baseline"),
            Map.entry(JPEG_EXTENDED, "JPEG Extended (12-bit)"),
            Map.entry(JPEG_LOSSLESS, "JPEG Lossless (process 14)"),
            Map.entry(JPEG_LOSSLESS_SV1, "JPEG Lossless SV1"),
            Map.entry(JPEG_LS_LOSSLESS, "JPEG-LS Lossless"),
            Map.entry(JPEG_LS_NEAR_LOSSLESS, "JPEG-LS Near-Lossless"),
            Map.entry(JPEG_2000_LOSSLESS, "JPEG 2000 Lossless"),
            Map.entry(JPEG_2000, "JPEG 2000"),
            Map.entry(RLE, "RLE Lossless"),
            Map.entry(HTJ2K_LOSSLESS, "HTJ2K Lossless"),
            Map.entry(HTJ2K_LOSSLESS_RPCL, "HTJ2K Lossless RPCL"),
            Map.entry(HTJ2K, "HTJ2K"));

    private TransferSyntaxes() {
    }

    public static String name(String uid) {
        return NAMES.getOrDefault(uid, "unknown transfer syntax " + uid);
    }

    public static boolean isKnown(String uid) {
        return NAMES.containsKey(uid);
    }

    /** Pixel data stored as plain sample values (not encapsulated). Deflate compresses the whole dataset, not the pixels. */
    /** JPEG 2000 in any of its DICOM syntaxes (Part 1, Part 2 and HTJ2K code-streams start alike). */
    public static boolean isJpeg2000(String uid) {
        return uid.startsWith("1.2.840.10008.1.2.4.9") || uid.startsWith("1.2.840.10008.1.2.4.20");
    }

    /** High-Throughput JPEG 2000 (Part 15): decoded as JPEG 2000, encoded by OpenJPH. */
    public static boolean isHtj2k(String uid) {
        return HTJ2K_LOSSLESS.equals(uid) || HTJ2K_LOSSLESS_RPCL.equals(uid) || HTJ2K.equals(uid);
    }

    public static boolean isNative(String uid) {
        return IMPLICIT_LE.equals(uid) || EXPLICIT_LE.equals(uid) || EXPLICIT_BE.equals(uid) || DEFLATED_LE.equals(uid);
    }

    public static boolean isEncapsulated(String uid) {
        return isKnown(uid) && !isNative(uid);
    }

    public static boolean isLossy(String uid) {
        return JPEG_BASELINE.equals(uid) || JPEG_EXTENDED.equals(uid) || JPEG_LS_NEAR_LOSSLESS.equals(uid) || JPEG_2000.equals(uid);
    }
}
