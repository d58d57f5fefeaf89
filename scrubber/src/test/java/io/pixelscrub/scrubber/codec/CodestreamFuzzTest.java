package io.pixelscrub.scrubber.codec;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.pixelscrub.scrubber.dicom.InvalidDicomException;
import io.pixelscrub.scrubber.dicom.PixelModule;
import java.util.Arrays;

/**
 * Fuzzes the in-process decoders directly (CharLS for JPEG-LS, OpenJPEG for JPEG 2000, through JNA; {@link RleCodec}),
 * without the DICOM parse in front that {@code DicomReaderFuzzTest#openAndDecode} has: the first byte picks the decoder
 * and the layout the header would claim, the rest is the codestream. The only clean outcome besides a frame of the
 * header's size is {@link InvalidDicomException}; anything else thrown, a hang, or a crash of the JVM inside the
 * native library is a finding.
 *
 * <p>Seeds (one valid codestream per decoder and layout, first byte as below) and crashers:
 * {@code src/test/resources/io/pixelscrub/scrubber/codec/CodestreamFuzzTestInputs/decode/}, replayed by every
 * {@code mvn test}; {@code scripts/fuzz.sh} fuzzes it.
 */
class CodestreamFuzzTest {

    /** Layouts a header may claim: bits 0 and 3 of the first byte pick the decoder, bits 1-2 the layout. */
    private static final PixelModule[] LAYOUTS = {
        new PixelModule(16, 24, 1, 16, 12, 11, 0, 0, "MONOCHROME2", 1),
        new PixelModule(16, 24, 3, 8, 8, 7, 0, 0, "RGB", 1),
        new PixelModule(13, 17, 1, 8, 8, 7, 0, 0, "MONOCHROME2", 1),
        new PixelModule(16, 24, 1, 16, 16, 15, 1, 0, "MONOCHROME2", 1),
    };

    @FuzzTest
    void decode(byte[] bytes) {
        if (bytes.length < 1) {
            return;
        }
        FrameDecompressor decoder = (bytes[0] & 8) != 0 ? RleCodec.INSTANCE
                : (bytes[0] & 1) == 0 ? CharLsCodec.INSTANCE : OpenJpegCodec.INSTANCE;
        PixelModule m = LAYOUTS[(bytes[0] >> 1) & 3];
        try {
            byte[] frame = decoder.decompress(Arrays.copyOfRange(bytes, 1, bytes.length), m);
            if (frame.length != m.bytesPerFrame()) {
                throw new IllegalStateException("decoded " + frame.length + " bytes for a frame of " + m.bytesPerFrame());
            }
        } catch (InvalidDicomException refused) {
            // a clean refusal: the file's quarantine reason
        }
    }
}
