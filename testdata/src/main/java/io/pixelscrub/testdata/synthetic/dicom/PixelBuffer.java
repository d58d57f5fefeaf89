package io.pixelscrub.testdata.synthetic.dicom;

import io.pixelscrub.testdata.synthetic.pixels.PixelFormat;

/** Pixel Data of all frames, filled frame by frame from stored samples: bytes for 8-bit, words for 16-bit. */
public final class PixelBuffer {
    private final PixelFormat format;
    private final int samplesPerFrame;
    private final byte[] bytes;
    private final short[] words;

    public PixelBuffer(PixelFormat format, int width, int height, int frames) {
        this.format = format;
        this.samplesPerFrame = width * height * format.samplesPerPixel;
        long total = (long) samplesPerFrame * frames;
        if (total > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("pixel data too large: " + total + " samples");
        }
        this.bytes = format.bitsAllocated == 8 ? new byte[(int) total] : null;
        this.words = format.bitsAllocated == 16 ? new short[(int) total] : null;
    }

    public void put(int frame, int[] stored) {
        if (stored.length != samplesPerFrame) {
            throw new IllegalArgumentException("frame has " + stored.length + " samples, expected " + samplesPerFrame);
        }
        int base = frame * samplesPerFrame;
        for (int i = 0; i < stored.length; i++) {
            if (bytes != null) {
                bytes[base + i] = (byte) stored[i];
            } else {
                words[base + i] = (short) stored[i];
            }
        }
    }

    PixelFormat format() {
        return format;
    }

    byte[] bytes() {
        return bytes;
    }

    short[] words() {
        return words;
    }
}
