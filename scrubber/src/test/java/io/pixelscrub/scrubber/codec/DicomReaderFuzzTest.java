package io.pixelscrub.scrubber.codec;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.pixelscrub.scrubber.FuzzTempFiles;
import io.pixelscrub.scrubber.dicom.DicomFileReader;
import io.pixelscrub.scrubber.dicom.DicomInput;
import io.pixelscrub.scrubber.dicom.InvalidDicomException;
import io.pixelscrub.scrubber.dicom.PixelModule;
import io.pixelscrub.scrubber.limit.FileBudget;
import io.pixelscrub.scrubber.limit.RunLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Fuzzes the reader a file meets first: the structure walk ({@code DicomStructure}: lengths, sequences, items,
 * deflate), the header parse, the image checks (pixel module, fragments and frames of encapsulated data, each
 * codestream's own size) and the in-process decoders (native; RLE with RleCodec; JPEG baseline and lossless with
 * PixelMed; JPEG-LS with CharLS and JPEG 2000 with OpenJPEG through JNA, where those libraries load, else jai-imageio). A crash inside a
 * native library kills the fuzzing JVM, which Jazzer reports as a finding. Files that need dcmtk or GDCM are only
 * opened, not decoded: native tools are exercised through the file-level tests with a time limit. A clean refusal is {@link InvalidDicomException} or {@link IOException}
 * (the file is quarantined with one line); anything else thrown, a hang or running out of memory is a finding.
 * Pixel limits are small here (4 Mpixel a frame, 16 Mpixel a file), as a user can set them: what is larger is refused
 * before anything is decoded, which is what the limits are for.
 *
 * <p>Seeds and every crasher found: {@code src/test/resources/io/pixelscrub/scrubber/codec/DicomReaderFuzzTestInputs/openAndDecode/},
 * replayed by every {@code mvn test}; {@code scripts/fuzz.sh} fuzzes it.
 */
class DicomReaderFuzzTest {

    private static final RunLimits LIMITS = new RunLimits(Duration.ZERO, 1L << 22, 1L << 24);
    private static final Path FILE = FuzzTempFiles.create("input.dcm");

    /**
     * The native-tool path: a file whose frames no in-process decoder takes (12-bit JPEG; JPEG-LS
     * and JPEG 2000 where their libraries are missing) goes to dcmtk or GDCM under the file's time limit (10 s here), and their output is read
     * back. Each execution starts a process, so this target is slow (tens per second) and kept to its own seeds.
     */
    @FuzzTest
    void decodeWithTools(byte[] bytes) throws Exception {
        Files.write(FILE, bytes);
        FileBudget.start(TOOL_LIMITS, 0).apply(() -> {
            try (DicomInput in = DicomFileReader.open(FILE)) {
                if (!in.hasPixelData() || in.module().isEmpty() || !in.location().encapsulated()
                        || Codecs.decodesInProcess(in.transferSyntax(), in.module().get())) {
                    return null;   // in-process: openAndDecode's part
                }
                try (FrameSource frames = Codecs.decoder(in)) {
                    for (int i = 0; i < Math.min(2, frames.frameCount()); i++) {
                        frames.frame(i);
                    }
                }
            } catch (InvalidDicomException | IOException refused) {
                // a clean refusal, a tool's failure or its time limit included
            }
            return null;
        });
    }

    private static final RunLimits TOOL_LIMITS = new RunLimits(Duration.ofSeconds(10), 1L << 22, 1L << 24);

    @FuzzTest
    void openAndDecode(byte[] bytes) throws Exception {
        Files.write(FILE, bytes);
        FileBudget.start(LIMITS, 0).apply(() -> {
            try (DicomInput in = DicomFileReader.open(FILE)) {
                if (!in.hasPixelData() || in.module().isEmpty()) {
                    return null;
                }
                PixelModule m = in.module().get();
                if (in.location().encapsulated() && !Codecs.decodesInProcess(in.transferSyntax(), m)) {
                    return null;   // a dcmtk or GDCM decode: not in-process
                }
                try (FrameSource frames = Codecs.decoder(in)) {
                    for (int i = 0; i < Math.min(2, frames.frameCount()); i++) {
                        frames.frame(i);
                    }
                }
            } catch (InvalidDicomException | IOException refused) {
                // a clean refusal: quarantined with its reason
            }
            return null;
        });
    }
}
