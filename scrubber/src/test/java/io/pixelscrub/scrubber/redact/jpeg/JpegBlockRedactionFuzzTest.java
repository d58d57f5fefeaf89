package io.pixelscrub.scrubber.redact.jpeg;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.pixelscrub.models.Box;
import java.util.ArrayList;
import java.util.List;

/**
 * Fuzzes the project's own baseline JPEG codec (block-level redaction: parse, Huffman decode to coefficients, flatten
 * the MCUs under up to three boxes, re-code, re-parse and compare). A clean refusal is {@link CorruptJpegException} or
 * {@link UnsupportedJpegException}; anything else, {@code IllegalStateException} from the self-check included, is a
 * finding. Seeds: the baseline JPEG streams of {@code testdata/real} and their crashers, in
 * {@code JpegBlockRedactionFuzzTestInputs/redact/}; each seed starts with the box bytes the provider reads.
 */
class JpegBlockRedactionFuzzTest {

    @FuzzTest
    void redact(FuzzedDataProvider data) throws Exception {
        int n = data.consumeInt(0, 3);
        List<Box> boxes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            boxes.add(new Box(data.consumeInt(-16, 2048), data.consumeInt(-16, 2048), data.consumeInt(0, 2048),
                    data.consumeInt(0, 2048)));
        }
        boolean monochrome1 = data.consumeBoolean();
        byte[] jpeg = data.consumeRemainingAsBytes();
        if (overPixelLimit(jpeg)) {
            return;
        }
        try {
            BaselineBlockRedaction.apply(jpeg, boxes, monochrome1);
        } catch (CorruptJpegException | UnsupportedJpegException refused) {
            // a clean refusal: the file is quarantined
        }
    }

    /**
     * Samples in the frame header above 4 M a component (small pixel limits, as {@code DicomReaderFuzzTest} uses): in a
     * scrub the frame must agree with the DICOM header, which {@code --max-pixels-per-frame} checks before any pixel is
     * read, so the codec never sees a larger one. Frames beyond an array's size are still refused by the codec itself.
     */
    private static boolean overPixelLimit(byte[] jpeg) {
        for (int i = 0; i + 8 < jpeg.length; i++) {
            if ((jpeg[i] & 0xFF) == 0xFF && ((jpeg[i + 1] & 0xFF) == 0xC0 || (jpeg[i + 1] & 0xFF) == 0xC1)) {
                long lines = FrameHeader.u16(jpeg, i + 5);
                long samples = FrameHeader.u16(jpeg, i + 7);
                long pixels = lines * samples;
                return pixels > (1L << 22) && pixels < 2_300_000_000L;   // larger ones the codec refuses by itself
            }
        }
        return false;
    }
}
