package io.pixelscrub.detector.image;

/** Renders RGB, YBR_FULL and PALETTE COLOR frames to 8-bit RGB. Colour text needs no extra views. */
final class ColourRenderer {

    private ColourRenderer() { }

    static DisplayImage rgb(RawFrame frame) {
        int pixels = frame.width() * frame.height();
        byte[] out = new byte[pixels * 3];
        for (int i = 0; i < pixels * 3; i++) {
            out[i] = (byte) to8Bits(sample(frame, i), frame.bitsStored());
        }
        return new DisplayImage(frame.width(), frame.height(), 3, out, "rgb");
    }

    /** YBR_FULL (PS3.3 C.7.6.3.1.2) to RGB; 4:2:2 data arrives here already expanded. */
    static DisplayImage ybrFull(RawFrame frame) {
        int pixels = frame.width() * frame.height();
        byte[] out = new byte[pixels * 3];
        for (int p = 0; p < pixels; p++) {
            double y = to8Bits(sample(frame, 3 * p), frame.bitsStored());
            double cb = to8Bits(sample(frame, 3 * p + 1), frame.bitsStored()) - 128;
            double cr = to8Bits(sample(frame, 3 * p + 2), frame.bitsStored()) - 128;
            out[3 * p] = clamp(y + 1.402 * cr);
            out[3 * p + 1] = clamp(y - 0.344136 * cb - 0.714136 * cr);
            out[3 * p + 2] = clamp(y + 1.772 * cb);
        }
        return new DisplayImage(frame.width(), frame.height(), 3, out, "ybr");
    }

    /** Each stored index looked up in the palette; indices outside it take its first or last entry. */
    static DisplayImage palette(RawFrame frame, DisplayHints.Palette palette) {
        int pixels = frame.width() * frame.height();
        int entries = Math.min(palette.red().length, Math.min(palette.green().length, palette.blue().length));
        if (entries == 0) {
            throw new IllegalArgumentException("empty palette");
        }
        byte[] out = new byte[pixels * 3];
        for (int p = 0; p < pixels; p++) {
            int stored = frame.sample(p % frame.width(), p / frame.width(), 0);
            int index = Math.max(0, Math.min(entries - 1, stored - palette.firstMapped()));
            out[3 * p] = (byte) palette.red()[index];
            out[3 * p + 1] = (byte) palette.green()[index];
            out[3 * p + 2] = (byte) palette.blue()[index];
        }
        return new DisplayImage(frame.width(), frame.height(), 3, out, "palette");
    }

    private static int sample(RawFrame frame, int index) {
        byte[] d = frame.data();
        return frame.bitsAllocated() == 8 ? d[index] & 0xFF : (d[2 * index] & 0xFF) | (d[2 * index + 1] & 0xFF) << 8;
    }

    private static int to8Bits(int v, int bitsStored) {
        return bitsStored <= 8 ? v & 0xFF : (v & ((1 << bitsStored) - 1)) >> (bitsStored - 8);
    }

    private static byte clamp(double v) {
        return (byte) Math.max(0, Math.min(255, Math.round(v)));
    }
}
