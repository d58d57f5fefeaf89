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
        try {
            BaselineBlockRedaction.apply(jpeg, boxes, monochrome1);
        } catch (CorruptJpegException | UnsupportedJpegException refused) {
            // a clean refusal: the file is quarantined
        }
    }
}
