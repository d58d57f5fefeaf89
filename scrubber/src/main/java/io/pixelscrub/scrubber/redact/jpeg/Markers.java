package io.pixelscrub.scrubber.redact.jpeg;

/** Marker codes of ISO 10918-1 Table B.1 (the byte after 0xFF). */
final class Markers {
    static final int SOF0 = 0xC0;
    static final int SOF1 = 0xC1;
    static final int DHT = 0xC4;
    static final int DAC = 0xCC;
    static final int RST0 = 0xD0;
    static final int RST7 = 0xD7;
    static final int SOI = 0xD8;
    static final int EOI = 0xD9;
    static final int SOS = 0xDA;
    static final int DQT = 0xDB;
    static final int DNL = 0xDC;
    static final int DRI = 0xDD;
    static final int DHP = 0xDE;
    static final int EXP = 0xDF;
    static final int APP0 = 0xE0;
    static final int APP14 = 0xEE;
    static final int APP15 = 0xEF;
    static final int COM = 0xFE;
    static final int TEM = 0x01;

    private Markers() {
    }

    /** SOF markers other than SOF0/SOF1: the processes block redaction does not rewrite. */
    static String unsupportedFrame(int marker) {
        return switch (marker) {
            case 0xC2 -> "progressive DCT (SOF2)";
            case 0xC3 -> "lossless (SOF3)";
            case 0xC5, 0xC6, 0xC7 -> "hierarchical (SOF" + (marker - 0xC0) + ")";
            case 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF -> "arithmetic coding (SOF" + (marker - 0xC0) + ")";
            default -> null;
        };
    }

    static String hex(int marker) {
        return String.format("0xFF%02X", marker);
    }
}
