package io.pixelscrub.detector.text;

import io.pixelscrub.detector.image.DisplayImage;
import io.pixelscrub.models.Box;

/**
 * Time a text reader spent in OCR, summed over its life, so that callers can tell OCR from the rest of text detection
 * (rendering, the detector, turning): read it before and after a frame. One per reader, used on its worker thread only.
 */
public final class OcrClock {
    /** For readers that do not count (test doubles): always zero. */
    static final OcrClock NONE = new OcrClock();

    private long nanos;

    public long nanos() {
        return nanos;
    }

    /** {@code reader}, counting its time on this clock. */
    LineReader counting(LineReader reader) {
        return new LineReader() {
            @Override
            public OcrLine read(DisplayImage image, Box box) {
                return timed(() -> reader.read(image, box));
            }

            @Override
            public OcrLine readAgain(DisplayImage image, Box box) {
                return timed(() -> reader.readAgain(image, box));
            }

            @Override
            public OcrLine readLevelled(DisplayImage image, Box box) {
                return timed(() -> reader.readLevelled(image, box));
            }

            @Override
            public void close() {
                reader.close();
            }
        };
    }

    /** {@code reading}'s result, its time counted on this clock (a reading by another engine than the wrapped one). */
    OcrLine timed(java.util.function.Supplier<OcrLine> reading) {
        long t0 = System.nanoTime();
        try {
            return reading.get();
        } finally {
            nanos += System.nanoTime() - t0;
        }
    }
}
